import type { DownloadItem, Event, Session } from 'electron';

import type { Logger } from '../platform/logger';

/** The parts of a session the download guard attaches to (a fake in tests). */
export type DownloadSession = Pick<Session, 'on'>;

/**
 * True for a download the page itself made (a case file PDF, an audit CSV, an attachment): a blob:
 * or data: URL. Anything fetched from elsewhere is not ours to save.
 */
export function isOwnDownload(url: string): boolean {
  return url.startsWith('blob:') || url.startsWith('data:');
}

/**
 * Lets the page save the files it generates, always through the operating system's save dialog
 * (the user chooses where personal data goes, e.g. not a shared folder), starting in `startDir`;
 * refuses every other download.
 */
export function guardDownloads(target: DownloadSession, options: { startDir: () => string; logger: Logger }): void {
  target.on('will-download', (event: Event, item: DownloadItem) => {
    if (!isOwnDownload(item.getURL())) {
      options.logger.log('warn', 'download.refused');
      event.preventDefault();
      return;
    }
    // No save path is set, so Electron asks with its save dialog, starting here.
    item.setSaveDialogOptions({ defaultPath: `${options.startDir()}/${item.getFilename()}` });
  });
}
