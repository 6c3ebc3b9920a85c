import type { Language } from '../contract/common';
import { languages } from '../contract/common';
import type { AppErrorShape } from '../contract/errors';
import { contractMessages, interpolate } from '../contract/messages';
import { PATHWAY_SAMPLE } from '../services/demo/demo-pathway';
import { backupMessages } from './backup-messages';
import { backupUsage } from './backup-usage';
import { bundleMessages } from './bundle-messages';
import { bundleUsage } from './bundle-usage';
import { ministryMessages } from './ministry-messages';
import { ministryUsage } from './ministry-usage';

const baseMessages = {
  en: {
    usage: `Usage: npm run cli -- <command> [options]

Commands:
  init                     set up a new installation without the wizard
  recover                  put the database key back on this machine with the recovery code
  audit verify             check that the audit trail has not been changed
  demo                     fill an installation with made-up children, to try the app out
${bundleUsage.en.commands}
${ministryUsage.en.commands}
${backupUsage.en.commands}
  --help                   show this help

init --data-dir DIR --institution-code CODE --institution-name NAME --region REGION
     --director-login LOGIN --password-stdin
     [--institution-type TYPE] [--director-name "FULL NAME"] [--lang az|ru|en]
  Creates the encrypted database in DIR, the institution profile and the first director.
  The password is read from standard input (first line). TYPE defaults to children_home;
  REGION and TYPE are reference codes (e.g. baku, sheki-district).
  Prints the recovery code once: write it down and keep it safe.

recover --data-dir DIR --recovery-code-stdin
  After a reinstalled system or a lost user profile: reads the recovery code from standard input
  and makes the records in DIR readable on this machine again.

audit verify --data-dir DIR
  Checks every entry of the audit trail; exit code 1 names the first changed or missing entry.

demo --data-dir DIR --residents N [--seed S] [--no-plan] [--lang az|ru|en]
  Adds N made-up children (1 to 50000) with families and progress notes to the installation in DIR,
  which must be set up; they are recorded as added by its first director. Their care pathways follow:
  a services register, referrals, assessments, care plans, exits of every type with follow-up visits,
  and years of admission requests (gatekeeping); above ${PATHWAY_SAMPLE} children, for a sample of that size.
  Then a transformation plan made 18 to 24 months ago and carried out since, each step on its own
  day (none with --no-plan, nor when the installation already has a plan not yet completed).
  The same seed S (default 1) on the same day gives the same data: children already there (same FİN or
  birth certificate) are skipped, and a run that adds nobody adds nothing else either.
  For demonstrations and benchmarks only, never on a real institution's data.

${bundleUsage.en.details}

${ministryUsage.en.details}

${backupUsage.en.details}

Exit codes: 0 done, 1 refused or broken (the reason is printed), 2 bad arguments (missing, unknown
or refused values, a file that cannot be read, an output file that already exists).`,
    badArguments: 'Bad arguments: {{reason}}. See npm run cli -- --help',
    noPassword: 'No password on standard input',
    unknownCommand: 'unknown command "{{command}}"',
    unknownOption: 'the options do not fit ({{detail}})',
    missingOptions: 'missing {{options}}',
    passwordStdinRequired: '--password-stdin is required: the password is read from standard input, never from arguments',
    recoveryCodeStdinRequired: '--recovery-code-stdin is required: the code is read from standard input, never from arguments',
    badResidentCount: '--residents must be a whole number from 1 to {{max}} (given: "{{value}}")',
    badSeed: '--seed must be a whole number from 0 to {{max}} (given: "{{value}}")',
    badLanguage: '--lang must be az, ru or en (given: "{{value}}")',
    demoProgress: '{{done}} of {{total}} children…',
    demoDone: 'Added {{added}} residents ({{skipped}} skipped as duplicates) to {{dir}}.',
    demoFamily: 'Families: {{familyMembers}} family members, {{notes}} progress notes.',
    demoServices: 'Services register: {{services}} services added.',
    demoReferrals: 'Referrals to services: {{referrals}}.',
    demoAssessments: 'Assessments: {{assessments}}.',
    demoPlans: 'Care plans: {{plans}}.',
    demoExits: 'Exits: {{exits}}; follow-up visits recorded: {{followUps}} (placement broken down: {{breakdowns}}; re-admitted: {{readmissions}}, placed again: {{placementChanges}}).',
    demoGatekeeping: 'Admission requests: {{requests}} ({{admitted}} admitted, {{diverted}} diverted, {{refused}} refused, {{pending}} pending).',
    demoSample: 'Care pathways and admission requests cover a sample of {{sample}} of the {{added}} children.',
    demoPlan: 'Transformation plan in progress, revision {{revision}}: {{actionsDone}} of {{actionsTotal}} actions done ({{overdue}} overdue), {{servicesOpened}} of {{servicesPlanned}} new services opened, {{staffRetrained}} staff retrained, {{budgetMoved}}% of the budget moved to new services.',
    noRecoveryCode: 'No recovery code on standard input',
    recoveryCode: 'Recovery code (shown only now; write it down and keep it apart from this computer):\n  {{code}}',
    recovered: 'The database key of {{dir}} is back on this machine; the records are readable.',
    auditOk: 'The audit trail is intact: {{count}} entries checked.',
    auditBroken: 'The audit trail is BROKEN at entry #{{seq}}: {{problem}}.',
    'problem.hash-mismatch': 'the entry was changed after it was written',
    'problem.broken-link': 'an entry before it was changed or removed',
    'problem.missing-entries': 'entries before it are missing',
    'problem.missing-tail': 'entries at the end were removed',
    initDone: 'Körpü is set up in {{dir}}: institution {{code}}, director "{{login}}".',
    refused: 'Refused: {{reason}}',
  },
  az: {
    usage: `İstifadə: npm run cli -- <əmr> [seçimlər]

Əmrlər:
  init                     yeni quraşdırmanı sehrbazsız qurmaq
  recover                  bərpa kodu ilə verilənlər bazasının açarını bu kompüterə qaytarmaq
  audit verify             audit jurnalının dəyişdirilmədiyini yoxlamaq
  demo                     proqramı sınamaq üçün quraşdırmaya uydurma uşaqlar əlavə etmək
${bundleUsage.az.commands}
${ministryUsage.az.commands}
${backupUsage.az.commands}
  --help                   bu köməyi göstərmək

init --data-dir QOVLUQ --institution-code KOD --institution-name AD --region REGION
     --director-login LOGİN --password-stdin
     [--institution-type NÖV] [--director-name "AD SOYAD"] [--lang az|ru|en]
  QOVLUQ-da şifrələnmiş verilənlər bazasını, müəssisə profilini və ilk direktoru yaradır.
  Parol standart girişdən (birinci sətir) oxunur. NÖV susmaya görə children_home-dur;
  REGION və NÖV soraq kodlarıdır (məs. baku, sheki-district).
  Bərpa kodunu bir dəfə çap edir: yazıb təhlükəsiz yerdə saxlayın.

recover --data-dir QOVLUQ --recovery-code-stdin
  Sistem yenidən quraşdırıldıqdan və ya istifadəçi profili itdikdən sonra: bərpa kodunu standart
  girişdən oxuyur və QOVLUQ-dakı qeydləri bu kompüterdə yenidən oxunaqlı edir.

audit verify --data-dir QOVLUQ
  Audit jurnalının hər qeydini yoxlayır; çıxış kodu 1 ilk dəyişdirilmiş və ya itmiş qeydi göstərir.

demo --data-dir QOVLUQ --residents N [--seed S] [--no-plan] [--lang az|ru|en]
  QOVLUQ-dakı quraşdırmaya (əvvəlcədən qurulmuş olmalıdır) ailələri və inkişaf qeydləri ilə N uydurma
  uşaq (1-dən 50000-ə qədər) əlavə edir; onlar ilk direktor tərəfindən əlavə edilmiş kimi qeyd olunur.
  Ardınca onların qayğı yolu gəlir: xidmətlər reyestri, xidmətlərə göndərişlər, qiymətləndirmələr,
  qayğı planları, izləmə görüşləri ilə bütün növ çıxışlar və bir neçə illik qəbul müraciətləri;
  ${PATHWAY_SAMPLE} uşaqdan çox olduqda bu ölçüdə seçmə üçün. Sonra 18–24 ay əvvəl hazırlanmış və o
  vaxtdan icra olunan transformasiya planı, hər addımı öz günündə (--no-plan ilə və ya quraşdırmada
  tamamlanmamış plan artıq varsa, plan əlavə edilmir). Eyni gündə eyni S (susmaya görə 1) eyni
  məlumatları verir: artıq olan uşaqlar (eyni FİN və ya doğum haqqında şəhadətnamə) buraxılır, heç kəsi
  əlavə etməyən icra başqa heç nə də əlavə etmir. Yalnız nümayiş və ölçmələr üçündür, heç vaxt real
  müəssisənin məlumatlarında istifadə etməyin.

${bundleUsage.az.details}

${ministryUsage.az.details}

${backupUsage.az.details}

Çıxış kodları: 0 hazır, 1 rədd edildi və ya pozulub (səbəb çap olunur), 2 yanlış arqumentlər
(göstərilməyib, naməlumdur və ya dəyəri qəbul edilmir, fayl oxunmur, yazılacaq fayl artıq mövcuddur).`,
    badArguments: 'Yanlış arqumentlər: {{reason}}. Baxın: npm run cli -- --help',
    noPassword: 'Standart girişdə parol yoxdur',
    unknownCommand: 'naməlum əmr "{{command}}"',
    unknownOption: 'seçimlər uyğun deyil ({{detail}})',
    missingOptions: '{{options}} göstərilməyib',
    passwordStdinRequired: '--password-stdin mütləqdir: parol arqumentlərdən yox, standart girişdən oxunur',
    recoveryCodeStdinRequired: '--recovery-code-stdin mütləqdir: kod arqumentlərdən yox, standart girişdən oxunur',
    badResidentCount: '--residents 1 ilə {{max}} arasında tam ədəd olmalıdır (verilib: "{{value}}")',
    badSeed: '--seed 0 ilə {{max}} arasında tam ədəd olmalıdır (verilib: "{{value}}")',
    badLanguage: '--lang az, ru və ya en olmalıdır (verilib: "{{value}}")',
    demoProgress: '{{total}} uşaqdan {{done}}…',
    demoDone: '{{dir}} qovluğuna {{added}} uşaq əlavə edildi ({{skipped}} dublikat kimi buraxıldı).',
    demoFamily: 'Ailələr: {{familyMembers}} ailə üzvü, {{notes}} inkişaf qeydi.',
    demoServices: 'Xidmətlər reyestri: {{services}} xidmət əlavə edildi.',
    demoReferrals: 'Xidmətlərə göndərişlər: {{referrals}}.',
    demoAssessments: 'Qiymətləndirmələr: {{assessments}}.',
    demoPlans: 'Qayğı planları: {{plans}}.',
    demoExits: 'Çıxışlar: {{exits}}; qeydə alınmış izləmə görüşləri: {{followUps}} (yerləşdirmə pozulub: {{breakdowns}}; yenidən qəbul: {{readmissions}}, başqa yerləşdirmə: {{placementChanges}}).',
    demoGatekeeping: 'Qəbul müraciətləri: {{requests}} (qəbul edilib: {{admitted}}, alternativ həll: {{diverted}}, rədd edilib: {{refused}}, qərar gözlənilir: {{pending}}).',
    demoSample: 'Qayğı yolu və qəbul müraciətləri {{added}} uşaqdan {{sample}} nəfərlik seçməni əhatə edir.',
    demoPlan: 'Transformasiya planı icra olunur, redaksiya {{revision}}: {{actionsTotal}} tədbirdən {{actionsDone}} icra edilib ({{overdue}} tədbirin vaxtı keçib), {{servicesPlanned}} yeni xidmətdən {{servicesOpened}} açılıb, yenidən hazırlanmış işçilər: {{staffRetrained}}, yeni xidmətlərə yönəldilmiş büdcə: {{budgetMoved}}%.',
    noRecoveryCode: 'Standart girişdə bərpa kodu yoxdur',
    recoveryCode: 'Bərpa kodu (yalnız indi göstərilir; yazın və bu kompüterdən ayrı saxlayın):\n  {{code}}',
    recovered: '{{dir}} verilənlər bazasının açarı bu kompüterə qaytarıldı; qeydlər oxunaqlıdır.',
    auditOk: 'Audit jurnalı toxunulmazdır: {{count}} qeyd yoxlanıldı.',
    auditBroken: 'Audit jurnalı #{{seq}} qeydində POZULUB: {{problem}}.',
    'problem.hash-mismatch': 'qeyd yazıldıqdan sonra dəyişdirilib',
    'problem.broken-link': 'ondan əvvəlki qeyd dəyişdirilib və ya silinib',
    'problem.missing-entries': 'ondan əvvəlki qeydlər yoxdur',
    'problem.missing-tail': 'sondakı qeydlər silinib',
    initDone: 'Körpü {{dir}} qovluğunda quraşdırıldı: müəssisə {{code}}, direktor "{{login}}".',
    refused: 'Rədd edildi: {{reason}}',
  },
  ru: {
    usage: `Использование: npm run cli -- <команда> [параметры]

Команды:
  init                     настроить новую установку без мастера
  recover                  вернуть ключ базы данных на этот компьютер по коду восстановления
  audit verify             проверить, что журнал аудита не изменён
  demo                     заполнить установку вымышленными детьми, чтобы опробовать программу
${bundleUsage.ru.commands}
${ministryUsage.ru.commands}
${backupUsage.ru.commands}
  --help                   показать эту справку

init --data-dir ПАПКА --institution-code КОД --institution-name НАЗВАНИЕ --region РЕГИОН
     --director-login ЛОГИН --password-stdin
     [--institution-type ТИП] [--director-name "ФИО"] [--lang az|ru|en]
  Создаёт в ПАПКЕ зашифрованную базу данных, профиль учреждения и первого директора.
  Пароль читается со стандартного ввода (первая строка). ТИП по умолчанию children_home;
  РЕГИОН и ТИП — коды справочников (например, baku, sheki-district).
  Печатает код восстановления один раз: запишите его и храните в надёжном месте.

recover --data-dir ПАПКА --recovery-code-stdin
  После переустановки системы или потери профиля: читает код восстановления со стандартного ввода
  и снова делает записи в ПАПКЕ доступными на этом компьютере.

audit verify --data-dir ПАПКА
  Проверяет каждую запись журнала аудита; код выхода 1 называет первую изменённую или пропавшую запись.

demo --data-dir ПАПКА --residents N [--seed S] [--no-plan] [--lang az|ru|en]
  Добавляет в настроенную установку в ПАПКЕ N вымышленных детей (от 1 до 50000) с семьями и записями
  о развитии; они записываются как добавленные первым директором. Затем — их сопровождение: реестр
  служб, направления, оценки, планы ухода, выбытия всех видов с контрольными визитами и журнал
  обращений о приёме за несколько лет; если детей больше ${PATHWAY_SAMPLE}, то для выборки такого размера.
  Затем — план трансформации, составленный 18–24 месяца назад и выполняемый с тех пор, каждый шаг
  в свой день (без плана с --no-plan или если в установке уже есть незавершённый план).
  Одинаковое S (по умолчанию 1) в один и тот же день даёт те же данные: уже имеющиеся дети (тот же FİN
  или свидетельство о рождении) пропускаются, а запуск, не добавивший детей, не добавляет ничего.
  Только для демонстраций и замеров, никогда на данных настоящего учреждения.

${bundleUsage.ru.details}

${ministryUsage.ru.details}

${backupUsage.ru.details}

Коды выхода: 0 готово, 1 отказ или нарушение (причина печатается), 2 неверные аргументы
(не указаны, неизвестны или значение не принято, файл не читается, файл для записи уже существует).`,
    badArguments: 'Неверные аргументы: {{reason}}. Справка: npm run cli -- --help',
    noPassword: 'На стандартном вводе нет пароля',
    unknownCommand: 'неизвестная команда «{{command}}»',
    unknownOption: 'параметры не подходят ({{detail}})',
    missingOptions: 'не указаны {{options}}',
    passwordStdinRequired: 'нужен --password-stdin: пароль читается со стандартного ввода, а не из аргументов',
    recoveryCodeStdinRequired: 'нужен --recovery-code-stdin: код читается со стандартного ввода, а не из аргументов',
    badResidentCount: '--residents должно быть целым числом от 1 до {{max}} (указано: «{{value}}»)',
    badSeed: '--seed должно быть целым числом от 0 до {{max}} (указано: «{{value}}»)',
    badLanguage: '--lang должен быть az, ru или en (указано: «{{value}}»)',
    demoProgress: '{{done}} из {{total}} детей…',
    demoDone: 'Добавлено воспитанников: {{added}} (пропущено как дубликаты: {{skipped}}) в {{dir}}.',
    demoFamily: 'Семьи: родственников — {{familyMembers}}, записей о развитии — {{notes}}.',
    demoServices: 'Реестр служб: добавлено служб — {{services}}.',
    demoReferrals: 'Направления в службы: {{referrals}}.',
    demoAssessments: 'Оценки: {{assessments}}.',
    demoPlans: 'Планы ухода: {{plans}}.',
    demoExits: 'Выбытия: {{exits}}; записано контрольных визитов: {{followUps}} (устройство прервано: {{breakdowns}}; приняты снова: {{readmissions}}, другое устройство: {{placementChanges}}).',
    demoGatekeeping: 'Обращения о приёме: {{requests}} (принято: {{admitted}}, альтернативное решение: {{diverted}}, отказано: {{refused}}, ожидает решения: {{pending}}).',
    demoSample: 'Сопровождение и обращения о приёме — для выборки из {{sample}} детей из {{added}}.',
    demoPlan: 'План трансформации выполняется, редакция {{revision}}: выполнено мероприятий — {{actionsDone}} из {{actionsTotal}} (просрочено — {{overdue}}), открыто новых служб — {{servicesOpened}} из {{servicesPlanned}}, переобучено сотрудников — {{staffRetrained}}, на новые службы направлено {{budgetMoved}}% бюджета.',
    noRecoveryCode: 'На стандартном вводе нет кода восстановления',
    recoveryCode: 'Код восстановления (показывается только сейчас; запишите и храните отдельно от компьютера):\n  {{code}}',
    recovered: 'Ключ базы данных {{dir}} возвращён на этот компьютер; записи доступны.',
    auditOk: 'Журнал аудита цел: проверено записей — {{count}}.',
    auditBroken: 'Журнал аудита НАРУШЕН на записи №{{seq}}: {{problem}}.',
    'problem.hash-mismatch': 'запись изменена после того, как была сделана',
    'problem.broken-link': 'предыдущая запись изменена или удалена',
    'problem.missing-entries': 'предшествующие записи отсутствуют',
    'problem.missing-tail': 'записи в конце удалены',
    initDone: 'Körpü настроен в {{dir}}: учреждение {{code}}, директор «{{login}}».',
    refused: 'Отказ: {{reason}}',
  },
} satisfies Record<Language, Record<string, string>>;

const cliMessages = {
  en: { ...baseMessages.en, ...bundleMessages.en, ...ministryMessages.en, ...backupMessages.en },
  az: { ...baseMessages.az, ...bundleMessages.az, ...ministryMessages.az, ...backupMessages.az },
  ru: { ...baseMessages.ru, ...bundleMessages.ru, ...ministryMessages.ru, ...backupMessages.ru },
};

export type CliMessageKey = keyof (typeof cliMessages)['en'];

/** The CLI's language: --lang, else KORPU_LANG, else the locale in LANG, else English. */
export function cliLanguage(explicit: string | null, env: NodeJS.ProcessEnv): Language {
  const candidates = [explicit, env.KORPU_LANG, env.LC_ALL, env.LANG].map((value) => value?.slice(0, 2).toLowerCase());
  return (candidates.find((value) => (languages as readonly (string | undefined)[]).includes(value)) as Language) ?? 'en';
}

/** A CLI sentence in `language`. */
export function cliText(language: Language, key: CliMessageKey, params: Record<string, string | number> = {}): string {
  return interpolate(cliMessages[language][key], params);
}

/** Codes whose English message is the precise reason (which part of the input is wrong): printed under the sentence. */
const PRECISE_CODES: readonly string[] = ['MINISTRY_KEYS_INVALID'];

/** A core error as sentences: the code's message (and its precise reason), then each field with its problem. */
export function describeError(language: Language, error: AppErrorShape): string {
  const messages = contractMessages[language];
  const headline = messages.errors[error.code];
  const detail = PRECISE_CODES.includes(error.code) ? [`  ${error.message}`] : [];
  // A field issue that only repeats the code says nothing the headline has not said.
  const issues = (error.details?.issues ?? [])
    .filter((issue) => issue.message !== `errors.${error.code}`)
    .map((issue) => {
      const text = (messages.validation as Record<string, string>)[issue.message.replace(/^validation\./, '')] ?? issue.message;
      return `  ${issue.path}: ${interpolate(text, issue.params ?? {})}`;
    });
  return [headline, ...detail, ...issues].join('\n');
}
