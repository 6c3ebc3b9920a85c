/** The export's file name for a local day, e.g. `korpu-audit-2026-11-25.csv`. */
export function auditCsvFileName(day: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `korpu-audit-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.csv`;
}

/**
 * Saves text as a file through the browser's own download: a Blob behind a temporary link. Works
 * in the sandboxed page, with no access to the file system.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has its own reference by now; the URL is not needed any more.
    URL.revokeObjectURL(url);
  }
}
