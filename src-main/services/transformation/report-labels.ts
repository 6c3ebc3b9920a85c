import type { Language } from '../../contract/common';
import type { AgeGroup } from '../../contract/residents';
import type { PlanActionStatus, TransformationStatus } from '../../contract/transformation';
import type { ReportIndicatorLabels } from './report-indicator-labels';
import { reportIndicatorLabels } from './report-indicator-labels';

/**
 * Every fixed text of the plan's report in one language. Reference codes carry their own labels,
 * and phase names are the contract messages' `transformationComponents`.
 */
export type ReportLabels = {
  title: string;
  institutionCode: string;
  generatedOn: string;
  footer: string;
  none: string;
  total: string;
  sections: Record<'plan' | 'baseline' | 'facts' | 'progress' | 'newServices' | 'trainings' | 'budget' | 'building', string>;
  plan: {
    fields: Record<'status' | 'period' | 'targetModels' | 'revision' | 'approval' | 'created' | 'started' | 'completed', string>;
    status: Record<TransformationStatus, string>;
    period: (start: string, end: string) => string;
    revision: (n: number) => string;
    /** The latest approval: its revision, who approved it, the day. */
    approvedBy: (revision: number, name: string, date: string) => string;
    /** Who made the plan and when. */
    createdBy: (name: string, date: string) => string;
    notApproved: string;
    unknownUser: string;
    unapprovedTitle: string;
    unapprovedDraft: string;
    unapprovedChanges: (approved: number, revision: number) => string;
  };
  baseline: {
    asOf: (date: string) => string;
    children: string;
    byAge: string;
    ageGroup: string;
    boys: string;
    girls: string;
    allChildren: string;
    ageGroups: Record<AgeGroup, string>;
    withDisability: string;
    withFamilyContact: string;
    contactNote: string;
    /** A count and its share of all the children: "3 (60%)". */
    share: (count: string, percent: string) => string;
    byLegalStatus: string;
    byAdmissionReason: string;
    reasonsNote: string;
  };
  facts: {
    staff: string;
    building: string;
    budget: string;
    fields: Record<'staffTotal' | 'care' | 'teachers' | 'medical' | 'other' | 'year' | 'annual' | 'places' | 'floorArea' | 'buildings' | 'condition', string>;
    squareMetres: (value: string) => string;
  };
  progress: {
    phase: string;
    done: string;
    average: string;
    doneOf: (done: number, total: number) => string;
    noActions: string;
    whole: string;
    /** A phase's heading: its number in the plan and its name. */
    numbered: (n: number, name: string) => string;
    columns: Record<'action' | 'owner' | 'start' | 'due' | 'status' | 'progress', string>;
    status: Record<PlanActionStatus, string>;
    milestone: string;
    overdue: string;
  };
  newServices: {
    columns: Record<'service' | 'capacity' | 'plannedOpening' | 'opened' | 'openedPlaces', string>;
    notOpened: string;
    /** The services-register entry it opened as. */
    registerEntry: (name: string) => string;
    plannedPlaces: string;
    openedPlaces: string;
  };
  trainings: {
    columns: Record<'person' | 'training' | 'newRole' | 'completed' | 'hours', string>;
    notCompleted: string;
    peopleRetrained: string;
    hours: string;
  };
  budget: {
    columns: Record<'line' | 'planned' | 'moved' | 'movedOn', string>;
    share: string;
    shareNote: string;
  };
  building: {
    columns: Record<'space' | 'currentUse' | 'newUse' | 'due' | 'status', string>;
    status: Record<'planned' | 'in_progress' | 'done', string>;
  };
  indicators: ReportIndicatorLabels;
};

const az: ReportLabels = {
  title: 'Transformasiya planı üzrə hesabat',
  institutionCode: 'Müəssisənin kodu',
  generatedOn: 'Tərtib tarixi',
  footer: 'Xidməti istifadə üçün',
  none: 'Qeyd yoxdur',
  total: 'Cəmi',
  sections: {
    plan: 'Plan',
    baseline: 'Başlanğıc vəziyyət: müəssisənin himayəsindəki uşaqlar',
    facts: 'Direktorun faktları: işçi heyəti, büdcə, bina',
    progress: 'Mərhələlər üzrə irəliləyiş',
    newServices: 'Yeni xidmətlər',
    trainings: 'İşçilərin yenidən hazırlanması',
    budget: 'Büdcənin yeni xidmətlərə yönəldilməsi',
    building: 'Binanın yenidən təyinatı',
  },
  plan: {
    fields: {
      status: 'Vəziyyət',
      period: 'Dövr',
      targetModels: 'Hədəf xidmət modelləri',
      revision: 'Redaksiya',
      approval: 'Son təsdiq',
      created: 'Yaradılıb',
      started: 'İcraya başlanılıb',
      completed: 'Tamamlanıb',
    },
    status: { draft: 'Layihə', approved: 'Təsdiq olunub', in_progress: 'İcra olunur', completed: 'Tamamlanıb' },
    period: (start, end) => `${start} – ${end}`,
    revision: (n) => `Redaksiya ${n}`,
    approvedBy: (revision, name, date) => `Redaksiya ${revision}: ${name}, ${date}`,
    createdBy: (name, date) => `${name}, ${date}`,
    notApproved: 'Hələ təsdiq olunmayıb',
    unknownUser: 'naməlum istifadəçi',
    unapprovedTitle: 'Təsdiq olunmamış dəyişikliklər',
    unapprovedDraft: 'Plan layihədir: onun heç bir redaksiyası hələ təsdiq olunmayıb.',
    unapprovedChanges: (approved, revision) =>
      `Redaksiya ${approved} təsdiq olunandan sonra planın məzmunu dəyişib. Dəyişikliklər redaksiya ${revision} kimi təsdiq gözləyir; bu hesabat planın indiki məzmununu göstərir.`,
  },
  baseline: {
    asOf: (date) => `${date} tarixinə, plan yaradılan gün qeydlərdən hesablanıb; sonrakı qeydlər bu rəqəmləri dəyişmir.`,
    children: 'Cəmi uşaq',
    byAge: 'Yaş qrupu və cins üzrə uşaqlar',
    ageGroup: 'Yaş qrupu',
    boys: 'Oğlan',
    girls: 'Qız',
    allChildren: 'Bütün uşaqlar',
    ageGroups: { '0-2': '0–2 yaş', '3-6': '3–6 yaş', '7-10': '7–10 yaş', '11-14': '11–14 yaş', '15-17': '15–17 yaş', '18+': '18 və yuxarı' },
    withDisability: 'Sağlamlıq imkanları məhdud olanlar',
    withFamilyContact: 'Ailəsi ilə əlaqəsi olanlar',
    contactNote: 'Ailə ilə əlaqə: son on iki ayda əlaqə jurnalında görüş və ya əlaqə qeyd olunub.',
    share: (count, percent) => `${count} (${percent})`,
    byLegalStatus: 'Hüquqi status üzrə uşaqlar',
    byAdmissionReason: 'Qəbul səbəbləri üzrə uşaqlar',
    reasonsNote: 'Bir neçə qəbul səbəbi olan uşaq hər səbəb üzrə bir dəfə sayılır.',
  },
  facts: {
    staff: 'İşçi heyəti',
    building: 'Bina',
    budget: 'Büdcə',
    fields: {
      staffTotal: 'İşçilərin ümumi sayı',
      care: 'Tərbiyəçilər və qayğı işçiləri',
      teachers: 'Müəllimlər',
      medical: 'Tibb işçiləri',
      other: 'Digər işçilər',
      year: 'Büdcə ili',
      annual: 'İllik büdcə',
      places: 'Yerlərin sayı',
      floorArea: 'Ümumi sahə',
      buildings: 'Binaların sayı',
      condition: 'Binaların vəziyyəti',
    },
    squareMetres: (value) => `${value} m²`,
  },
  progress: {
    phase: 'Mərhələ',
    done: 'İcra olunmuş tədbirlər',
    average: 'Orta irəliləyiş',
    doneOf: (done, total) => `${done} / ${total}`,
    noActions: 'Tədbir yoxdur',
    whole: 'Bütün plan',
    numbered: (n, name) => `${n}. ${name}`,
    columns: { action: 'Tədbir', owner: 'Məsul şəxs', start: 'Başlanğıc', due: 'Son tarix', status: 'Vəziyyət', progress: 'İcra' },
    status: { not_started: 'Başlanmayıb', in_progress: 'İcra olunur', done: 'İcra olunub', blocked: 'Əngəllənib' },
    milestone: 'Nəzarət nöqtəsi',
    overdue: 'Vaxtı keçib',
  },
  newServices: {
    columns: { service: 'Xidmət', capacity: 'Tutum', plannedOpening: 'Planlaşdırılan açılış', opened: 'Açılıb', openedPlaces: 'Açılmış yerlər' },
    notOpened: 'Hələ açılmayıb',
    registerEntry: (name) => `Xidmətlər reyestrində: ${name}`,
    plannedPlaces: 'Planlaşdırılan yerlər, cəmi',
    openedPlaces: 'Açılmış yerlər, cəmi',
  },
  trainings: {
    columns: { person: 'İşçi', training: 'Təlim', newRole: 'Yeni vəzifə', completed: 'Başa vurub', hours: 'Saat' },
    notCompleted: 'Hələ başa vurmayıb',
    peopleRetrained: 'Yenidən hazırlıq keçmiş işçilər',
    hours: 'Təlim saatları, cəmi',
  },
  budget: {
    columns: { line: 'Büdcə maddəsi', planned: 'Planlaşdırılıb', moved: 'Yönəldilib', movedOn: 'Tarix' },
    share: 'Yeni xidmətlərə yönəldilmiş pay',
    shareNote: 'Yönəldilmiş vəsait, yeni xidmətlərə yönəldilməsi planlaşdırılan bütün məbləğin faizi ilə.',
  },
  building: {
    columns: { space: 'Binanın hissəsi', currentUse: 'İndiki istifadə', newUse: 'Yeni istifadə', due: 'Son tarix', status: 'Vəziyyət' },
    status: { planned: 'Planlaşdırılıb', in_progress: 'İcra olunur', done: 'Başa çatıb' },
  },
  indicators: reportIndicatorLabels.az,
};

const ru: ReportLabels = {
  title: 'Отчёт о плане трансформации',
  institutionCode: 'Код учреждения',
  generatedOn: 'Дата составления',
  footer: 'Для служебного пользования',
  none: 'Записей нет',
  total: 'Итого',
  sections: {
    plan: 'План',
    baseline: 'Исходная ситуация: дети на попечении учреждения',
    facts: 'Данные директора: персонал, бюджет, здание',
    progress: 'Ход выполнения по этапам',
    newServices: 'Новые службы',
    trainings: 'Переподготовка персонала',
    budget: 'Перевод бюджета на новые службы',
    building: 'Перепрофилирование здания',
  },
  plan: {
    fields: {
      status: 'Состояние',
      period: 'Период',
      targetModels: 'Целевые модели услуг',
      revision: 'Редакция',
      approval: 'Последнее утверждение',
      created: 'Создан',
      started: 'Выполнение начато',
      completed: 'Завершён',
    },
    status: { draft: 'Проект', approved: 'Утверждён', in_progress: 'Выполняется', completed: 'Завершён' },
    period: (start, end) => `${start} – ${end}`,
    revision: (n) => `Редакция ${n}`,
    approvedBy: (revision, name, date) => `Редакция ${revision}: ${name}, ${date}`,
    createdBy: (name, date) => `${name}, ${date}`,
    notApproved: 'Ещё не утверждён',
    unknownUser: 'неизвестный пользователь',
    unapprovedTitle: 'Неутверждённые изменения',
    unapprovedDraft: 'План — проект: ни одна его редакция ещё не утверждена.',
    unapprovedChanges: (approved, revision) =>
      `После утверждения редакции ${approved} содержание плана изменилось. Изменения ждут утверждения как редакция ${revision}; отчёт показывает текущее содержание плана.`,
  },
  baseline: {
    asOf: (date) => `На ${date}, подсчитано по записям в день создания плана; последующие записи эти цифры не меняют.`,
    children: 'Всего детей',
    byAge: 'Дети по возрастным группам и полу',
    ageGroup: 'Возрастная группа',
    boys: 'Мальчики',
    girls: 'Девочки',
    allChildren: 'Все дети',
    ageGroups: { '0-2': '0–2 года', '3-6': '3–6 лет', '7-10': '7–10 лет', '11-14': '11–14 лет', '15-17': '15–17 лет', '18+': '18 и старше' },
    withDisability: 'Дети с инвалидностью',
    withFamilyContact: 'Дети, поддерживающие связь с семьёй',
    contactNote: 'Связь с семьёй: за последние двенадцать месяцев в журнале контактов записано посещение или контакт.',
    share: (count, percent) => `${count} (${percent})`,
    byLegalStatus: 'Дети по правовому статусу',
    byAdmissionReason: 'Дети по причинам приёма',
    reasonsNote: 'Ребёнок с несколькими причинами приёма учитывается по каждой из них.',
  },
  facts: {
    staff: 'Персонал',
    building: 'Здание',
    budget: 'Бюджет',
    fields: {
      staffTotal: 'Всего сотрудников',
      care: 'Воспитатели и персонал по уходу',
      teachers: 'Учителя',
      medical: 'Медицинский персонал',
      other: 'Другие сотрудники',
      year: 'Бюджетный год',
      annual: 'Годовой бюджет',
      places: 'Число мест',
      floorArea: 'Общая площадь',
      buildings: 'Число зданий',
      condition: 'Состояние зданий',
    },
    squareMetres: (value) => `${value} м²`,
  },
  progress: {
    phase: 'Этап',
    done: 'Выполнено мероприятий',
    average: 'Средний ход выполнения',
    doneOf: (done, total) => `${done} / ${total}`,
    noActions: 'Мероприятий нет',
    whole: 'Весь план',
    numbered: (n, name) => `${n}. ${name}`,
    columns: { action: 'Мероприятие', owner: 'Ответственный', start: 'Начало', due: 'Срок', status: 'Состояние', progress: 'Выполнено' },
    status: { not_started: 'Не начато', in_progress: 'Выполняется', done: 'Выполнено', blocked: 'Заблокировано' },
    milestone: 'Контрольная точка',
    overdue: 'Просрочено',
  },
  newServices: {
    columns: { service: 'Служба', capacity: 'Мест', plannedOpening: 'Плановое открытие', opened: 'Открыта', openedPlaces: 'Открыто мест' },
    notOpened: 'Ещё не открыта',
    registerEntry: (name) => `В реестре служб: ${name}`,
    plannedPlaces: 'Запланировано мест, всего',
    openedPlaces: 'Открыто мест, всего',
  },
  trainings: {
    columns: { person: 'Сотрудник', training: 'Обучение', newRole: 'Новая должность', completed: 'Завершено', hours: 'Часов' },
    notCompleted: 'Ещё не завершено',
    peopleRetrained: 'Сотрудники, прошедшие переподготовку',
    hours: 'Часов обучения, всего',
  },
  budget: {
    columns: { line: 'Статья бюджета', planned: 'Запланировано', moved: 'Переведено', movedOn: 'Дата' },
    share: 'Доля, переведённая на новые службы',
    shareNote: 'Переведённые средства в процентах от всей суммы, которую планируется перевести на новые службы.',
  },
  building: {
    columns: { space: 'Часть здания', currentUse: 'Сейчас используется', newUse: 'Новое назначение', due: 'Срок', status: 'Состояние' },
    status: { planned: 'Запланировано', in_progress: 'Выполняется', done: 'Завершено' },
  },
  indicators: reportIndicatorLabels.ru,
};

const en: ReportLabels = {
  title: 'Transformation plan report',
  institutionCode: 'Institution code',
  generatedOn: 'Generated on',
  footer: 'For official use',
  none: 'No entries',
  total: 'Total',
  sections: {
    plan: 'Plan',
    baseline: "Baseline: the children in the institution's care",
    facts: "The director's facts: staff, budget, building",
    progress: 'Progress by phase',
    newServices: 'New services',
    trainings: 'Staff retraining',
    budget: 'Budget moved to new services',
    building: 'Repurposing the building',
  },
  plan: {
    fields: {
      status: 'Status',
      period: 'Period',
      targetModels: 'Target service models',
      revision: 'Revision',
      approval: 'Latest approval',
      created: 'Created',
      started: 'Started',
      completed: 'Completed',
    },
    status: { draft: 'Draft', approved: 'Approved', in_progress: 'In progress', completed: 'Completed' },
    period: (start, end) => `${start} – ${end}`,
    revision: (n) => `Revision ${n}`,
    approvedBy: (revision, name, date) => `Revision ${revision}: ${name}, ${date}`,
    createdBy: (name, date) => `${name}, ${date}`,
    notApproved: 'Not approved yet',
    unknownUser: 'unknown user',
    unapprovedTitle: 'Changes not approved',
    unapprovedDraft: 'The plan is a draft: none of its revisions has been approved yet.',
    unapprovedChanges: (approved, revision) =>
      `The plan's content has changed since revision ${approved} was approved. The changes await approval as revision ${revision}; this report shows the plan's content as it is now.`,
  },
  baseline: {
    asOf: (date) => `As of ${date}, counted from the records the day the plan was created; later records do not change these numbers.`,
    children: 'Children in all',
    byAge: 'Children by age group and sex',
    ageGroup: 'Age group',
    boys: 'Boys',
    girls: 'Girls',
    allChildren: 'All children',
    ageGroups: { '0-2': '0–2 years', '3-6': '3–6 years', '7-10': '7–10 years', '11-14': '11–14 years', '15-17': '15–17 years', '18+': '18 and older' },
    withDisability: 'With a disability',
    withFamilyContact: 'In contact with their family',
    contactNote: 'Family contact: a visit or contact in the contact log in the last twelve months.',
    share: (count, percent) => `${count} (${percent})`,
    byLegalStatus: 'Children by legal status',
    byAdmissionReason: 'Children by reason for admission',
    reasonsNote: 'A child admitted for several reasons counts once under each.',
  },
  facts: {
    staff: 'Staff',
    building: 'Building',
    budget: 'Budget',
    fields: {
      staffTotal: 'Staff in all',
      care: 'Carers',
      teachers: 'Teachers',
      medical: 'Medical staff',
      other: 'Other staff',
      year: 'Budget year',
      annual: 'Annual budget',
      places: 'Places',
      floorArea: 'Floor area',
      buildings: 'Buildings',
      condition: 'Condition of the buildings',
    },
    squareMetres: (value) => `${value} m²`,
  },
  progress: {
    phase: 'Phase',
    done: 'Actions done',
    average: 'Average progress',
    doneOf: (done, total) => `${done} / ${total}`,
    noActions: 'No actions',
    whole: 'Whole plan',
    numbered: (n, name) => `${n}. ${name}`,
    columns: { action: 'Action', owner: 'Responsible', start: 'Start', due: 'Due', status: 'Status', progress: 'Progress' },
    status: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', blocked: 'Blocked' },
    milestone: 'Milestone',
    overdue: 'Overdue',
  },
  newServices: {
    columns: { service: 'Service', capacity: 'Capacity', plannedOpening: 'Planned opening', opened: 'Opened', openedPlaces: 'Places opened' },
    notOpened: 'Not open yet',
    registerEntry: (name) => `In the services register: ${name}`,
    plannedPlaces: 'Places planned in all',
    openedPlaces: 'Places opened in all',
  },
  trainings: {
    columns: { person: 'Staff member', training: 'Training', newRole: 'New role', completed: 'Completed', hours: 'Hours' },
    notCompleted: 'Not completed yet',
    peopleRetrained: 'Staff retrained',
    hours: 'Training hours in all',
  },
  budget: {
    columns: { line: 'Budget line', planned: 'Planned', moved: 'Moved', movedOn: 'Date' },
    share: 'Share moved to new services',
    shareNote: 'Money moved, as a percentage of all the budget planned to move to new services.',
  },
  building: {
    columns: { space: 'Part of the building', currentUse: 'Current use', newUse: 'New use', due: 'Due', status: 'Status' },
    status: { planned: 'Planned', in_progress: 'In progress', done: 'Done' },
  },
  indicators: reportIndicatorLabels.en,
};

/** The report's texts by language. */
export const reportLabels: Record<Language, ReportLabels> = { az, ru, en };
