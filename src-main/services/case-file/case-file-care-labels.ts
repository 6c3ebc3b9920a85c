import type { Language } from '../../contract/common';
import type { FollowUpOutcome, Placement } from '../../contract/placements';
import type { goalStatuses } from '../../contract/plans';
import type { ReferralStatus } from '../../contract/services-register';

/**
 * The fixed texts of the care-pathway sections (assessments, care plan, referrals, exit and
 * placements) in one language; kept apart from the rest of the case file's texts only for size.
 */
export type CaseFileCareLabels = {
  sections: Record<'assessments' | 'plan' | 'referrals' | 'placements', string>;
  fields: Record<
    | 'nextAssessment'
    | 'assessor'
    | 'summary'
    | 'earlierAssessments'
    | 'nextReview'
    | 'targetDate'
    | 'goalStatus'
    | 'participants'
    | 'decisions'
    | 'referralStatus'
    | 'requestedDate'
    | 'startDate'
    | 'endDate'
    | 'ended'
    | 'visitDue'
    | 'visitDate'
    | 'visitor'
    | 'outcome'
    | 'visitNotes'
    | 'owner'
    | 'actionDue'
    | 'doneOn',
    string
  >;
  /** Heading of the latest assessment, of `date` (already in words). */
  latestAssessment: (date: string) => string;
  /** A score and what it means: "2 — Müəyyən narahatlıq var". */
  scoreText: (score: number, meaning: string) => string;
  /** What each score of the 1–4 scale means. */
  scores: Record<1 | 2 | 3 | 4, string>;
  noPlan: string;
  /** Says that the plan belongs to a stay that has ended. */
  planClosed: string;
  noGoals: string;
  /** Heading of the n-th goal (1-based) in `domain`. */
  goal: (n: number, domain: string) => string;
  /** Label of the n-th action of a goal (1-based). */
  action: (n: number) => string;
  notDone: string;
  goalStatus: Record<(typeof goalStatuses)[number], string>;
  /** Heading of the latest review of the plan, of `date`. */
  latestReview: (date: string) => string;
  referralStatus: Record<ReferralStatus, string>;
  /** Heading of a placement: its type and start date. */
  placement: (type: string, date: string) => string;
  destination: Record<Exclude<Placement['destination']['kind'], 'none'>, string>;
  endReason: Record<NonNullable<Placement['endReason']>, string>;
  /** Label of the n-th follow-up visit of a placement (1-based). */
  visit: (n: number) => string;
  /** A visit not (yet) made: overdue, planned, or not made (the placement ended first). */
  visitState: Record<'overdue' | 'planned' | 'notMade', string>;
  outcome: Record<FollowUpOutcome, string>;
};

const az: CaseFileCareLabels = {
  sections: {
    assessments: 'Qiymətləndirmələr',
    plan: 'Fərdi qayğı planı',
    referrals: 'Xidmətlərə göndərişlər',
    placements: 'Çıxış və yerləşdirmə',
  },
  fields: {
    nextAssessment: 'Növbəti qiymətləndirmənin vaxtı',
    assessor: 'Qiymətləndirən',
    summary: 'Ümumi nəticə',
    earlierAssessments: 'Əvvəlki qiymətləndirmələrin sayı',
    nextReview: 'Plana növbəti baxış',
    targetDate: 'Hədəf tarix',
    goalStatus: 'Vəziyyət',
    participants: 'İştirakçılar',
    decisions: 'Qəbul edilmiş qərarlar',
    referralStatus: 'Vəziyyəti',
    requestedDate: 'Müraciət tarixi',
    startDate: 'Başlama tarixi',
    endDate: 'Başa çatma tarixi',
    ended: 'Başa çatıb',
    visitDue: 'Planlaşdırılan tarix',
    visitDate: 'Görüş tarixi',
    visitor: 'Görüşə gedən',
    outcome: 'Nəticə',
    visitNotes: 'Qeydlər',
    owner: 'Məsul şəxs',
    actionDue: 'İcra müddəti',
    doneOn: 'İcra olunub',
  },
  latestAssessment: (date) => `Sonuncu qiymətləndirmə: ${date}`,
  scoreText: (score, meaning) => `${score} — ${meaning}`,
  scores: { 1: 'Ciddi narahatlıq var', 2: 'Müəyyən narahatlıq var', 3: 'Əsasən qaydasındadır', 4: 'Yaxşıdır' },
  noPlan: 'Fərdi qayğı planı hazırlanmayıb',
  planClosed: 'Uşaq müəssisədən ayrılıb: bu, sonuncu qalma dövrünün planıdır və artıq dəyişdirilmir.',
  noGoals: 'Məqsəd yoxdur',
  goal: (n, domain) => `Məqsəd ${n} · ${domain}`,
  action: (n) => `Tədbir ${n}`,
  notDone: 'İcra olunmayıb',
  goalStatus: { planned: 'Planlaşdırılıb', in_progress: 'İcra olunur', achieved: 'Nail olunub', dropped: 'Dayandırılıb' },
  latestReview: (date) => `Plana sonuncu baxış: ${date}`,
  referralStatus: { requested: 'Müraciət edilib', accepted: 'Qəbul edilib', attending: 'Xidmətə gedir', ended: 'Başa çatıb', declined: 'İmtina edilib' },
  placement: (type, date) => `${type}, ${date} tarixindən`,
  destination: { person: 'Şəxs və ya ailə', institution: 'Müəssisə' },
  endReason: { breakdown: 'yerləşdirmə pozulub', replaced: 'başqa yerləşdirmə ilə əvəz olunub', readmitted: 'uşaq yenidən qəbul edilib' },
  visit: (n) => `İzləmə görüşü ${n}`,
  visitState: { overdue: 'Vaxtı keçib', planned: 'Planlaşdırılıb', notMade: 'Aparılmayıb' },
  outcome: { stable: 'Sabitdir', at_risk: 'Risk altındadır', broken_down: 'Pozulub' },
};

const ru: CaseFileCareLabels = {
  sections: {
    assessments: 'Оценки',
    plan: 'Индивидуальный план ухода',
    referrals: 'Направления в службы',
    placements: 'Выбытие и устройство',
  },
  fields: {
    nextAssessment: 'Следующая оценка',
    assessor: 'Кто оценивал',
    summary: 'Общий вывод',
    earlierAssessments: 'Предыдущих оценок',
    nextReview: 'Следующий пересмотр плана',
    targetDate: 'Срок достижения',
    goalStatus: 'Состояние',
    participants: 'Участники',
    decisions: 'Принятые решения',
    referralStatus: 'Состояние',
    requestedDate: 'Дата обращения',
    startDate: 'Начало',
    endDate: 'Окончание',
    ended: 'Завершено',
    visitDue: 'Срок',
    visitDate: 'Дата визита',
    visitor: 'Кто посетил',
    outcome: 'Итог',
    visitNotes: 'Заметки',
    owner: 'Ответственный',
    actionDue: 'Срок выполнения',
    doneOn: 'Выполнено',
  },
  latestAssessment: (date) => `Последняя оценка: ${date}`,
  scoreText: (score, meaning) => `${score} — ${meaning}`,
  scores: { 1: 'Серьёзные опасения', 2: 'Есть опасения', 3: 'В основном благополучно', 4: 'Всё хорошо' },
  noPlan: 'Индивидуального плана ухода нет',
  planClosed: 'Ребёнок выбыл: это план последнего пребывания в учреждении, он больше не изменяется.',
  noGoals: 'Целей нет',
  goal: (n, domain) => `Цель ${n} · ${domain}`,
  action: (n) => `Мероприятие ${n}`,
  notDone: 'Не выполнено',
  goalStatus: { planned: 'Запланирована', in_progress: 'Выполняется', achieved: 'Достигнута', dropped: 'Отменена' },
  latestReview: (date) => `Последний пересмотр плана: ${date}`,
  referralStatus: { requested: 'Обращение подано', accepted: 'Принят', attending: 'Посещает', ended: 'Завершено', declined: 'Отказано' },
  placement: (type, date) => `${type}, с ${date}`,
  destination: { person: 'Человек или семья', institution: 'Учреждение' },
  endReason: { breakdown: 'размещение прервано', replaced: 'заменено другим размещением', readmitted: 'ребёнок снова принят в учреждение' },
  visit: (n) => `Контрольный визит ${n}`,
  visitState: { overdue: 'Просрочен', planned: 'Запланирован', notMade: 'Не проведён' },
  outcome: { stable: 'Стабильно', at_risk: 'Под угрозой', broken_down: 'Прервано' },
};

const en: CaseFileCareLabels = {
  sections: {
    assessments: 'Assessments',
    plan: 'Individual care plan',
    referrals: 'Referrals to services',
    placements: 'Exit and placements',
  },
  fields: {
    nextAssessment: 'Next assessment due',
    assessor: 'Assessed by',
    summary: 'Summary',
    earlierAssessments: 'Earlier assessments',
    nextReview: 'Next review',
    targetDate: 'Target date',
    goalStatus: 'Status',
    participants: 'Participants',
    decisions: 'Decisions',
    referralStatus: 'Status',
    requestedDate: 'Requested',
    startDate: 'Started',
    endDate: 'Ended',
    ended: 'Ended',
    visitDue: 'Due',
    visitDate: 'Visit date',
    visitor: 'Visitor',
    outcome: 'Outcome',
    visitNotes: 'Notes',
    owner: 'Responsible',
    actionDue: 'Due',
    doneOn: 'Done on',
  },
  latestAssessment: (date) => `Latest assessment: ${date}`,
  scoreText: (score, meaning) => `${score} — ${meaning}`,
  scores: { 1: 'Serious concern', 2: 'Some concern', 3: 'Mostly well', 4: 'Doing well' },
  noPlan: 'No individual care plan',
  planClosed: 'The child has left: this is the plan of the latest stay, kept as it was.',
  noGoals: 'No goals',
  goal: (n, domain) => `Goal ${n} · ${domain}`,
  action: (n) => `Action ${n}`,
  notDone: 'Not done',
  goalStatus: { planned: 'Planned', in_progress: 'In progress', achieved: 'Achieved', dropped: 'Dropped' },
  latestReview: (date) => `Latest review of the plan: ${date}`,
  referralStatus: { requested: 'Requested', accepted: 'Accepted', attending: 'Attending', ended: 'Ended', declined: 'Declined' },
  placement: (type, date) => `${type}, from ${date}`,
  destination: { person: 'Person or family', institution: 'Institution' },
  endReason: { breakdown: 'the placement broke down', replaced: 'replaced by another placement', readmitted: 'the child was admitted again' },
  visit: (n) => `Follow-up visit ${n}`,
  visitState: { overdue: 'Overdue', planned: 'Planned', notMade: 'Not made' },
  outcome: { stable: 'Stable', at_risk: 'At risk', broken_down: 'Broken down' },
};

/** The care-pathway sections' texts by language. */
export const caseFileCareLabels: Record<Language, CaseFileCareLabels> = { az, ru, en };
