import type { Language } from '../contract/common';
import { languages } from '../contract/common';
import type { AppErrorShape } from '../contract/errors';
import { contractMessages, interpolate } from '../contract/messages';

const cliMessages = {
  en: {
    usage: `Usage: npm run cli -- <command> [options]

Commands:
  init     set up a new installation without the wizard
  --help   show this help

init --data-dir DIR --institution-code CODE --institution-name NAME --region REGION
     --director-login LOGIN --password-stdin
     [--institution-type TYPE] [--director-name "FULL NAME"] [--lang az|ru|en]
  Creates the encrypted database in DIR, the institution profile and the first director.
  The password is read from standard input (first line). TYPE defaults to children_home;
  REGION and TYPE are reference codes (e.g. baku, sheki-district).

Exit codes: 0 done, 1 refused (the reason is printed), 2 bad arguments.`,
    badArguments: 'Bad arguments: {{reason}}. See npm run cli -- --help',
    noPassword: 'No password on standard input',
    unknownCommand: 'unknown command "{{command}}"',
    unknownOption: 'the options do not fit ({{detail}})',
    missingOptions: 'missing {{options}}',
    passwordStdinRequired: '--password-stdin is required: the password is read from standard input, never from arguments',
    initDone: 'Körpü is set up in {{dir}}: institution {{code}}, director "{{login}}".',
    refused: 'Refused: {{reason}}',
  },
  az: {
    usage: `İstifadə: npm run cli -- <əmr> [seçimlər]

Əmrlər:
  init     yeni quraşdırmanı sehrbazsız qurmaq
  --help   bu köməyi göstərmək

init --data-dir QOVLUQ --institution-code KOD --institution-name AD --region REGION
     --director-login LOGİN --password-stdin
     [--institution-type NÖV] [--director-name "AD SOYAD"] [--lang az|ru|en]
  QOVLUQ-da şifrələnmiş verilənlər bazasını, müəssisə profilini və ilk direktoru yaradır.
  Parol standart girişdən (birinci sətir) oxunur. NÖV susmaya görə children_home-dur;
  REGION və NÖV soraq kodlarıdır (məs. baku, sheki-district).

Çıxış kodları: 0 hazır, 1 rədd edildi (səbəb çap olunur), 2 yanlış arqumentlər.`,
    badArguments: 'Yanlış arqumentlər: {{reason}}. Baxın: npm run cli -- --help',
    noPassword: 'Standart girişdə parol yoxdur',
    unknownCommand: 'naməlum əmr "{{command}}"',
    unknownOption: 'seçimlər uyğun deyil ({{detail}})',
    missingOptions: '{{options}} göstərilməyib',
    passwordStdinRequired: '--password-stdin mütləqdir: parol arqumentlərdən yox, standart girişdən oxunur',
    initDone: 'Körpü {{dir}} qovluğunda quraşdırıldı: müəssisə {{code}}, direktor "{{login}}".',
    refused: 'Rədd edildi: {{reason}}',
  },
  ru: {
    usage: `Использование: npm run cli -- <команда> [параметры]

Команды:
  init     настроить новую установку без мастера
  --help   показать эту справку

init --data-dir ПАПКА --institution-code КОД --institution-name НАЗВАНИЕ --region РЕГИОН
     --director-login ЛОГИН --password-stdin
     [--institution-type ТИП] [--director-name "ФИО"] [--lang az|ru|en]
  Создаёт в ПАПКЕ зашифрованную базу данных, профиль учреждения и первого директора.
  Пароль читается со стандартного ввода (первая строка). ТИП по умолчанию children_home;
  РЕГИОН и ТИП — коды справочников (например, baku, sheki-district).

Коды выхода: 0 готово, 1 отказ (причина печатается), 2 неверные аргументы.`,
    badArguments: 'Неверные аргументы: {{reason}}. Справка: npm run cli -- --help',
    noPassword: 'На стандартном вводе нет пароля',
    unknownCommand: 'неизвестная команда «{{command}}»',
    unknownOption: 'параметры не подходят ({{detail}})',
    missingOptions: 'не указаны {{options}}',
    passwordStdinRequired: 'нужен --password-stdin: пароль читается со стандартного ввода, а не из аргументов',
    initDone: 'Körpü настроен в {{dir}}: учреждение {{code}}, директор «{{login}}».',
    refused: 'Отказ: {{reason}}',
  },
} satisfies Record<Language, Record<string, string>>;

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

/** A core error as sentences: the code's message, then each field with its problem. */
export function describeError(language: Language, error: AppErrorShape): string {
  const messages = contractMessages[language];
  const headline = messages.errors[error.code];
  const issues = (error.details?.issues ?? []).map((issue) => {
    const text = (messages.validation as Record<string, string>)[issue.message.replace(/^validation\./, '')] ?? issue.message;
    return `  ${issue.path}: ${interpolate(text, issue.params ?? {})}`;
  });
  return [headline, ...issues].join('\n');
}
