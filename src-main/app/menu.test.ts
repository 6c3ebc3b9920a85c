import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { languages } from '../contract/common';
import { applyMenu, menuTemplate } from './menu';

const fake = vi.hoisted(() => ({
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
  setAboutPanelOptions: vi.fn(),
}));

vi.mock('electron', () => ({
  app: { isPackaged: true, getVersion: () => '1.2.3', setAboutPanelOptions: fake.setAboutPanelOptions },
  Menu: { buildFromTemplate: fake.buildFromTemplate, setApplicationMenu: fake.setApplicationMenu },
}));

/** Every item of a template, submenus included. */
function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

const platforms = [
  { isMac: false, isDev: false },
  { isMac: false, isDev: true },
  { isMac: true, isDev: false },
  { isMac: true, isDev: true },
];

describe('application menu', () => {
  it.each(languages)('gives every item an explicit, non-empty label in %s', (language) => {
    for (const platform of platforms) {
      for (const item of allItems(menuTemplate(language, platform))) {
        if (item.type !== 'separator') {
          expect(item.label?.trim(), `${language} ${JSON.stringify(platform)} ${item.role ?? ''}`).toBeTruthy();
        }
      }
    }
  });

  it('speaks Azerbaijani in az', () => {
    const template = menuTemplate('az', { isMac: false, isDev: true });
    expect(template.map((item) => item.label)).toEqual(['Fayl', 'Redaktə', 'Görünüş', 'Pəncərə', 'Kömək']);
    const byRole = new Map(allItems(template).map((item) => [item.role, item.label]));
    expect(Object.fromEntries(byRole)).toMatchObject({
      quit: 'Çıxış',
      undo: 'Geri al',
      redo: 'Təkrarla',
      cut: 'Kəs',
      copy: 'Kopyala',
      paste: 'Yapışdır',
      selectAll: 'Hamısını seç',
      reload: 'Yenidən yüklə',
      togglefullscreen: 'Tam ekran',
      zoomIn: 'Böyüt',
      zoomOut: 'Kiçilt',
      resetZoom: 'Həqiqi ölçü',
      minimize: 'Kiçilt',
      close: 'Bağla',
      about: 'Körpü haqqında',
    });
  });

  it('speaks Russian in ru and English in en', () => {
    expect(menuTemplate('ru', { isMac: false, isDev: false }).map((item) => item.label)).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка']);
    expect(menuTemplate('en', { isMac: false, isDev: false }).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('translates every label (none of az or ru is left in English)', () => {
    const en = allItems(menuTemplate('en', { isMac: true, isDev: true })).map((item) => item.label);
    for (const language of ['az', 'ru'] as const) {
      const labels = allItems(menuTemplate(language, { isMac: true, isDev: true })).map((item) => item.label);
      labels.forEach((label, index) => {
        if (label !== undefined && label !== 'Körpü') {
          expect(label, `${language} item ${index}`).not.toBe(en[index]);
        }
      });
    }
  });

  it('uses roles for the standard items, so they keep their native behaviour and shortcuts', () => {
    const roles = allItems(menuTemplate('az', { isMac: false, isDev: false })).map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom', 'minimize', 'close', 'about']),
    );
  });

  it('has Reload and the developer tools only in development', () => {
    for (const isMac of [false, true]) {
      const release = allItems(menuTemplate('az', { isMac, isDev: false })).map((item) => item.role);
      expect(release).not.toContain('toggleDevTools');
      expect(release).not.toContain('reload');
      expect(release).not.toContain('forceReload');
      const dev = allItems(menuTemplate('az', { isMac, isDev: true })).map((item) => item.role);
      expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    }
  });

  it('puts About, Hide and Quit in the application menu on macOS', () => {
    const [appMenu, fileMenu] = menuTemplate('az', { isMac: true, isDev: false });
    const appRoles = allItems(Array.isArray(appMenu?.submenu) ? appMenu.submenu : []).map((item) => item.role);
    expect(appRoles).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(fileMenu?.label).toBe('Fayl');
  });

  it('applyMenu sets the built template as the application menu, without developer items in a packaged app', () => {
    applyMenu('ru');
    const template = fake.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
    expect(template.some((item) => item.label === 'Правка')).toBe(true);
    expect(allItems(template).map((item) => item.role)).not.toContain('toggleDevTools');
    expect(fake.setApplicationMenu).toHaveBeenCalledWith({ template });
    expect(fake.setAboutPanelOptions).toHaveBeenCalledWith(expect.objectContaining({ applicationName: 'Körpü', applicationVersion: '1.2.3' }));
  });
});
