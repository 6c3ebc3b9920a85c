import type { Language } from '../contract/common';

const en = {
  noPassphrase: 'there is no passphrase on standard input',
  backupMade: 'Backup {{file}} made in the data folder’s backups ({{count}} kept).',
  backupSaved: 'The backup, encrypted with the passphrase, was saved to {{path}}. Keep the passphrase apart from it: without it the backup cannot be opened.',
  restored: 'The backup of “{{name}}” made {{at}} is restored in {{dir}}; the database it replaced is kept in its backups folder.',
  restoredFresh: 'The backup of “{{name}}” made {{at}} is restored in {{dir}}.',
};

/** The backup commands' sentences, per language. */
export const backupMessages: Record<Language, typeof en> = {
  en,
  az: {
    noPassphrase: 'standart girişdə parol yoxdur',
    backupMade: '{{file}} ehtiyat nüsxəsi məlumat qovluğunun backups bölməsində yaradıldı (saxlanılır: {{count}}).',
    backupSaved: 'Parolla şifrələnmiş ehtiyat nüsxə {{path}} faylına yazıldı. Parolu ondan ayrı saxlayın: parolsuz nüsxə açılmır.',
    restored: '“{{name}}” ehtiyat nüsxəsi ({{at}}) {{dir}} qovluğunda bərpa edildi; əvəz olunan baza backups qovluğunda saxlanılır.',
    restoredFresh: '“{{name}}” ehtiyat nüsxəsi ({{at}}) {{dir}} qovluğunda bərpa edildi.',
  },
  ru: {
    noPassphrase: 'на стандартном вводе нет пароля',
    backupMade: 'Резервная копия {{file}} создана в папке backups каталога данных (хранится: {{count}}).',
    backupSaved: 'Резервная копия, зашифрованная паролем, сохранена в {{path}}. Храните пароль отдельно: без него копию не открыть.',
    restored: 'Резервная копия «{{name}}» от {{at}} восстановлена в {{dir}}; заменённая база сохранена в папке backups.',
    restoredFresh: 'Резервная копия «{{name}}» от {{at}} восстановлена в {{dir}}.',
  },
};
