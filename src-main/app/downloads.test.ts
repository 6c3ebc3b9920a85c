import type { DownloadItem, Event } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { memoryLogger } from '../platform/logger';
import { guardDownloads, isOwnDownload } from './downloads';

type Listener = (event: Event, item: DownloadItem) => void;

function session() {
  let listener: Listener | null = null;
  return {
    on: vi.fn((name: string, handler: Listener) => {
      if (name === 'will-download') {
        listener = handler;
      }
    }),
    download(url: string, filename: string) {
      const event = { preventDefault: vi.fn() } as unknown as Event;
      const item = { getURL: () => url, getFilename: () => filename, setSaveDialogOptions: vi.fn() };
      listener?.(event, item as unknown as DownloadItem);
      return { event, item };
    },
  };
}

describe('downloads', () => {
  it('saves files the page made through the save dialog, starting in the chosen folder', () => {
    const target = session();
    guardDownloads(target as never, { startDir: () => '/home/aynur/Documents', logger: memoryLogger() });
    const { event, item } = target.download('blob:app://korpu/5f0c', 'case-file-eliyeva-2026-11-25.pdf');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: '/home/aynur/Documents/case-file-eliyeva-2026-11-25.pdf' });
  });

  it('refuses a download from anywhere else', () => {
    const target = session();
    const logger = memoryLogger();
    guardDownloads(target as never, { startDir: () => '/tmp', logger });
    const { event, item } = target.download('https://evil.example/tool.exe', 'tool.exe');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(item.setSaveDialogOptions).not.toHaveBeenCalled();
    expect(logger.entries.map((entry) => entry.event)).toEqual(['download.refused']);
  });

  it('counts only blob: and data: URLs as the page’s own', () => {
    expect(isOwnDownload('blob:app://korpu/1')).toBe(true);
    expect(isOwnDownload('data:application/pdf;base64,JVBE')).toBe(true);
    expect(isOwnDownload('file:///etc/passwd')).toBe(false);
    expect(isOwnDownload('app://korpu/index.html')).toBe(false);
  });
});
