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
  restoreButton: string;
  quitButton: string;
  restoreFailed: string;
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
    latestBackup: 'Ən son ehtiyat nüsxə: {{path}}. Onu indi bərpa etmək olar; zədələnmiş baza bərpadan əvvəl saxlanılır.',
    restoreButton: 'Bu nüsxəni bərpa et',
    quitButton: 'Çıx',
    restoreFailed: 'Ehtiyat nüsxə bərpa olunmadı; heç nə dəyişmədi.',
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
    latestBackup: 'Последняя резервная копия: {{path}}. Её можно восстановить сейчас; повреждённая база будет сохранена перед восстановлением.',
    restoreButton: 'Восстановить эту копию',
    quitButton: 'Выйти',
    restoreFailed: 'Резервную копию восстановить не удалось; ничего не изменено.',
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
    latestBackup: 'The latest backup: {{path}}. It can be restored now; the damaged database is kept before the restore.',
    restoreButton: 'Restore this backup',
    quitButton: 'Quit',
    restoreFailed: 'The backup could not be restored; nothing was changed.',
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
  if (isAppError(error)) {
    const message = contractMessages[language].errors[error.code];
    const latest = error.details?.['latestBackup'];
    // A damaged database: name the newest backup to restore, when there is one.
    return { title: catalog.title, message: typeof latest === 'string' ? `${message}\n\n${interpolate(catalog.latestBackup, { path: latest })}` : message };
  }
  return { title: catalog.title, message: interpolate(catalog.unexpected, { logFile }) };
}

/**
 * For a damaged database with a backup to go back to: the backup's path and the dialog's buttons
 * (restore, quit); null for any other failure.
 */
export function damagedDatabaseChoice(error: unknown, language: Language): { latestBackup: string; buttons: [string, string]; restoreFailed: string } | null {
  const latest = isAppError(error) && error.code === 'DB_DAMAGED' ? error.details?.['latestBackup'] : undefined;
  if (typeof latest !== 'string') {
    return null;
  }
  const catalog = startupCatalog[language];
  return { latestBackup: latest, buttons: [catalog.restoreButton, catalog.quitButton], restoreFailed: catalog.restoreFailed };
}

/**
 * An AppError, also one made by another instance of the contract's module (a worker's, or a test's
 * fresh module graph), where `instanceof` would say no.
 */
function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError' && typeof (error as { code?: unknown }).code === 'string');
}
