// A PDF page is a bag of positioned text pieces, not lines. This rebuilds the lines a reader sees, so
// that a table row comes out as "（一）予以公开 1288 21 0 0 50 3 1362" — the space-separated PDF layout
// the parser already reads (report-format.md §6.1, L4–L6). Pure: items in, text out.

/** One piece of text as pdfjs reports it, reduced to what layout needs (PDF user space, y grows up). */
export interface PdfTextItem {
  str: string;
  /** left edge and baseline (transform[4], transform[5]) */
  x: number;
  y: number;
  /** advance width of the whole string */
  width: number;
  /** font size in user space (the item's height, or the length of the transform's y column) */
  size: number;
}

/** Items whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font size separates two cells or words… */
const WORD_GAP = 0.25;
/** …except between two CJK characters: justified Chinese text spaces its characters out, and a
 * label such as 本年新收政府信息公开申请数量 must stay one word. Table columns are further apart. */
const CJK_GAP = 0.8;
/** A repeated item this close to an identical one is fake bold (the same glyphs drawn twice). */
const DUPLICATE = 0.3;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

interface Line {
  y: number;
  size: number;
  items: PdfTextItem[];
}

function usable(item: PdfTextItem): boolean {
  return (
    item.str.trim() !== '' &&
    Number.isFinite(item.x) &&
    Number.isFinite(item.y) &&
    Number.isFinite(item.width)
  );
}

function sizeOf(item: PdfTextItem): number {
  return Number.isFinite(item.size) && item.size > 0 ? item.size : 10;
}

/** Groups items into lines by baseline, top of the page first. */
function groupLines(items: PdfTextItem[]): Line[] {
  const sorted = items.filter(usable).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const size = sizeOf(item);
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) < SAME_LINE * Math.min(line.size, size)) {
      line.items.push(item);
      line.size = Math.max(line.size, size);
    } else {
      lines.push({ y: item.y, size, items: [item] });
    }
  }
  return lines;
}

function isDuplicate(prev: PdfTextItem, item: PdfTextItem): boolean {
  return prev.str === item.str && Math.abs(prev.x - item.x) < DUPLICATE * sizeOf(item);
}

/** Joins one line's items left to right, with one space where the gap says "next cell or word". */
function joinLine(line: Line): string {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let text = '';
  let prev: PdfTextItem | null = null;
  for (const item of items) {
    if (prev && isDuplicate(prev, item)) continue;
    const str = item.str.replace(/\s+/g, ' ');
    if (prev) {
      const gap = item.x - (prev.x + prev.width);
      const size = Math.min(sizeOf(prev), sizeOf(item));
      const bothCjk = CJK.test(prev.str.trimEnd().slice(-1)) && CJK.test(str.trimStart().charAt(0));
      const wide = gap > (bothCjk ? CJK_GAP : WORD_GAP) * size;
      if (wide && !text.endsWith(' ') && !str.startsWith(' ')) text += ' ';
    }
    text += str;
    prev = item;
  }
  return text.trim();
}

/** One page's items → its lines of text, top to bottom. */
export function pdfPageLines(items: PdfTextItem[]): string[] {
  return groupLines(items)
    .map(joinLine)
    .filter((l) => l !== '');
}

/** Pages of items → the report text: one line per printed line, a blank line between pages. */
export function pdfText(pages: PdfTextItem[][]): string {
  return pages
    .map((items) => pdfPageLines(items).join('\n'))
    .filter((p) => p !== '')
    .join('\n\n');
}
