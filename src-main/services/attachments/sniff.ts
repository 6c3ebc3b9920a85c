import type { AttachmentMimeType } from '../../contract/attachments';

const SIGNATURES: readonly { type: AttachmentMimeType; magic: Buffer }[] = [
  { type: 'application/pdf', magic: Buffer.from('%PDF-', 'latin1') },
  { type: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { type: 'image/png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
];

/** The extensions a file of each type may carry; the first is the one we add. */
const EXTENSIONS: Record<AttachmentMimeType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

const ALL_EXTENSIONS = new Set(Object.values(EXTENSIONS).flat());

/** The type of a file by its first bytes (never its name), or null when it is none we take. */
export function sniffFileType(bytes: Uint8Array): AttachmentMimeType | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 16));
  return SIGNATURES.find(({ magic }) => head.subarray(0, magic.length).equals(magic))?.type ?? null;
}

/**
 * Characters that no file name should carry: controls, invisible formatting (bidi overrides), halves
 * of a character (lone surrogates, which no UTF-8 file system can write), and those Windows refuses.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}<>:"|?*]/gu;

/** Names Windows keeps for devices, with any extension after them (`NUL.pdf` is the device too). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Longest name in UTF-8 bytes that every common file system accepts. */
const MAX_NAME_BYTES = 255;

function truncateUtf8(text: string, maxBytes: number): string {
  let out = '';
  let used = 0;
  for (const char of text) {
    used += Buffer.byteLength(char, 'utf8');
    if (used > maxBytes) {
      break;
    }
    out += char;
  }
  return out;
}

/**
 * A safe name for a stored file: only the last path segment (a name like `../../etc/passwd.pdf`
 * or `C:\x\y.pdf` keeps just `passwd.pdf` / `y.pdf`), without control or invisible characters and
 * leading dots, never a Windows device name (`CON.pdf` becomes `_CON.pdf`), at most 255 bytes,
 * Unicode letters kept; its extension made to fit the sniffed type.
 */
export function safeFileName(name: string, type: AttachmentMimeType): string {
  const base = (name.normalize('NFC').split(/[/\\]/).at(-1) ?? '').replace(UNSAFE, '').trim();
  const dot = base.lastIndexOf('.');
  const extension = dot >= 0 ? base.slice(dot + 1).toLowerCase() : '';
  const wanted = EXTENSIONS[type];
  let stem = base;
  let suffix = `.${wanted[0]!}`;
  if (wanted.includes(extension)) {
    stem = base.slice(0, dot);
    suffix = base.slice(dot);
  } else if (ALL_EXTENSIONS.has(extension)) {
    // A PNG named `.pdf`: the name's type is wrong, so its extension is replaced, not stacked.
    stem = base.slice(0, dot);
  }
  // Leading dots hide a file (and `..` climbs); trailing dots and spaces vanish on Windows.
  const trimmed = stem.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  // `CON.pdf` cannot be saved on Windows: a device name gets a prefix that makes it a file name.
  const prefix = WINDOWS_DEVICE.test((trimmed.split('.')[0] ?? '').trimEnd()) ? '_' : '';
  const kept = truncateUtf8(trimmed, MAX_NAME_BYTES - prefix.length - Buffer.byteLength(suffix, 'utf8')).replace(/[.\s]+$/, '');
  return `${kept === '' ? 'file' : `${prefix}${kept}`}${suffix}`;
}
