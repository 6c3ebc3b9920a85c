import { roles } from '@contract/common';
import { errorCodes } from '@contract/errors';
import { contractMessages } from '@contract/messages';
import { describe, expect, it } from 'vitest';

import az from './az.json';
import en from './en.json';
import { featureMessages, resources } from './i18n';
import ru from './ru.json';

type Tree = { [key: string]: string | Tree };

const ui: Record<string, Tree> = { az, ru, en };

/** Every leaf of a nested message tree, as dotted key → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') {
      leaves.set(path, value);
    } else {
      for (const [leaf, text] of flatten(value, path)) {
        leaves.set(leaf, text);
      }
    }
  }
  return leaves;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!).sort();
}

/** What the renderer's i18next sees: UI strings merged with the features' and the contract's messages. */
const merged = {
  az: flatten(resources.az.translation),
  ru: flatten(resources.ru.translation),
  en: flatten(resources.en.translation),
};

// Source files as text, through Vite's glob import: the renderer's tsconfig has no Node types.
const rendererSources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const coreSources = import.meta.glob<string>(['../../src-main/**/*.ts', '!../../src-main/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Literal keys the renderer looks up: t('a.b'), t(`a.b`) and `key: 'a.b'` in menus. */
function keysUsedInSource(): Set<string> {
  const used = new Set<string>();
  const patterns = [
    /\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g,
    /\bt\(\s*`([a-zA-Z]+\.[a-zA-Z.]+)`/g,
    /\bkey:\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g,
  ];
  for (const text of Object.values(rendererSources)) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        used.add(match[1]!);
      }
    }
  }
  return used;
}

describe('UI translations (screens and contract messages together)', () => {
  it('have the same keys in Azerbaijani, Russian and English', () => {
    const english = [...merged.en.keys()].sort();
    expect([...merged.az.keys()].sort()).toEqual(english);
    expect([...merged.ru.keys()].sort()).toEqual(english);
  });

  it('have no empty text', () => {
    const empty = Object.entries(merged).flatMap(([language, leaves]) =>
      [...leaves].filter(([, text]) => text.trim() === '').map(([key]) => `${language}: ${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('keep every placeholder of the English text in the other languages', () => {
    const lost: string[] = [];
    for (const [key, text] of merged.en) {
      for (const language of ['az', 'ru'] as const) {
        const other = merged[language].get(key) ?? '';
        for (const name of placeholders(text)) {
          if (!placeholders(other).includes(name)) {
            lost.push(`${language}: ${key} lacks {{${name}}}`);
          }
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it('cover every key the screens look up', () => {
    const used = keysUsedInSource();
    // Guards the scan itself: the layout's menu and the sign-in page are known to use these.
    expect(used).toContain('nav.home');
    expect(used).toContain('auth.signIn');
    const missing = Object.entries(merged).flatMap(([language, leaves]) =>
      [...used].filter((key) => !leaves.has(key)).map((key) => `${language}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('let each feature own its top-level keys (no feature overrides another string)', () => {
    for (const language of ['az', 'ru', 'en'] as const) {
      const base = new Set([...Object.keys(ui[language]!), ...Object.keys(contractMessages[language])]);
      expect(Object.keys(featureMessages(language)).filter((key) => base.has(key))).toEqual([]);
    }
  });

  it('name every role in every language', () => {
    const missing = Object.entries(merged).flatMap(([language, leaves]) =>
      roles.filter((role) => !leaves.has(`roles.${role}`)).map((role) => `${language}: roles.${role}`),
    );
    expect(missing).toEqual([]);
  });

  it('explain every error code in every language', () => {
    const missing = Object.entries(merged).flatMap(([language, leaves]) =>
      errorCodes.filter((code) => !leaves.has(`errors.${code}`)).map((code) => `${language}: errors.${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('explain every validation problem the core or the screens can report, in every language', () => {
    const used = new Set<string>();
    for (const text of [...Object.values(coreSources), ...Object.values(rendererSources)]) {
      for (const match of text.matchAll(/validation\.[a-zA-Z]+/g)) {
        used.add(match[0]);
      }
    }
    // Guards the scan itself: the contract and the reference service are known to use these.
    expect(used).toContain('validation.passwordContainsLogin');
    expect(used).toContain('validation.unknownCode');
    const missing = Object.entries(merged).flatMap(([language, leaves]) =>
      [...used].filter((key) => !leaves.has(key)).map((key) => `${language}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
