import type { ExportProfile } from '../../../contract/bundle-payload';
import type { Language } from '../../../contract/common';

/**
 * Every fixed text of the national overview's PDF summary in one language. Region names are the
 * ministry's reference data, exit types the labels their institution's bundle carried, and plan
 * statuses the transformation report's own words.
 */
export type SummaryLabels = {
  title: string;
  /** Under the title: the day the figures stand on. */
  asOf: (date: string) => string;
  /** Under the ministry's name. */
  subtitle: string;
  /** The months whose events (admissions, diversions, exits) are counted. */
  period: (from: string, to: string) => string;
  footer: string;
  sections: Record<'totals' | 'exitTypes' | 'regions' | 'institutions' | 'plans' | 'trend', string>;
  /** The two tables of a section: children now, and the events of the period. */
  tables: { children: string; events: (from: string, to: string) => string };
  sources: string;
  secretNote: string;
  figures: Record<
    | 'institutions'
    | 'reporting'
    | 'childrenInResidence'
    | 'childrenWithDisability'
    | 'childrenInInclusiveEducation'
    | 'admissions'
    | 'diversions'
    | 'familyExits'
    | 'transfers'
    | 'otherExits',
    string
  >;
  /** Column headers (they wrap at spaces: a table has six columns at most). */
  columns: Record<
    | 'region'
    | 'institution'
    | 'institutions'
    | 'source'
    | 'inResidence'
    | 'disability'
    | 'inclusive'
    | 'admissions'
    | 'diversions'
    | 'familyExits'
    | 'transfers'
    | 'otherExits'
    | 'planProgress'
    | 'exitType'
    | 'destination'
    | 'count'
    | 'status'
    | 'planPeriod'
    | 'actionsDone'
    | 'overdue'
    | 'month'
    | 'reporting',
    string
  >;
  /** By an exit type's placement kind: a family, another institution, or neither. */
  destinations: Record<'family' | 'transfer' | 'none', string>;
  /** An exit recorded without an exit type. */
  noExitType: string;
  noExits: string;
  noRegion: string;
  /** Where an institution's figures come from: its newest bundle with child data. */
  snapshotOf: (profile: string, date: string) => string;
  profiles: Record<ExportProfile, string>;
  noSnapshot: string;
  noInstitutions: string;
  noPlans: string;
  transfersNote: string;
  trendNote: string;
};

const az: SummaryLabels = {
  title: 'Ölkə üzrə icmal',
  asOf: (date) => `${date} tarixinə`,
  subtitle: 'Müəssisələrin idxal olunmuş paketləri üzrə xülasə',
  period: (from, to) => `Qəbullar, alternativ həllər və çıxışlar: ${from} – ${to}`,
  footer: 'Xidməti istifadə üçün. Yalnız cəmi rəqəmlər: xülasədə heç bir uşağın adı yoxdur.',
  sections: {
    totals: 'Ölkə üzrə cəmi',
    exitTypes: 'Çıxışlar növ üzrə',
    regions: 'Regionlar üzrə',
    institutions: 'Müəssisələr üzrə',
    plans: 'Transformasiya planlarının icrası',
    trend: 'Aylar üzrə dinamika',
  },
  tables: { children: 'Müəssisədə olan uşaqlar', events: (from, to) => `Qəbullar, alternativ həllər və çıxışlar, ${from} – ${to}` },
  sources:
    'Hər müəssisənin rəqəmləri onun uşaqlar haqqında məlumat olan ən son paketindən götürülür (adlı və ya statistik); planın icrası plan məlumatı olan ən son paketdən.',
  secretNote: 'Övladlığa götürmə sirri olan qeydlər daxil edilmədən ixrac olunmuş adlı paketlərdə həmin uşaqlar sayılmır.',
  figures: {
    institutions: 'Qeydiyyatdakı müəssisələr',
    reporting: 'Rəqəmləri olan müəssisələr',
    childrenInResidence: 'Müəssisədə olan uşaqlar',
    childrenWithDisability: 'Onlardan sağlamlıq imkanları məhdud olanlar',
    childrenInInclusiveEducation: 'Onlardan inklüziv təhsil alanlar',
    admissions: 'Qəbullar',
    diversions: 'Alternativ həllər',
    familyExits: 'Ailəyə çıxışlar',
    transfers: 'Başqa müəssisəyə köçürmələr (ailəyə yerləşdirmə deyil)',
    otherExits: 'Digər çıxışlar',
  },
  columns: {
    region: 'Region',
    institution: 'Müəssisə',
    institutions: 'Müəssisələr (rəqəmləri olan / cəmi)',
    source: 'Rəqəmlərin mənbəyi',
    inResidence: 'Müəssisədə olan uşaqlar',
    disability: 'Sağlamlıq imkanları məhdud',
    inclusive: 'İnklüziv təhsil alan',
    admissions: 'Qəbullar',
    diversions: 'Alternativ həllər',
    familyExits: 'Ailəyə çıxışlar',
    transfers: 'Başqa müəssisəyə köçürmələr',
    otherExits: 'Digər çıxışlar',
    planProgress: 'Planın icrası',
    exitType: 'Çıxış növü',
    destination: 'İstiqamət',
    count: 'Say',
    status: 'Vəziyyət',
    planPeriod: 'Dövr',
    actionsDone: 'İcra olunmuş tədbirlər',
    overdue: 'Vaxtı keçmiş tədbirlər',
    month: 'Ay',
    reporting: 'Rəqəmləri olan müəssisələr',
  },
  destinations: { family: 'Ailəyə', transfer: 'Başqa müəssisəyə', none: 'Digər' },
  noExitType: 'Növ göstərilməyib',
  noExits: 'Bu dövrdə heç bir uşaq müəssisədən çıxmayıb.',
  noRegion: 'Region göstərilməyib',
  snapshotOf: (profile, date) => `${profile} paket, ${date}`,
  profiles: { named: 'adlı', statistical: 'statistik', plan: 'plan' },
  noSnapshot: 'Uşaqlar haqqında məlumat olan paket yoxdur',
  noInstitutions: 'Hələ heç bir müəssisə qeydiyyata alınmayıb.',
  noPlans: 'Hələ heç bir müəssisə plan məlumatı olan paket göndərməyib.',
  transfersNote: 'Başqa müəssisəyə köçürmə ailəyə yerləşdirmə deyil və irəliləyiş sayılmır.',
  trendNote:
    'Uşaqların sayı: hər müəssisənin ayın sonunda qüvvədə olan paketi üzrə. Çıxışlar: hər müəssisənin ən son paketi üzrə. Rəqəmləri olan müəssisələr: ayın sonunadək paketi olanlar.',
};

const ru: SummaryLabels = {
  title: 'Обзор по стране',
  asOf: (date) => `на ${date}`,
  subtitle: 'Сводка по импортированным пакетам учреждений',
  period: (from, to) => `Приёмы, альтернативные решения и выбытия: ${from} – ${to}`,
  footer: 'Для служебного пользования. Только итоговые цифры: ни один ребёнок в сводке не назван.',
  sections: {
    totals: 'Итоги по стране',
    exitTypes: 'Выбытия по видам',
    regions: 'По регионам',
    institutions: 'По учреждениям',
    plans: 'Выполнение планов трансформации',
    trend: 'Динамика по месяцам',
  },
  tables: { children: 'Дети в учреждениях', events: (from, to) => `Приёмы, альтернативные решения и выбытия, ${from} – ${to}` },
  sources:
    'Цифры каждого учреждения — из его последнего пакета с данными о детях (именного или статистического); выполнение плана — из последнего пакета с данными плана.',
  secretNote: 'Именные пакеты, выгруженные без записей с тайной усыновления, этих детей не учитывают.',
  figures: {
    institutions: 'Зарегистрированные учреждения',
    reporting: 'Учреждения с данными',
    childrenInResidence: 'Дети в учреждениях',
    childrenWithDisability: 'Из них дети с инвалидностью',
    childrenInInclusiveEducation: 'Из них в инклюзивном обучении',
    admissions: 'Приёмы',
    diversions: 'Альтернативные решения',
    familyExits: 'Выбытия в семью',
    transfers: 'Переводы в другое учреждение (не семейное устройство)',
    otherExits: 'Другие выбытия',
  },
  columns: {
    region: 'Регион',
    institution: 'Учреждение',
    institutions: 'Учреждения (с данными / всего)',
    source: 'Источник цифр',
    inResidence: 'Дети в учреждении',
    disability: 'С инвалидностью',
    inclusive: 'В инклюзивном обучении',
    admissions: 'Приёмы',
    diversions: 'Решения без приёма',
    familyExits: 'Выбытия в семью',
    transfers: 'Переводы в другое учреждение',
    otherExits: 'Другие выбытия',
    planProgress: 'Выполнение плана',
    exitType: 'Вид выбытия',
    destination: 'Направление',
    count: 'Число',
    status: 'Статус',
    planPeriod: 'Период',
    actionsDone: 'Выполнено мероприятий',
    overdue: 'Просрочено мероприятий',
    month: 'Месяц',
    reporting: 'Учреждения с данными',
  },
  destinations: { family: 'В семью', transfer: 'В другое учреждение', none: 'Другое' },
  noExitType: 'Вид не указан',
  noExits: 'За этот период ни один ребёнок не выбыл из учреждений.',
  noRegion: 'Регион не указан',
  snapshotOf: (profile, date) => `${profile} пакет, ${date}`,
  profiles: { named: 'именной', statistical: 'статистический', plan: 'плановый' },
  noSnapshot: 'Нет пакета с данными о детях',
  noInstitutions: 'Ни одно учреждение ещё не зарегистрировано.',
  noPlans: 'Ни одно учреждение ещё не прислало пакет с данными плана.',
  transfersNote: 'Перевод в другое учреждение — не семейное устройство и не считается прогрессом.',
  trendNote:
    'Число детей — по пакету каждого учреждения, действовавшему на конец месяца. Выбытия — по последнему пакету каждого учреждения. Учреждения с данными — те, у которых к концу месяца был пакет.',
};

const en: SummaryLabels = {
  title: 'National overview',
  asOf: (date) => `As of ${date}`,
  subtitle: "Summary of the institutions' imported bundles",
  period: (from, to) => `Admissions, diversions and exits: ${from} – ${to}`,
  footer: 'For official use. Totals only: no child is named in this summary.',
  sections: {
    totals: 'National totals',
    exitTypes: 'Exits by type',
    regions: 'By region',
    institutions: 'By institution',
    plans: 'Transformation plan progress',
    trend: 'Monthly trend',
  },
  tables: { children: 'Children in residence', events: (from, to) => `Admissions, diversions and exits, ${from} – ${to}` },
  sources:
    "Each institution's figures come from its newest bundle with child data (named or statistical); plan progress from its newest bundle with plan data.",
  secretNote: 'Named bundles exported without the adoption-secret records leave those children out.',
  figures: {
    institutions: 'Institutions enrolled',
    reporting: 'Institutions with figures',
    childrenInResidence: 'Children in residence',
    childrenWithDisability: 'Of whom children with a disability',
    childrenInInclusiveEducation: 'Of whom in inclusive education',
    admissions: 'Admissions',
    diversions: 'Diversions from admission',
    familyExits: 'Exits to a family',
    transfers: 'Transfers to another institution (not a family placement)',
    otherExits: 'Other exits',
  },
  columns: {
    region: 'Region',
    institution: 'Institution',
    institutions: 'Institutions (with figures / enrolled)',
    source: 'Figures from',
    inResidence: 'Children in residence',
    disability: 'With a disability',
    inclusive: 'In inclusive education',
    admissions: 'Admissions',
    diversions: 'Diversions',
    familyExits: 'Exits to a family',
    transfers: 'Transfers to another institution',
    otherExits: 'Other exits',
    planProgress: 'Plan progress',
    exitType: 'Exit type',
    destination: 'Destination',
    count: 'Count',
    status: 'Status',
    planPeriod: 'Period',
    actionsDone: 'Actions done',
    overdue: 'Actions overdue',
    month: 'Month',
    reporting: 'Institutions with figures',
  },
  destinations: { family: 'Family', transfer: 'Another institution', none: 'Other' },
  noExitType: 'No type recorded',
  noExits: 'No child left an institution in this period.',
  noRegion: 'No region recorded',
  snapshotOf: (profile, date) => `${profile} bundle, ${date}`,
  profiles: { named: 'Named', statistical: 'Statistical', plan: 'Plan' },
  noSnapshot: 'No bundle with child data',
  noInstitutions: 'No institution is enrolled yet.',
  noPlans: 'No institution has sent a bundle with plan data yet.',
  transfersNote: 'A transfer to another institution is not a family placement and never counts as progress.',
  trendNote:
    "Children: from each institution's bundle in force at the month's end. Exits: from each institution's newest bundle. Institutions with figures: those with a bundle by the month's end.",
};

/** The summary's texts by language. */
export const summaryLabels: Record<Language, SummaryLabels> = { az, ru, en };
