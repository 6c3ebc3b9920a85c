/** Thrown when a JSON Lines file is not UTF-8 text made of complete lines. */
export class JsonLinesError extends Error {}

/**
 * The longest line accepted, in UTF-16 code units: far above any record the schemas allow (a few
 * texts of 10,000 characters), yet it keeps a file without line breaks from filling the memory.
 */
export const MAX_LINE_CHARS = 4 << 20;

/**
 * Splits a JSON Lines file into lines as its bytes stream in. A line, and a UTF-8 character, may be
 * cut across chunks: the decoder keeps the bytes of an unfinished character, and the unfinished line
 * is kept until its `\n`. Bytes that are not UTF-8, a byte-order mark and a last line without its
 * `\n` are refused.
 */
export class JsonLinesSplitter {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private partial = '';
  private lines = 0;

  constructor(
    private readonly file: string,
    private readonly onLine: (line: string, number: number) => void,
    private readonly maxLineChars = MAX_LINE_CHARS,
  ) {}

  /** Feeds the next bytes of the file. */
  push(bytes: Uint8Array): void {
    this.take(this.decode(bytes, true));
  }

  /** Called at the end of the file; returns how many lines it held. */
  end(): number {
    this.take(this.decode(new Uint8Array(0), false));
    if (this.partial !== '') {
      throw new JsonLinesError(`The last line of ${this.file} does not end with a line break`);
    }
    return this.lines;
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder.decode(bytes, { stream });
    } catch {
      throw new JsonLinesError(`${this.file} is not UTF-8 text (after line ${this.lines})`);
    }
  }

  private take(text: string): void {
    if (this.lines === 0 && this.partial === '' && text.startsWith('\uFEFF')) {
      throw new JsonLinesError(`${this.file} starts with a byte-order mark`);
    }
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const line = this.partial + text.slice(start, end);
      this.partial = '';
      start = end + 1;
      this.checkLength(line.length);
      this.lines += 1;
      this.onLine(line, this.lines);
    }
    this.partial += text.slice(start);
    this.checkLength(this.partial.length);
  }

  private checkLength(length: number): void {
    if (length > this.maxLineChars) {
      throw new JsonLinesError(`Line ${this.lines + 1} of ${this.file} is longer than ${this.maxLineChars} characters`);
    }
  }
}
