import { addDays } from '../../contract/dates';
import type { PlanComponent } from '../../contract/transformation';

/**
 * When an action of the template runs, as fractions of the plan's period (0 its first day, 1 its
 * last): a new plan comes with a first schedule the director moves, rather than with no dates.
 */
type Window = readonly [from: number, to: number];

/** One phase of the default plan: its component and a few starting actions with their windows. */
export type TemplatePhase = { component: PlanComponent; actions: readonly { title: string; window: Window; milestone?: true }[] };

/** The start and due dates of an action with `window` in a plan from `periodStart` to `periodEnd`. */
export function templateDates(periodStart: string, periodEnd: string, window: Window): { startDate: string; dueDate: string } {
  const days = Math.round((Date.parse(`${periodEnd}T00:00:00Z`) - Date.parse(`${periodStart}T00:00:00Z`)) / 86_400_000);
  return { startDate: addDays(periodStart, Math.round(days * window[0])), dueDate: addDays(periodStart, Math.round(days * window[1])) };
}

/**
 * The plan every new transformation plan starts from: the nine components of the domain note in
 * order, each with a few short actions. The actions are in Azerbaijani, the language the director
 * plans in; they are starting points to rename, date and assign, not translations to keep.
 */
export const PLAN_TEMPLATE: readonly TemplatePhase[] = [
  {
    component: 'baseline',
    actions: [
      { title: 'Uşaqlar haqqında məlumatları yoxlamaq və tamamlamaq', window: [0, 0.06] },
      { title: 'İşçi heyəti, büdcə və bina haqqında faktları toplamaq', window: [0, 0.08] },
    ],
  },
  {
    component: 'assessment_and_plans',
    actions: [
      { title: 'Hər uşağın vəziyyətini qiymətləndirmək', window: [0.04, 0.2] },
      { title: 'Hər uşaq üçün fərdi qayğı planı hazırlamaq', window: [0.1, 0.25], milestone: true },
    ],
  },
  {
    component: 'gatekeeping',
    actions: [
      { title: 'Hər qəbul müraciətini qeydə almaq və qiymətləndirmək', window: [0.02, 1] },
      { title: 'Qəbula alternativləri komissiya ilə razılaşdırmaq', window: [0.08, 0.3] },
    ],
  },
  {
    component: 'new_services',
    actions: [
      { title: 'Yeni xidmətlərə ehtiyacı müəyyən etmək', window: [0.1, 0.3] },
      { title: 'İlk yeni xidməti açmaq', window: [0.3, 0.5], milestone: true },
    ],
  },
  {
    component: 'staff',
    actions: [
      { title: 'İşçilərin təlim ehtiyaclarını müəyyən etmək', window: [0.1, 0.25] },
      { title: 'Yenidən hazırlıq təlimlərini keçirmək', window: [0.25, 0.7] },
    ],
  },
  {
    component: 'money_and_buildings',
    actions: [
      { title: 'Yeni xidmətlərin xərclərini hesablamaq', window: [0.15, 0.35] },
      { title: 'Binadan yeni istifadə planını hazırlamaq', window: [0.2, 0.45] },
    ],
  },
  {
    component: 'stakeholders',
    actions: [
      { title: 'Yerli icra hakimiyyəti və tərəfdaşlarla görüş keçirmək', window: [0.02, 0.12] },
      { title: 'Uşaqların və ailələrin fikrini öyrənmək', window: [0.1, 0.9] },
    ],
  },
  {
    component: 'preparation_and_closure',
    actions: [
      { title: 'Hər uşağı və ailəni köçməyə hazırlamaq', window: [0.3, 0.9] },
      { title: 'Yerləşdirmədən sonra izləmə görüşlərini təşkil etmək', window: [0.35, 1] },
    ],
  },
  {
    component: 'monitoring',
    actions: [
      { title: 'Göstəriciləri hər rüb nəzərdən keçirmək', window: [0.08, 1] },
      { title: 'İllik hesabatı hazırlamaq', window: [0.9, 1], milestone: true },
    ],
  },
];
