import type { Language } from '../../contract/common';
import type { IndicatorCode } from '../../contract/indicator-catalogue';

/**
 * The texts of the report's monitoring sections — indicators and exits by destination — in one
 * language; apart from the rest of the report's texts only for size. The indicators' names are
 * those of the indicator screen.
 */
export type ReportIndicatorLabels = {
  sections: Record<'indicators' | 'manual' | 'exits', string>;
  /** Which months the baseline and current values describe. */
  intro: (baselineMonth: string, currentMonth: string) => string;
  columns: Record<'indicator' | 'target' | 'targetDate' | 'latest', string>;
  /** Column headers naming their month. */
  baselineIn: (month: string) => string;
  currentIn: (month: string) => string;
  baseline: string;
  names: Record<IndicatorCode, string>;
  /** Said of transfers wherever they are counted. */
  notFamily: string;
  days: (value: string) => string;
  noTarget: string;
  manual: string;
  manualIntro: string;
  noManual: string;
  /** A manual indicator's latest value and its month. */
  latestIn: (value: string, month: string) => string;
  exits: {
    intro: (from: string, to: string) => string;
    family: string;
    transfer: string;
    other: string;
    /** One exit type and how many left by it. */
    type: (name: string, count: number) => string;
  };
};

const az: ReportIndicatorLabels = {
  sections: { indicators: 'Göstəricilər', manual: 'Əl ilə aparılan göstəricilər', exits: 'Çıxışlar istiqamət üzrə' },
  intro: (baselineMonth, currentMonth) =>
    `Hər göstəricinin başlanğıc dəyəri planın başlanğıc vəziyyətinin hesablandığı ayın (${baselineMonth}), indiki dəyəri isə cari ayın (${currentMonth}, bu günədək) dəyəridir; hər ikisi qeydlərin indiki vəziyyətinə görə hesablanır.`,
  columns: { indicator: 'Göstərici', target: 'Hədəf', targetDate: 'Hədəf tarixi', latest: 'Son dəyər' },
  baselineIn: (month) => `Başlanğıc (${month})`,
  currentIn: (month) => `İndi (${month})`,
  baseline: 'Başlanğıc',
  names: {
    children_in_residence: 'Müəssisədə olan uşaqlar',
    admissions: 'Qəbullar',
    diversions: 'Alternativ həllər',
    exits_family: 'Ailəyə çıxışlar',
    exits_transfer: 'Başqa müəssisəyə köçürmələr',
    exits_other: 'Digər çıxışlar',
    plan_coverage: 'Fərdi planı olan uşaqların payı',
    median_time_in_care: 'Müəssisədə qalma müddəti (median)',
    placement_breakdowns: 'Pozulan yerləşdirmələr',
    exits_disability: 'Sağlamlıq imkanları məhdud uşaqların ailəyə çıxışları',
    staff_retrained: 'Yenidən hazırlıq keçmiş işçilər',
    service_capacity_opened: 'Yeni xidmətlərdə açılmış yerlər',
    budget_moved_share: 'Yeni xidmətlərə yönəldilmiş büdcənin payı',
  },
  notFamily: 'Ailəyə yerləşdirmə deyil: heç vaxt irəliləyiş sayılmır.',
  days: (value) => `${value} gün`,
  noTarget: 'təyin edilməyib',
  manual: 'Əl ilə daxil edilir',
  manualIntro: 'Qeydlərin göstərə bilmədiyi rəqəmlər: direktor onları hər ay əl ilə daxil edir, Körpü onları hesablamır.',
  noManual: 'Əl ilə aparılan göstərici yoxdur.',
  latestIn: (value, month) => `${value} (${month})`,
  exits: {
    intro: (from, to) =>
      `${from} – ${to}: uşaqların müəssisədən hara getdiyi. Başqa müəssisəyə köçürmələr ailəyə yerləşdirmələrdən ayrıca göstərilir: onlar irəliləyiş deyil.`,
    family: 'Ailəyə çıxışlar',
    transfer: 'Başqa müəssisəyə köçürmələr',
    other: 'Digər çıxışlar',
    type: (name, count) => `${name}: ${count}`,
  },
};

const ru: ReportIndicatorLabels = {
  sections: { indicators: 'Показатели', manual: 'Показатели, вводимые вручную', exits: 'Выбытия по направлениям' },
  intro: (baselineMonth, currentMonth) =>
    `Исходное значение каждого показателя — значение месяца, когда была подсчитана исходная ситуация плана (${baselineMonth}), текущее — значение текущего месяца (${currentMonth}, по сегодняшний день); оба вычислены по записям в их нынешнем виде.`,
  columns: { indicator: 'Показатель', target: 'Цель', targetDate: 'Срок достижения', latest: 'Последнее значение' },
  baselineIn: (month) => `Исходно (${month})`,
  currentIn: (month) => `Сейчас (${month})`,
  baseline: 'Исходно',
  names: {
    children_in_residence: 'Дети в учреждении',
    admissions: 'Приёмы',
    diversions: 'Альтернативные решения',
    exits_family: 'Выбытия в семью',
    exits_transfer: 'Переводы в другое учреждение',
    exits_other: 'Другие выбытия',
    plan_coverage: 'Доля детей с индивидуальным планом',
    median_time_in_care: 'Срок пребывания в учреждении (медиана)',
    placement_breakdowns: 'Распавшиеся устройства',
    exits_disability: 'Выбытия в семью детей с инвалидностью',
    staff_retrained: 'Переобученные сотрудники',
    service_capacity_opened: 'Места, открытые в новых службах',
    budget_moved_share: 'Доля бюджета, переведённого в новые службы',
  },
  notFamily: 'Не семейное устройство: никогда не считается прогрессом.',
  days: (value) => `${value} дн.`,
  noTarget: 'не задана',
  manual: 'Вводится вручную',
  manualIntro: 'Цифры, которых нет в записях: директор вводит их вручную каждый месяц, Körpü их не вычисляет.',
  noManual: 'Показателей, вводимых вручную, нет.',
  latestIn: (value, month) => `${value} (${month})`,
  exits: {
    intro: (from, to) =>
      `${from} – ${to}: куда дети выбыли из учреждения. Переводы в другое учреждение показаны отдельно от устройства в семью: они не являются прогрессом.`,
    family: 'Выбытия в семью',
    transfer: 'Переводы в другое учреждение',
    other: 'Другие выбытия',
    type: (name, count) => `${name}: ${count}`,
  },
};

const en: ReportIndicatorLabels = {
  sections: { indicators: 'Indicators', manual: 'Indicators kept by hand', exits: 'Exits by destination' },
  intro: (baselineMonth, currentMonth) =>
    `Each indicator's baseline is its value in the month the plan's baseline was counted (${baselineMonth}); its current value is this month's (${currentMonth}, so far). Both are computed from the records as they stand now.`,
  columns: { indicator: 'Indicator', target: 'Target', targetDate: 'Target date', latest: 'Latest value' },
  baselineIn: (month) => `Baseline (${month})`,
  currentIn: (month) => `Now (${month})`,
  baseline: 'Baseline',
  names: {
    children_in_residence: 'Children in residence',
    admissions: 'Admissions',
    diversions: 'Diversions from admission',
    exits_family: 'Exits to a family',
    exits_transfer: 'Transfers to another institution',
    exits_other: 'Other exits',
    plan_coverage: 'Children with an individual plan',
    median_time_in_care: 'Time in care (median)',
    placement_breakdowns: 'Placement breakdowns',
    exits_disability: 'Family exits of children with disabilities',
    staff_retrained: 'Staff retrained',
    service_capacity_opened: 'Places opened in new services',
    budget_moved_share: 'Share of budget moved to new services',
  },
  notFamily: 'Not a family placement: never counted as progress.',
  days: (value) => `${value} days`,
  noTarget: 'not set',
  manual: 'Typed in by hand',
  manualIntro: 'Figures the records cannot show: the director types them in each month; Körpü does not compute them.',
  noManual: 'No indicators are kept by hand.',
  latestIn: (value, month) => `${value} (${month})`,
  exits: {
    intro: (from, to) =>
      `${from} – ${to}: where children went when they left. Transfers to another institution are shown apart from family placements: they are not progress.`,
    family: 'Exits to a family',
    transfer: 'Transfers to another institution',
    other: 'Other exits',
    type: (name, count) => `${name}: ${count}`,
  },
};

/** The monitoring sections' texts by language. */
export const reportIndicatorLabels: Record<Language, ReportIndicatorLabels> = { az, ru, en };
