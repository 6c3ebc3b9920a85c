import { parseHeader, tarHeader, TarFormatError } from '../../bundles/format/tar';

/** What the archive's files are handed to, in order; any of these may throw to stop reading. */
export type TarSink = {
  /** A file starts (its header is checked); `size` bytes of `data` follow, then `end`. */
  begin(name: string, size: number): void;
  data(chunk: Uint8Array): void;
  end(): void;
};

const BLOCK = 512;
const END_MARKER = 2 * BLOCK;

/**
 * Reads the payload's ustar archive as it streams in, chunk by chunk of any size, holding at most
 * one header block: every header must be exactly the one Körpü writes for that name and size (owner
 * 0/0, mode 0644, time `mtime`), padding and the two-block end marker must be zero bytes, and
 * nothing may follow the end marker. Violations throw `TarFormatError`.
 */
export class TarStreamReader {
  private readonly header = Buffer.alloc(BLOCK);
  private state: 'header' | 'body' | 'padding' | 'end' | 'done' = 'header';
  /** Bytes still to come in the current state (header fill, body, padding or end marker). */
  private remaining = BLOCK;
  private name = '';
  private size = 0;

  constructor(
    private readonly sink: TarSink,
    private readonly mtime: number,
  ) {}

  /** Feeds the next bytes of the archive. */
  push(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length) {
      const take = Math.min(this.remaining, chunk.length - at);
      const part = chunk.subarray(at, at + take);
      const filled = BLOCK - this.remaining;
      at += take;
      this.remaining -= take;
      switch (this.state) {
        case 'header':
          this.header.set(part, filled);
          if (this.remaining === 0) {
            this.onHeader();
          }
          break;
        case 'body':
          this.sink.data(part);
          if (this.remaining === 0) {
            this.endFile();
          }
          break;
        case 'padding':
        case 'end':
          if (!part.every((byte) => byte === 0)) {
            throw new TarFormatError(this.state === 'end' ? 'The end marker of the archive is not zero bytes' : `The padding after ${this.name} is not zero bytes`);
          }
          if (this.remaining === 0) {
            this.state = this.state === 'end' ? 'done' : 'header';
            this.remaining = this.state === 'done' ? Number.POSITIVE_INFINITY : BLOCK;
          }
          break;
        case 'done':
          throw new TarFormatError('There are bytes after the end of the archive');
      }
    }
  }

  /** Called when the stream ended: the archive must have ended exactly with its end marker. */
  finish(): void {
    if (this.state === 'done') {
      return;
    }
    if (this.state === 'body' || this.state === 'padding') {
      throw new TarFormatError(`The file ${this.name} is cut short`);
    }
    throw new TarFormatError('The archive ends without its end marker');
  }

  private onHeader(): void {
    if (this.header.every((byte) => byte === 0)) {
      this.state = 'end';
      this.remaining = END_MARKER - BLOCK;
      return;
    }
    const { name, size } = parseHeader(this.header);
    this.name = name;
    this.size = size;
    this.sink.begin(name, size);
    if (!this.header.equals(tarHeader(name, size, this.mtime))) {
      throw new TarFormatError(`The header of ${name} is not as Körpü writes it (owner, mode or time)`);
    }
    this.state = 'body';
    this.remaining = size;
    if (size === 0) {
      this.endFile();
    }
  }

  private endFile(): void {
    this.sink.end();
    const padding = (BLOCK - (this.size % BLOCK)) % BLOCK;
    this.state = padding === 0 ? 'header' : 'padding';
    this.remaining = padding === 0 ? BLOCK : padding;
  }
}
