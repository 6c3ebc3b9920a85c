import { base64ToBytes } from './file-upload';

/**
 * Saves base64 content (the case file PDF, an attachment) through the browser's own download: a Blob
 * behind a temporary link, which works in the sandboxed page without file-system access.
 */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download holds its own reference by now.
    URL.revokeObjectURL(url);
  }
}
