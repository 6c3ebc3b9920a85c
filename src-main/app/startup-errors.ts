import type { Language } from '../contract/common';
import { AppError } from '../contract/errors';
import { contractMessages, interpolate } from '../contract/messages';
import type { KeyringProblem } from './safe-storage-store';
import { KeyringRefusedError } from './safe-storage-store';

/** The UI language for an OS locale such as `ru-RU` or `az-Latn-AZ`; Azerbaijani when unknown. */
export function languageOfLocale(locale: string): Language {
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'ru' || primary === 'en' ? primary : 'az';
}

type StartupCatalog = {
  title: string;
  keyring: Record<KeyringProblem, string>;
  unexpected: string;
  latestBackup: string;
};

/**
 * The few messages Körpü may need before its window exists, so before the renderer's i18n.
 * Every one ends by saying nothing was deleted: a refusal must never look like data loss.
 */
const startupCatalog: Record<Language, StartupCatalog> = {
  az: {
    title: 'Körpü başlaya bilmir',
    keyring: {
      'encryption-unavailable':
        'Əməliyyat sistemi verilənlər bazasının açarını şifrələyə bilmir. Linux-da gnome-keyring və ya KWallet kimi açar anbarını quraşdırın və kilidini açın, sonra Körpünü yenidən başladın. Heç nə silinmədi.',
      'basic-text-backend':
        'Masaüstü açar anbarı tapılmadı, ona görə açar şifrələnmədən saxlanardı. gnome-keyring və ya KWallet quraşdırın və kilidini açın, sonra Körpünü yenidən başladın. Heç nə silinmədi.',
    },
    unexpected:
      'Başlanğıcda gözlənilməz xəta baş verdi. Təfərrüatlar jurnal faylındadır: {{logFile}}. Heç nə silinmədi.',
    latestBackup: 'Ən son ehtiyat nüsxə: {{path}}. Onu “restore --from” əmri ilə bərpa edin; zədələnmiş baza bərpadan əvvəl saxlanılır.',
  },
  ru: {
    title: 'Не удалось запустить Körpü',
    keyring: {
      'encryption-unavailable':
        'Операционная система не может зашифровать ключ базы данных. В Linux установите и разблокируйте хранилище ключей, например gnome-keyring или KWallet, затем снова запустите Körpü. Ничего не удалено.',
      'basic-text-backend':
        'Хранилище ключей рабочего стола не найдено, поэтому ключ был бы сохранён без шифрования. Установите и разблокируйте gnome-keyring или KWallet, затем снова запустите Körpü. Ничего не удалено.',
    },
    unexpected: 'При запуске произошла непредвиденная ошибка. Подробности в журнале: {{logFile}}. Ничего не удалено.',
    latestBackup: 'Последняя резервная копия: {{path}}. Восстановите её командой «restore --from»; повреждённая база будет сохранена перед восстановлением.',
  },
  en: {
    title: 'Körpü cannot start',
    keyring: {
      'encryption-unavailable':
        'The operating system cannot encrypt the database key. On Linux, install and unlock a keyring such as gnome-keyring or KWallet, then start Körpü again. Nothing was deleted.',
      'basic-text-backend':
        'No desktop keyring was found, so the key would be stored without encryption. Install and unlock gnome-keyring or KWallet, then start Körpü again. Nothing was deleted.',
    },
    unexpected: 'An unexpected error stopped Körpü from starting. Details are in the log file: {{logFile}}. Nothing was deleted.',
    latestBackup: 'The latest backup: {{path}}. Restore it with the “restore --from” command; the damaged database is kept before the restore.',
  },
};

/**
 * The title and text of the error box shown when the core cannot be opened: the contract's
 * translation for an AppError (DB_NEWER_THAN_APP, DB_KEY_MISSING, ...), the keyring advice for a
 * refused keyring, else a pointer to the log file.
 */
export function startupErrorText(error: unknown, language: Language, logFile: string): { title: string; message: string } {
  const catalog = startupCatalog[language];
  if (error instanceof KeyringRefusedError) {
    return { title: catalog.title, message: catalog.keyring[error.problem] };
  }
  if (error instanceof AppError) {
    const message = contractMessages[language].errors[error.code];
    const latest = error.details?.['latestBackup'];
    // A damaged database: name the newest backup to restore, when there is one.
    return { title: catalog.title, message: typeof latest === 'string' ? `${message}\n\n${interpolate(catalog.latestBackup, { path: latest })}` : message };
  }
  return { title: catalog.title, message: interpolate(catalog.unexpected, { logFile }) };
}
