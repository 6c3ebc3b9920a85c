import { crc32 } from 'node:zlib';

/**
 * The container of bundles and receipts: a plain zip (stock `unzip` opens it) written in one
 * canonical shape — stored members, no extra fields or comments, fixed timestamps — and read back
 * strictly: anything but that exact shape is refused, so that every byte of the file is covered by
 * a check (a header field, a CRC, or the signed hashes inside).
 */

export type ZipMember = { name: string; data: Uint8Array };

/** Where a member's bytes sit in the file, as the central directory states them. */
export type ZipEntry = { name: string; offset: number; size: number; crc32: number };

/** Random access to the file being read (a buffer in tests, a file descriptor for big files). */
export type ZipSource = { size: number; read(offset: number, length: number): Buffer };

export type ZipLimits = {
  /** The member names, in order, that the file must hold exactly. */
  names: readonly string[];
  /** The largest size each member may have, in bytes. */
  maxSize: (name: string) => number;
};

export class ZipFormatError extends Error {}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const VERSION = 20;
const DOS_DATE = 0x0021; // 1980-01-01: the content's own dates are in the signed manifest
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Writes the canonical zip of `members`. */
export function writeZip(members: readonly ZipMember[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    if (!NAME.test(member.name)) {
      throw new Error(`Bad member name ${member.name}`);
    }
    const name = Buffer.from(member.name, 'ascii');
    const crc = crc32(member.data);
    const local = header(LOCAL_SIZE, LOCAL, [VERSION, 0, 0, 0, DOS_DATE], crc, member.data.length, name.length, null);
    parts.push(local, name, Buffer.from(member.data.buffer, member.data.byteOffset, member.data.length));
    central.push(header(CENTRAL_SIZE, CENTRAL, [VERSION, VERSION, 0, 0, 0, DOS_DATE], crc, member.data.length, name.length, offset), name);
    offset += LOCAL_SIZE + name.length + member.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Reads and checks the structure of a canonical zip; member data is checked with `readMember`. */
export function readZipEntries(source: ZipSource, limits: ZipLimits): ZipEntry[] {
  const count = limits.names.length;
  if (source.size < END_SIZE) {
    throw new ZipFormatError('The file is too short to be a bundle');
  }
  const end = source.read(source.size - END_SIZE, END_SIZE);
  const directorySize = end.readUInt32LE(12);
  const directoryOffset = end.readUInt32LE(16);
  if (
    end.readUInt32LE(0) !== END || end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0 ||
    end.readUInt16LE(8) !== count || end.readUInt16LE(10) !== count || end.readUInt16LE(20) !== 0 ||
    directoryOffset + directorySize + END_SIZE !== source.size
  ) {
    throw new ZipFormatError('The end of the zip directory is not as Körpü writes it');
  }
  // The directory's size follows from the names: a forged size must not make the reader allocate.
  const expectedSize = limits.names.reduce((sum, name) => sum + CENTRAL_SIZE + name.length, 0);
  if (directorySize !== expectedSize) {
    throw new ZipFormatError('The zip directory does not list exactly the expected members');
  }
  const directory = source.read(directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let position = 0;
  let expectedOffset = 0;
  for (const expectedName of limits.names) {
    const entry = readCentral(directory, position, expectedName, expectedOffset);
    if (entry.size > limits.maxSize(expectedName)) {
      throw new ZipFormatError(`The member ${expectedName} is larger than allowed`);
    }
    checkLocal(source, entry);
    entries.push(entry);
    position += CENTRAL_SIZE + expectedName.length;
    expectedOffset = entry.offset + LOCAL_SIZE + expectedName.length + entry.size;
  }
  if (position !== directorySize || expectedOffset !== directoryOffset) {
    throw new ZipFormatError('The zip directory does not cover the file exactly');
  }
  return entries;
}

/** The bytes of a member, with their CRC checked. */
export function readMember(source: ZipSource, entry: ZipEntry): Buffer {
  const data = source.read(entry.offset + LOCAL_SIZE + entry.name.length, entry.size);
  if (crc32(data) !== entry.crc32) {
    throw new ZipFormatError(`The member ${entry.name} is damaged (CRC mismatch)`);
  }
  return data;
}

/** A source over bytes in memory. */
export function bufferSource(bytes: Uint8Array): ZipSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    size: buffer.length,
    read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > buffer.length) {
        throw new ZipFormatError('The zip points outside the file');
      }
      return buffer.subarray(offset, offset + length);
    },
  };
}

function header(size: number, signature: number, shorts: number[], crc: number, length: number, nameLength: number, centralOffset: number | null): Buffer {
  const out = Buffer.alloc(size);
  out.writeUInt32LE(signature, 0);
  let at = 4;
  for (const value of shorts) {
    out.writeUInt16LE(value, at);
    at += 2;
  }
  out.writeUInt32LE(crc, at);
  out.writeUInt32LE(length, at + 4);
  out.writeUInt32LE(length, at + 8);
  out.writeUInt16LE(nameLength, at + 12);
  out.writeUInt16LE(0, at + 14); // no extra field
  at += 16;
  // Central directory only: comment length, disk, internal and external attributes (16, 16, 16, 32 bits), offset.
  if (centralOffset !== null) {
    out.writeUInt32LE(centralOffset, at + 10); // the rest is zero: Buffer.alloc
  }
  return out;
}

function readCentral(directory: Buffer, position: number, name: string, expectedOffset: number): ZipEntry {
  if (position + CENTRAL_SIZE + name.length > directory.length) {
    throw new ZipFormatError('The zip directory is cut short');
  }
  const fixed = directory.subarray(position, position + CENTRAL_SIZE);
  const size = fixed.readUInt32LE(24);
  const storedName = directory.subarray(position + CENTRAL_SIZE, position + CENTRAL_SIZE + fixed.readUInt16LE(28)).toString('latin1');
  const expected = header(CENTRAL_SIZE, CENTRAL, [VERSION, VERSION, 0, 0, 0, DOS_DATE], fixed.readUInt32LE(16), size, name.length, expectedOffset);
  if (storedName !== name) {
    throw new ZipFormatError(`Expected the member ${name}, found ${JSON.stringify(storedName)}`);
  }
  if (!fixed.equals(expected)) {
    throw new ZipFormatError(`The directory entry of ${name} is not as Körpü writes it`);
  }
  return { name, offset: expectedOffset, size, crc32: fixed.readUInt32LE(16) };
}

function checkLocal(source: ZipSource, entry: ZipEntry): void {
  const local = source.read(entry.offset, LOCAL_SIZE + entry.name.length);
  const expected = header(LOCAL_SIZE, LOCAL, [VERSION, 0, 0, 0, DOS_DATE], entry.crc32, entry.size, entry.name.length, null);
  if (!local.subarray(0, LOCAL_SIZE).equals(expected) || local.subarray(LOCAL_SIZE).toString('latin1') !== entry.name) {
    throw new ZipFormatError(`The local header of ${entry.name} does not match the directory`);
  }
}
