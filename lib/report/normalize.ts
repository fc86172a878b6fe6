// Text normalisation before any label is matched (report-format.md §6.2). Pure and fast: it runs once per
// report and must stay well under a millisecond for a typical 10 KB text.
import * as OpenCC from 'opencc-js';

type Convert = (s: string) => string;

let toSimplified: Convert | null = null;
let traditionalOnly: Uint8Array | null = null;

/** Characters that only traditional text uses, read from OpenCC's own traditional→simplified character
 * dictionary ("漢 汉|…"); cheap to build, so simplified reports (nearly all) never pay for the converter. */
function traditionalTable(): Uint8Array {
  if (traditionalOnly) return traditionalOnly;
  const table = new Uint8Array(0x10000);
  const groups = OpenCC.Locale.to.cn ?? [];
  for (const group of groups) {
    for (const dict of group) {
      const pairs = typeof dict === 'string' ? dict.split('|').map((p) => p.split(' ')) : dict;
      for (const [from, to] of pairs) {
        if (from && from.length === 1 && from !== to) table[from.charCodeAt(0)] = 1;
      }
    }
  }
  return (traditionalOnly = table);
}

/** Built on first use only (about 100 ms): a report written in traditional characters. */
function converter(): Convert {
  return (toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
}

/** A few stray variant characters occur in simplified reports (著, 乾 …); convert only when the text is
 * really written in traditional characters. */
function looksTraditional(text: string, table: Uint8Array): boolean {
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && table[c] === 1 && ++hits >= 4) return true;
  }
  return false;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
// Mirror sites gloss characters with pinyin: 國(guó)辦公開(kāi) (L15). Only after a CJK character, only
// lowercase Latin letters, and only with a tone mark, so that "微信(wechat)" survives.
const PINYIN = new RegExp(`(?<=[\\u3400-\\u9fff])[(（][a-z${TONED}ü]{1,7}[)）]`, 'g');
const TONE_MARK = new RegExp(`[${TONED}]`);
const TONE_CODES = new Set(Array.from(TONED, (c) => c.charCodeAt(0)));

/** TONE_MARK.test by character code: all tone marks lie in Latin Extended (U+00E0–U+01DC), below any
 * CJK character, and the regex scans a whole text several times slower than this loop. */
function hasToneMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xe0 && c <= 0x1dc && TONE_CODES.has(c)) return true;
  }
  return false;
}

function stripPinyin(text: string): string {
  if (!hasToneMark(text)) return text;
  return text.replace(PINYIN, (m) => (TONE_MARK.test(m) ? '' : m));
}

// Apache Tika markers (L13) and Word's conditional comments left in HTML copies (011.txt).
const TIKA = /\[(?:bookmark|hyperlink):[^\]\n]*\]/g;
const WORD_JUNK =
  /<!--\[if[^\]]*\]-->|<!--\[endif\]-->|<!\[if[^\]]*\]>|<!\[endif\]>|<!--[\s\S]{0,400}?-->/g;
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
// Page numbers printed between table rows: "- 4 -", "— 12 —", "第 3 页 共 9 页" (L7).
const PAGE_LINE =
  /^[ \t]*(?:[-—–－][ \t]*\d{1,3}[ \t]*[-—–－]|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t]*$/;

export function normalizeText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
  if (text.includes('[')) text = text.replace(TIKA, '');
  if (text.includes('<!')) text = text.replace(WORD_JUNK, '');
  text = stripPinyin(text);
  text = text.normalize('NFKC');
  if (looksTraditional(text, traditionalTable())) text = converter()(text);
  // Most texts have neither a page line nor a trailing space: they are returned as they are.
  if (!hasLineWork(text)) return text;
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (mayBePageLine(line, 0) && PAGE_LINE.test(line)) continue;
    kept.push(line.endsWith(' ') ? line.replace(/ +$/, '') : line);
  }
  return kept.join('\n');
}

const PAGE_MARKS = new Set(Array.from('-—–－第', (c) => c.charCodeAt(0)));

/** The first character after leading blanks of the line at `start` can start a page number (PAGE_LINE
 * needs one there). */
function mayBePageLine(text: string, start: number): boolean {
  let i = start;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  return PAGE_MARKS.has(text.charCodeAt(i));
}

/** Some line is a page number or ends in a space; read in place, without splitting the text. */
function hasLineWork(text: string): boolean {
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && text.charCodeAt(end - 1) === 0x20) return true;
    if (mayBePageLine(text, start) && PAGE_LINE.test(text.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

const QUOTES = /[“”„‟＂「」『』‘’‚‛'`]/g;

/** One of QUOTES, by code: ' and `, ‘’‚‛“”„‟ (U+2018–201F), 「」『』 (U+300C–300F), ＂. */
const isQuote = (c: number) =>
  c === 0x27 ||
  c === 0x60 ||
  (c >= 0x2018 && c <= 0x201f) ||
  (c >= 0x300c && c <= 0x300f) ||
  c === 0xff02;

/** JavaScript's \s (what trim() removes), by character code. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Already compact: no whitespace and no quote to unify (most table labels, one per token). */
function isCompact(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) || isQuote(c)) return false;
  }
  return true;
}

/** A label as compared: no whitespace at all (labels break across lines and get spaced out, L5),
 * one kind of quote. */
export function compactLabel(s: string): string {
  if (s.length < MEMO_MIN) return isCompact(s) ? s : s.replace(/\s+/g, '').replace(QUOTES, '"');
  // The whole report is compacted by more than one stage (template, completeness): once is enough.
  if (s !== memo.text) memo = { text: s, compact: s.replace(/\s+/g, '').replace(QUOTES, '"') };
  return memo.compact;
}

const MEMO_MIN = 2000;
let memo = { text: '', compact: '' };
