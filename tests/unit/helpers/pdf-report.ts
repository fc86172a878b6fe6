import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

// Real PDFs for the reader's tests, written here because the corpus has none: a report's text laid out
// line by line in an embedded CJK font (Noto Sans SC), the way a word processor prints it. Table rows
// are drawn as separate pieces at column positions, like the cells of a printed table, and (with
// `spacedLabels`) labels are drawn one character at a time, as many PDF producers position CJK text.

const FONT = path.resolve('node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf');
const SIZE = 10.5;
const LEADING = 18;
const TOP = 790;
const LEFT = 60;
const LINES_PER_PAGE = 42;
const NUMBER = /^-?\d+(\.\d+)?$/;

interface Options {
  /** draw each CJK label character by character, spread by a tenth of an em */
  spacedLabels?: boolean;
}

function drawSpaced(page: PDFPage, font: PDFFont, text: string, x: number, y: number): void {
  let at = x;
  for (const ch of text) {
    page.drawText(ch, { x: at, y, size: SIZE, font });
    at += font.widthOfTextAtSize(ch, SIZE) + SIZE * 0.1;
  }
}

function drawLine(page: PDFPage, font: PDFFont, line: string, y: number, options: Options): void {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  let numbers = 0;
  while (numbers < tokens.length && NUMBER.test(tokens[tokens.length - 1 - numbers])) numbers++;
  if (numbers >= 2) {
    // a table row: the label in the first column, each number in a column of its own
    const label = tokens.slice(0, tokens.length - numbers).join(' ');
    const first = label ? 300 : LEFT;
    const step = numbers > 8 ? 32 : 36;
    if (label && options.spacedLabels) drawSpaced(page, font, label, LEFT, y);
    else if (label) page.drawText(label, { x: LEFT, y, size: SIZE, font });
    tokens.slice(tokens.length - numbers).forEach((n, j) => {
      page.drawText(n, { x: first + j * step, y, size: SIZE, font });
    });
    return;
  }
  // prose: each space-separated word as its own piece, an em apart
  let x = LEFT;
  for (const token of tokens) {
    page.drawText(token, { x, y, size: SIZE, font });
    x += font.widthOfTextAtSize(token, SIZE) + SIZE;
  }
}

export async function pdfFromText(text: string, options: Options = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(FONT), { subset: true });
  const lines = text.split(/\r?\n/);
  for (let start = 0; start < lines.length; start += LINES_PER_PAGE) {
    const page = doc.addPage([595, 842]);
    lines.slice(start, start + LINES_PER_PAGE).forEach((line, i) => {
      if (line.trim()) drawLine(page, font, line, TOP - i * LEADING, options);
    });
  }
  return doc.save({ useObjectStreams: false });
}

/** A scanned page: one picture and no text. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  // a 1×1 grey PNG stands in for the scan
  const png = Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  const image = await doc.embedPng(png);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}
