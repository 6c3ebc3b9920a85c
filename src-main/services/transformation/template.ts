import type { PlanComponent } from '../../contract/transformation';

/** One phase of the default plan: its component and a few starting actions. */
export type TemplatePhase = { component: PlanComponent; actions: readonly { title: string; milestone?: true }[] };

/**
 * The plan every new transformation plan starts from: the nine components of the domain note in
 * order, each with a few short actions. The actions are in Azerbaijani, the language the director
 * plans in; they are starting points to rename, date and assign, not translations to keep.
 */
export const PLAN_TEMPLATE: readonly TemplatePhase[] = [
  {
    component: 'baseline',
    actions: [{ title: 'Uşaqlar haqqında məlumatları yoxlamaq və tamamlamaq' }, { title: 'İşçi heyəti, büdcə və bina haqqında faktları toplamaq' }],
  },
  {
    component: 'assessment_and_plans',
    actions: [{ title: 'Hər uşağın vəziyyətini qiymətləndirmək' }, { title: 'Hər uşaq üçün fərdi qayğı planı hazırlamaq', milestone: true }],
  },
  {
    component: 'gatekeeping',
    actions: [{ title: 'Hər qəbul müraciətini qeydə almaq və qiymətləndirmək' }, { title: 'Qəbula alternativləri komissiya ilə razılaşdırmaq' }],
  },
  {
    component: 'new_services',
    actions: [{ title: 'Yeni xidmətlərə ehtiyacı müəyyən etmək' }, { title: 'İlk yeni xidməti açmaq', milestone: true }],
  },
  {
    component: 'staff',
    actions: [{ title: 'İşçilərin təlim ehtiyaclarını müəyyən etmək' }, { title: 'Yenidən hazırlıq təlimlərini keçirmək' }],
  },
  {
    component: 'money_and_buildings',
    actions: [{ title: 'Yeni xidmətlərin xərclərini hesablamaq' }, { title: 'Binadan yeni istifadə planını hazırlamaq' }],
  },
  {
    component: 'stakeholders',
    actions: [{ title: 'Yerli icra hakimiyyəti və tərəfdaşlarla görüş keçirmək' }, { title: 'Uşaqların və ailələrin fikrini öyrənmək' }],
  },
  {
    component: 'preparation_and_closure',
    actions: [{ title: 'Hər uşağı və ailəni köçməyə hazırlamaq' }, { title: 'Yerləşdirmədən sonra izləmə görüşlərini təşkil etmək' }],
  },
  {
    component: 'monitoring',
    actions: [{ title: 'Göstəriciləri hər rüb nəzərdən keçirmək' }, { title: 'İllik hesabatı hazırlamaq', milestone: true }],
  },
];
