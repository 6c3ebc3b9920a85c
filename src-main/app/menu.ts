import type { MenuItemConstructorOptions } from 'electron';
import { app, Menu } from 'electron';

import type { Language } from '../contract/common';
import { menuLabels } from './menu-labels';

export type MenuPlatform = {
  /** macOS puts About, Hide and Quit in an application menu named after the app. */
  isMac: boolean;
  /** Development builds get Reload and the developer tools; a release has neither. */
  isDev: boolean;
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in one language. Standard items use roles (native behaviour and
 * accelerators) with an explicit translated label, so none falls back to the OS language.
 */
export function menuTemplate(language: Language, { isMac, isDev }: MenuPlatform): MenuItemConstructorOptions[] {
  const t = menuLabels[language];
  const appMenu: MenuItemConstructorOptions = {
    label: t.appMenu,
    submenu: [
      { role: 'about', label: t.about },
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: isMac ? [{ role: 'close', label: t.closeWindow }] : [{ role: 'quit', label: t.quit }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.toggleDevTools }, separator]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      { role: 'close', label: t.close },
    ],
  };
  // On macOS, About lives in the application menu; elsewhere in Help.
  const helpMenu: MenuItemConstructorOptions = { label: t.help, submenu: [{ role: 'about', label: t.about }] };
  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/**
 * Sets the application menu in `language` (at start, and again when the signed-in user's language
 * changes). Developer items only in an unpackaged app.
 */
export function applyMenu(language: Language, isDev: boolean = !app.isPackaged): void {
  app.setAboutPanelOptions({ applicationName: 'Körpü', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, { isMac: process.platform === 'darwin', isDev })));
}
