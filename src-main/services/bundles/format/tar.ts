/**
 * The payload's inner layout: a POSIX ustar archive of regular files (one JSON Lines file per table),
 * which stock `tar -x` unpacks. Written with fixed owner, mode and time; read back strictly.
 */

const BLOCK = 512;

export type TarFile = { name: string; data: Uint8Array };

export class TarFormatError extends Error {}

/** The 512-byte header of a regular file. `mtime` in seconds since 1970. */
export function tarHeader(name: string, size: number, mtime: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length === 0 || nameBytes.length > 100 || name.includes('/') || name.startsWith('.')) {
    throw new Error(`Bad tar member name ${name}`);
  }
  const header = Buffer.alloc(BLOCK);
  nameBytes.copy(header, 0);
  header.write('0000644\0', 100, 'ascii');
  header.write('0000000\0', 108, 'ascii');
  header.write('0000000\0', 116, 'ascii');
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  header.write(`${Math.floor(mtime).toString(8).padStart(11, '0')}\0`, 136, 'ascii');
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  header.write('0000000\0', 329, 'ascii');
  header.write('0000000\0', 337, 'ascii');
  header.write(`${checksum(header).toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

/** Zero bytes that fill a member of `size` bytes up to the next block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The two zero blocks that end an archive. */
export const TAR_END = Buffer.alloc(BLOCK * 2);

/** A whole archive in memory. */
export function writeTar(files: readonly TarFile[], mtime: number): Buffer {
  const parts: Uint8Array[] = [];
  for (const file of files) {
    parts.push(tarHeader(file.name, file.data.length, mtime), file.data, tarPadding(file.data.length));
  }
  parts.push(TAR_END);
  return Buffer.concat(parts);
}

/** Reads an archive written by `writeTar`: regular files only, checksums checked, nothing after the end. */
export function readTar(archive: Uint8Array, maxFiles = 64): TarFile[] {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.length);
  const files: TarFile[] = [];
  let at = 0;
  for (;;) {
    if (at + BLOCK > bytes.length) {
      throw new TarFormatError('The archive ends without its end marker');
    }
    const header = bytes.subarray(at, at + BLOCK);
    if (header.every((byte) => byte === 0)) {
      if (!bytes.subarray(at).every((byte) => byte === 0) || bytes.length - at !== TAR_END.length) {
        throw new TarFormatError('There are bytes after the end of the archive');
      }
      return files;
    }
    if (files.length >= maxFiles) {
      throw new TarFormatError('The archive holds too many files');
    }
    const { name, size } = parseHeader(header);
    const start = at + BLOCK;
    if (start + size > bytes.length) {
      throw new TarFormatError(`The file ${name} is cut short`);
    }
    files.push({ name, data: bytes.subarray(start, start + size) });
    at = start + size + tarPadding(size).length;
  }
}

/** Name and size of a regular file's header, after checking its checksum and type. */
export function parseHeader(header: Buffer): { name: string; size: number } {
  const stored = Number.parseInt(header.toString('ascii', 148, 154), 8);
  if (stored !== checksum(header) || header.toString('ascii', 257, 263) !== 'ustar\0') {
    throw new TarFormatError('A tar header is damaged');
  }
  if (header.toString('ascii', 156, 157) !== '0') {
    throw new TarFormatError('The archive holds something other than a regular file');
  }
  const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
  if (name === '' || name.includes('/') || name.startsWith('.') || header[345] !== 0) {
    throw new TarFormatError(`The archive holds a file with a forbidden name ${JSON.stringify(name)}`);
  }
  const size = Number.parseInt(header.toString('ascii', 124, 135), 8);
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new TarFormatError(`The size of ${name} is unreadable`);
  }
  return { name, size };
}

/** The header checksum: the sum of its bytes with the checksum field read as spaces. */
function checksum(header: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) {
    sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  }
  return sum;
}
