import { crc32 } from 'node:zlib';

/**
 * A zip writer that writes what it is told, for tests of readers that must refuse it: any member
 * names (paths, absolute, non-ASCII), any number of members, sizes that lie, another compression
 * method. `writeZip` in the app refuses all of these, by design.
 */

export type RawMember = {
  name: string;
  data: Uint8Array;
  /** The size the headers claim (default: the data's). */
  declaredSize?: number;
  /** Where the lie is told: the central directory, the local header, or both (default). */
  lieIn?: 'central' | 'local' | 'both';
  /** The compression method the headers claim (default 0, stored). */
  method?: number;
};

/** A zip of `members` in the given order, with a correct CRC of each member's data. */
export function rawZip(members: readonly RawMember[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const name = Buffer.from(member.name, 'utf8');
    const data = Buffer.from(member.data);
    const crc = crc32(data);
    const claimed = member.declaredSize ?? data.length;
    const lieIn = member.lieIn ?? 'both';
    const localSize = lieIn === 'central' ? data.length : claimed;
    const centralSize = lieIn === 'local' ? data.length : claimed;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(member.method ?? 0, 8);
    local.writeUInt16LE(0x0021, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(localSize >>> 0, 18);
    local.writeUInt32LE(localSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(member.method ?? 0, 10);
    entry.writeUInt16LE(0x0021, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(centralSize >>> 0, 20);
    entry.writeUInt32LE(centralSize >>> 0, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length & 0xffff, 8);
  end.writeUInt16LE(members.length & 0xffff, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
