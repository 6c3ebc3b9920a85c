import fontkit from '@pdf-lib/fontkit';
import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import { PageSizes, PDFDocument, rgb } from 'pdf-lib';

import type { Language } from '../../contract/common';
import type { PdfBlock, PdfColumn } from './pdf-blocks';
import type { PdfFonts } from './pdf-fonts';

/** A printed document as text in one language, before layout. */
export type PdfContent = {
  language: Language;
  institutionName: string;
  /** Under the institution's name: its code. */
  institutionLine: string;
  title: string;
  /** Whom or what the document is about (a child's name, a plan's title): under the title, and atop every later page. */
  subject: string;
  generatedLine: string;
  /** The line at the foot of every page, beside the page number. */
  footer: string;
  blocks: readonly PdfBlock[];
};

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
/** Space between two cells of a table row. */
const CELL_GAP = 8;

const BLACK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.38, 0.38, 0.38);
const RULE = rgb(0.75, 0.75, 0.75);

type Style = { font: PDFFont; size: number; leading: number; color: Color };
type Styles = Record<
  'institution' | 'small' | 'title' | 'name' | 'heading' | 'subheading' | 'label' | 'body' | 'cellHeader' | 'cell' | 'footer',
  Style
>;

/** Lays the content out on A4 pages and returns the PDF file. `createdAt` is the document's date. */
export async function renderPdf(content: PdfContent, fonts: PdfFonts, createdAt: Date): Promise<Uint8Array> {
  // Our own metadata only: pdf-lib's defaults would name pdf-lib as producer.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  doc.setTitle(`${content.subject} — ${content.title}`, { showInWindowTitleBar: true });
  doc.setProducer('Körpü');
  doc.setCreator('Körpü');
  doc.setLanguage(content.language);
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);

  const writer = new PageWriter(doc, stylesOf(regular, bold), `${content.subject} · ${content.title}`);
  writer.header(content);
  for (const block of content.blocks) {
    writer.block(block);
  }
  writer.footers(content.footer);
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
    cellHeader: { font: regular, size: 8.5, leading: 11, color: GREY },
    cell: { font: regular, size: 9, leading: 12, color: BLACK },
    footer: { font: regular, size: 8, leading: 10, color: GREY },
  };
}

/** A table column placed on the line: where it starts and how wide its text may be. */
type PlacedColumn = PdfColumn & { x: number; textWidth: number };

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

  /** Institution, title, the subject and the date, on the first page. */
  header(content: PdfContent): void {
    const { styles } = this;
    this.lines(wrap(content.institutionName, styles.institution, CONTENT_WIDTH), MARGIN_X, styles.institution);
    this.lines(wrap(content.institutionLine, styles.small, CONTENT_WIDTH), MARGIN_X, styles.small);
    this.y -= 6;
    this.rule();
    this.y -= 14;
    this.lines(wrap(content.title, styles.title, CONTENT_WIDTH), MARGIN_X, styles.title);
    this.lines(wrap(content.subject, styles.name, CONTENT_WIDTH), MARGIN_X, styles.name);
    this.y -= 2;
    this.lines(wrap(content.generatedLine, styles.small, CONTENT_WIDTH), MARGIN_X, styles.small);
    this.y -= 4;
  }

  block(block: PdfBlock): void {
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
      case 'table': {
        this.table(block.columns, block.rows);
        return;
      }
    }
  }

  /** Page numbers ("1 / N") and the footer line on every page. */
  footers(footer: string): void {
    const style = this.styles.footer;
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      page.drawLine({ start: { x: MARGIN_X, y: 50 }, end: { x: PAGE_WIDTH - MARGIN_X, y: 50 }, thickness: 0.5, color: RULE });
      const number = `${index + 1} / ${total}`;
      const numberWidth = style.font.widthOfTextAtSize(number, style.size);
      const lines = wrap(footer, style, CONTENT_WIDTH - numberWidth - 24);
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

  /**
   * Columns side by side, every cell wrapping in its own column. A row stays on one page when it
   * can, and a table that goes on over a page break repeats its header there.
   */
  private table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): void {
    const { styles } = this;
    const placed = placeColumns(columns);
    const header = placed.map((column) => wrap(column.header, styles.cellHeader, column.textWidth));
    const headerHeight = Math.max(...header.map((cell) => cell.length)) * styles.cellHeader.leading;
    const cellsOf = (cells: readonly string[]) => placed.map((column, index) => wrap(cells[index] ?? '', styles.cell, column.textWidth));
    const heightOf = (cells: readonly string[][]) => Math.max(...cells.map((cell) => cell.length)) * styles.cell.leading;
    const drawHeader = (): void => {
      this.cells(placed, header, styles.cellHeader);
      this.y -= headerHeight + 2;
      this.rule();
      this.y -= 4;
    };
    this.y -= 2;
    const [first] = rows;
    // The header never stands alone at a page's foot: it keeps the first row with it.
    this.keep(headerHeight + 6 + (first === undefined ? 0 : heightOf(cellsOf(first))));
    drawHeader();
    for (const row of rows) {
      const cells = cellsOf(row);
      const height = heightOf(cells);
      const before = this.pages.length;
      this.keep(height);
      if (this.pages.length > before) {
        drawHeader();
      }
      if (this.y - height >= MARGIN_BOTTOM) {
        this.cells(placed, cells, styles.cell);
        this.y -= height;
      } else {
        this.tallRow(placed, cells);
      }
      this.y -= 3;
    }
    this.y += 1;
    this.rule();
    this.y -= 8;
  }

  /** One row of a table, cell after cell, from the row's top; right-aligned columns end at their right edge. */
  private cells(columns: readonly PlacedColumn[], cells: readonly string[][], style: Style): void {
    columns.forEach((column, index) => {
      (cells[index] ?? []).forEach((line, at) => this.textAt(line, cellX(column, line, style), this.y - at * style.leading, style));
    });
  }

  /** A row taller than a page (never in practice, never lost): line by line across the cells, breaking pages between lines. */
  private tallRow(columns: readonly PlacedColumn[], cells: readonly string[][]): void {
    const style = this.styles.cell;
    const count = Math.max(...cells.map((cell) => cell.length));
    for (let at = 0; at < count; at++) {
      this.ensure(style.leading);
      columns.forEach((column, index) => {
        const line = cells[index]?.[at] ?? '';
        this.textAt(line, cellX(column, line, style), this.y, style);
      });
      this.y -= style.leading;
    }
  }

  private lines(lines: readonly string[], x: number, style: Style): void {
    for (const line of lines) {
      this.ensure(style.leading);
      this.text(line, x, style);
      this.y -= style.leading;
    }
  }

  private text(text: string, x: number, style: Style): void {
    this.textAt(text, x, this.y, style);
  }

  /** Draws `text` with the top of its line at `top`. */
  private textAt(text: string, x: number, top: number, style: Style): void {
    if (text !== '') {
      // drawText wants the baseline.
      this.page.drawText(text, { x, y: top - style.size, size: style.size, font: style.font, color: style.color });
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

  /** A new page; after the first, with the subject on top so a loose page stays identifiable. */
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

/** The columns' places across the content width, in proportion to their shares. */
function placeColumns(columns: readonly PdfColumn[]): PlacedColumn[] {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  let x = MARGIN_X;
  return columns.map((column) => {
    const width = (column.width / total) * CONTENT_WIDTH;
    const placed = { ...column, x, textWidth: width - CELL_GAP };
    x += width;
    return placed;
  });
}

/** Where a cell's line starts: at the column's left, or so that it ends at the column's right. */
function cellX(column: PlacedColumn, line: string, style: Style): number {
  return column.align === 'right' ? column.x + column.textWidth - widthOf(line, style) : column.x;
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
