import fontkit from '@pdf-lib/fontkit';
import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import { PageSizes, PDFDocument, rgb } from 'pdf-lib';

import type { CaseFileBlock } from './case-file-blocks';
import type { CaseFileContent } from './case-file-content';

/** TrueType files of a font with Azerbaijani, Cyrillic and Latin letters. */
export type CaseFileFonts = { regular: Uint8Array; bold: Uint8Array };

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const MARGIN_X = 56;
const MARGIN_TOP = 56;
/** Body text stops here; the footer sits below. */
const MARGIN_BOTTOM = 70;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const LABEL_WIDTH = 165;
const COLUMN_GAP = 12;
const VALUE_X = MARGIN_X + LABEL_WIDTH + COLUMN_GAP;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP;

const BLACK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.38, 0.38, 0.38);
const RULE = rgb(0.75, 0.75, 0.75);

type Style = { font: PDFFont; size: number; leading: number; color: Color };
type Styles = Record<'institution' | 'small' | 'title' | 'name' | 'heading' | 'subheading' | 'label' | 'body' | 'footer', Style>;

/** Lays the content out on A4 pages and returns the PDF file. `createdAt` is the document's date. */
export async function renderCaseFile(content: CaseFileContent, fonts: CaseFileFonts, createdAt: Date): Promise<Uint8Array> {
  // Our own metadata only: pdf-lib's defaults would name pdf-lib as producer.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  doc.setTitle(`${content.childName} — ${content.title}`, { showInWindowTitleBar: true });
  doc.setProducer('Körpü');
  doc.setCreator('Körpü');
  doc.setLanguage(content.language);
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);

  const writer = new PageWriter(doc, stylesOf(regular, bold), `${content.childName} · ${content.title}`);
  writer.header(content);
  for (const block of content.blocks) {
    writer.block(block);
  }
  writer.footers(content.confidential);
  return doc.save();
}

function stylesOf(regular: PDFFont, bold: PDFFont): Styles {
  return {
    institution: { font: bold, size: 11, leading: 14, color: BLACK },
    small: { font: regular, size: 9, leading: 12, color: GREY },
    title: { font: bold, size: 18, leading: 24, color: BLACK },
    name: { font: bold, size: 14, leading: 18, color: BLACK },
    heading: { font: bold, size: 12.5, leading: 16, color: BLACK },
    subheading: { font: bold, size: 10, leading: 13.5, color: BLACK },
    label: { font: regular, size: 9, leading: 13.5, color: GREY },
    body: { font: regular, size: 10, leading: 13.5, color: BLACK },
    footer: { font: regular, size: 8, leading: 10, color: GREY },
  };
}

/** Writes top to bottom, starting a new page whenever the next line would not fit. */
class PageWriter {
  private readonly pages: PDFPage[] = [];
  private page: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly styles: Styles,
    private readonly runningHeader: string,
  ) {
    this.page = this.addPage();
  }

  /** Institution, title, the child's name and the date, on the first page. */
  header(content: CaseFileContent): void {
    const { styles } = this;
    this.lines(wrap(content.institutionName, styles.institution, CONTENT_WIDTH), MARGIN_X, styles.institution);
    this.lines(wrap(content.institutionLine, styles.small, CONTENT_WIDTH), MARGIN_X, styles.small);
    this.y -= 6;
    this.rule();
    this.y -= 14;
    this.lines(wrap(content.title, styles.title, CONTENT_WIDTH), MARGIN_X, styles.title);
    this.lines(wrap(content.childName, styles.name, CONTENT_WIDTH), MARGIN_X, styles.name);
    this.y -= 2;
    this.lines(wrap(content.generatedLine, styles.small, CONTENT_WIDTH), MARGIN_X, styles.small);
    this.y -= 4;
  }

  block(block: CaseFileBlock): void {
    const { styles } = this;
    switch (block.kind) {
      case 'heading': {
        const lines = wrap(block.text, styles.heading, CONTENT_WIDTH);
        this.y -= 14;
        // A heading never ends a page: it keeps the first two lines of its section with it.
        this.keep(lines.length * styles.heading.leading + 4 + 2 * styles.body.leading);
        this.lines(lines, MARGIN_X, styles.heading);
        // Below the descenders (ş, ğ, q, y).
        this.y -= 1;
        this.rule();
        this.y -= 7;
        return;
      }
      case 'subheading': {
        const lines = wrap(block.text, styles.subheading, CONTENT_WIDTH);
        this.y -= 5;
        this.keep((lines.length + 2) * styles.body.leading);
        this.lines(lines, MARGIN_X, styles.subheading);
        this.y -= 1;
        return;
      }
      case 'row': {
        this.row(block.label, block.value);
        return;
      }
      case 'paragraph': {
        const lines = wrap(block.text, styles.body, CONTENT_WIDTH);
        // Short paragraphs stay on one page; long ones flow on, never starting with a lone line.
        this.keep((lines.length <= 4 ? lines.length : 2) * styles.body.leading);
        this.lines(lines, MARGIN_X, styles.body);
        this.y -= 6;
        return;
      }
    }
  }

  /** Page numbers ("1 / N") and the confidentiality line on every page. */
  footers(confidential: string): void {
    const style = this.styles.footer;
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      page.drawLine({ start: { x: MARGIN_X, y: 50 }, end: { x: PAGE_WIDTH - MARGIN_X, y: 50 }, thickness: 0.5, color: RULE });
      const number = `${index + 1} / ${total}`;
      const numberWidth = style.font.widthOfTextAtSize(number, style.size);
      const lines = wrap(confidential, style, CONTENT_WIDTH - numberWidth - 24);
      lines.forEach((line, at) => page.drawText(line, { x: MARGIN_X, y: 38 - at * style.leading, size: style.size, font: style.font, color: style.color }));
      page.drawText(number, { x: PAGE_WIDTH - MARGIN_X - numberWidth, y: 38, size: style.size, font: style.font, color: style.color });
    });
  }

  /** Label and value side by side; both wrap, and a long value continues on the next page. */
  private row(label: string, value: string): void {
    const { styles } = this;
    const labels = wrap(label, styles.label, LABEL_WIDTH);
    const values = wrap(value, styles.body, VALUE_WIDTH);
    const count = Math.max(labels.length, values.length);
    this.keep(Math.min(count, 6) * styles.body.leading);
    for (let index = 0; index < count; index++) {
      this.ensure(styles.body.leading);
      this.text(labels[index] ?? '', MARGIN_X, styles.label);
      this.text(values[index] ?? '', VALUE_X, styles.body);
      this.y -= styles.body.leading;
    }
    this.y -= 2.5;
  }

  private lines(lines: readonly string[], x: number, style: Style): void {
    for (const line of lines) {
      this.ensure(style.leading);
      this.text(line, x, style);
      this.y -= style.leading;
    }
  }

  private text(text: string, x: number, style: Style): void {
    if (text !== '') {
      // y is the top of the line; drawText wants the baseline.
      this.page.drawText(text, { x, y: this.y - style.size, size: style.size, font: style.font, color: style.color });
    }
  }

  private rule(): void {
    this.page.drawLine({ start: { x: MARGIN_X, y: this.y }, end: { x: PAGE_WIDTH - MARGIN_X, y: this.y }, thickness: 0.5, color: RULE });
  }

  /** Starts a new page unless `height` still fits on this one (or could fit on no page at all). */
  private keep(height: number): void {
    if (height <= PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 40) {
      this.ensure(height);
    }
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN_BOTTOM) {
      this.page = this.addPage();
    }
  }

  /** A new page; after the first, with the child's name on top so a loose page stays identifiable. */
  private addPage(): PDFPage {
    const page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(page);
    this.page = page;
    this.y = PAGE_HEIGHT - MARGIN_TOP;
    if (this.pages.length > 1) {
      this.y += 20;
      this.lines(wrap(this.runningHeader, this.styles.footer, CONTENT_WIDTH), MARGIN_X, this.styles.footer);
      this.y -= 2;
      this.rule();
      this.y -= 12;
    }
    return page;
  }
}

const widths = new WeakMap<PDFFont, Map<string, number>>();

/** Width of `text` in `style`, remembered: notes repeat the same words many times. */
function widthOf(text: string, style: Style): number {
  let cache = widths.get(style.font);
  if (cache === undefined) {
    cache = new Map();
    widths.set(style.font, cache);
  }
  const key = `${style.size}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    width = style.font.widthOfTextAtSize(text, style.size);
    cache.set(key, width);
  }
  return width;
}

/**
 * Splits text into lines no wider than `width`: at spaces, keeping the author's line breaks, and
 * inside a word only when the word alone is wider than the line. Nothing is ever left out.
 */
function wrap(text: string, style: Style, width: number): string[] {
  const lines: string[] = [];
  const space = widthOf(' ', style);
  for (const paragraph of printable(text).split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') {
        continue;
      }
      const wordWidth = widthOf(word, style);
      const joined = line === '' ? wordWidth : lineWidth + space + wordWidth;
      if (joined <= width) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth = joined;
        continue;
      }
      if (line !== '') {
        lines.push(line);
      }
      const pieces = wordWidth <= width ? [word] : breakWord(word, style, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
      lineWidth = widthOf(line, style);
    }
    lines.push(line);
  }
  return lines;
}

function breakWord(word: string, style: Style, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && style.font.widthOfTextAtSize(piece + char, style.size) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}

/** Line breaks as `\n`, tabs as spaces, other control characters (which have no glyph) removed. */
function printable(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}
