import type { Language } from '../contract/common';

/** Every label of the application menu. */
export type MenuLabels = {
  appMenu: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  file: string;
  quit: string;
  closeWindow: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
};

/**
 * The menu in each UI language. Explicit labels on every item: a role's built-in label follows
 * the OS language, and Electron has no Azerbaijani strings, so an az user would see English.
 * `Record<Language, MenuLabels>` makes a missing label in any language a type error.
 */
export const menuLabels: Record<Language, MenuLabels> = {
  az: {
    appMenu: 'Körpü',
    about: 'Körpü haqqında',
    services: 'Xidmətlər',
    hide: 'Körpünü gizlət',
    hideOthers: 'Digərlərini gizlət',
    unhide: 'Hamısını göstər',
    file: 'Fayl',
    quit: 'Çıxış',
    closeWindow: 'Pəncərəni bağla',
    edit: 'Redaktə',
    undo: 'Geri al',
    redo: 'Təkrarla',
    cut: 'Kəs',
    copy: 'Kopyala',
    paste: 'Yapışdır',
    selectAll: 'Hamısını seç',
    view: 'Görünüş',
    reload: 'Yenidən yüklə',
    toggleDevTools: 'Tərtibatçı alətləri',
    resetZoom: 'Həqiqi ölçü',
    zoomIn: 'Böyüt',
    zoomOut: 'Kiçilt',
    toggleFullScreen: 'Tam ekran',
    window: 'Pəncərə',
    minimize: 'Kiçilt',
    close: 'Bağla',
    help: 'Kömək',
  },
  ru: {
    appMenu: 'Körpü',
    about: 'О программе Körpü',
    services: 'Службы',
    hide: 'Скрыть Körpü',
    hideOthers: 'Скрыть остальные',
    unhide: 'Показать все',
    file: 'Файл',
    quit: 'Выход',
    closeWindow: 'Закрыть окно',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    reload: 'Перезагрузить',
    toggleDevTools: 'Инструменты разработчика',
    resetZoom: 'Фактический размер',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    toggleFullScreen: 'Во весь экран',
    window: 'Окно',
    minimize: 'Свернуть',
    close: 'Закрыть',
    help: 'Справка',
  },
  en: {
    appMenu: 'Körpü',
    about: 'About Körpü',
    services: 'Services',
    hide: 'Hide Körpü',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    file: 'File',
    quit: 'Quit',
    closeWindow: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close',
    help: 'Help',
  },
};
