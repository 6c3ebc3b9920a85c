import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** TrueType files of a font with Azerbaijani, Cyrillic and Latin letters. */
export type PdfFonts = { regular: Uint8Array; bold: Uint8Array };

// Read once per process: the two TTF files are about 1.4 MB and never change while it runs.
let fonts: PdfFonts | undefined;

/**
 * DejaVu Sans (free licence; Azerbaijani, Cyrillic and Latin letters), found through module
 * resolution so that the same code works from the source tree and inside the packaged app.asar
 * (Electron's fs reads files from asar, so no asarUnpack entry is needed).
 */
export function documentFonts(): PdfFonts {
  if (fonts === undefined) {
    const resolve = createRequire(import.meta.url).resolve;
    fonts = {
      regular: readFileSync(resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      bold: readFileSync(resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    };
  }
  return fonts;
}
