
import type { Language } from '@contract/common';
import { languages } from '@contract/common';
import { contractMessages } from '@contract/messages';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import az from './az.json';
import en from './en.json';
import ru from './ru.json';

type Tree = { [key: string]: string | Tree };

/** Each feature may keep its own strings in `features/<name>/messages/<lang>.json`. */
const featureFiles = import.meta.glob<Tree>('../features/*/messages/*.json', { eager: true, import: 'default' });

/** The strings every feature brings for one language, merged (each feature owns its top-level keys). */
export function featureMessages(language: Language): Tree {
  const merged: Tree = {};
  for (const [file, tree] of Object.entries(featureFiles)) {
    if (file.endsWith(`/messages/${language}.json`)) {
      Object.assign(merged, tree);
    }
  }
  return merged;
}

/** UI strings merged with the features' and the contract's messages, per language. */
export const resources = {
  az: { translation: { ...az, ...featureMessages('az'), ...contractMessages.az } },
  ru: { translation: { ...ru, ...featureMessages('ru'), ...contractMessages.ru } },
  en: { translation: { ...en, ...featureMessages('en'), ...contractMessages.en } },
} as const;

const STORAGE_KEY = 'korpu.language';

/** The language chosen last on this computer (used before anyone signs in), if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the language on this computer for the next start. */
export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode); the language still applies for this session.
  }
}

/** True for one of the UI languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Starts i18next in `language` (Azerbaijani when unsure). */
export async function initI18n(language: Language = 'az') {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'az',
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return i18next;
}

/** The current UI language. */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'az';
}
