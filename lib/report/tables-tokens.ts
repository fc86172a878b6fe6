// Table text → a flat stream of tokens (labels, numbers, dashes, empty cells). Every layout of
// report-format.md §6 ends up here: one cell per line, tab-separated grids (HTML/DOCX via ingest), markdown
// pipes, space-separated PDF rows and cells run together with no separator at all.
import { compactLabel, isSpace } from './normalize';

export type TokenKind = 'label' | 'num' | 'dash' | 'text' | 'empty';

export interface Token {
  kind: TokenKind;
  text: string;
  /** from an explicit tab or pipe cell (so an empty one is a real blank cell) */
  cell: boolean;
  line: number;
  /** column index in a tab-separated grid row (spans expanded by ingest), counting leading empties */
  col?: number;
}

export interface TokenStream {
  tokens: Token[];
  /** every label token, whitespace removed, concatenated: labels are matched here (L5) */
  labels: string;
  /** labels[i] came from tokens[labelTok[i]] */
  labelTok: Int32Array;
}

const DASH = /^(?:[-—–―－~]{1,4}|\/|\\|—+)$/;
// Words written in a cell instead of a number.
const TEXT_VALUE = /^(?:无|暂无|空|不涉及|未涉及|\*+)$/;
// A number; an item number "2." / "3、" glued before the next label is cut off below (§6.3 step 1).
const NUMBER = /-?\d+(?:\.\d+)?/g;

function pushLabel(out: Token[], text: string, cell: boolean, line: number, col?: number): void {
  if (text.trim()) out.push({ kind: 'label', text, cell, line, col });
}

const code = (c: string) => c.charCodeAt(0);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters after a number that make it part of a label (see below). */
const LABEL_UNITS = new Set(Array.from('条项款位年月日个次倍%号届', code));
const YEAR = code('年');
const ITEM_MARKS = new Set([code('.'), code('、')]);
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE = /\s/;
const DIGIT = /\d/;

/** 'digits' when the piece is one plain number (most cells), 'none' when it holds no digit at all
 * (most labels): both read as the general loop below would read them, without running it. */
function digitsIn(s: string): 'digits' | 'none' | 'mixed' {
  let digits = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) digits++;
  return digits === 0 ? 'none' : digits === s.length ? 'digits' : 'mixed';
}

/** One piece of text with no separators inside: split it into label and number runs. The characters
 * around a number are looked at by code (NaN past either end), not by slicing: this runs for every
 * number of every table. Every token carries `col` (undefined off a tab grid), so all share one shape. */
function tokenizePiece(
  piece: string,
  cell: boolean,
  line: number,
  out: Token[],
  col: number | undefined,
): void {
  const s = piece.trim();
  if (!s) return;
  const digits = digitsIn(s);
  if (digits === 'digits') return void out.push({ kind: 'num', text: s, cell, line, col });
  if (DASH.test(s)) return void out.push({ kind: 'dash', text: s, cell, line, col });
  if (TEXT_VALUE.test(s)) return void out.push({ kind: 'text', text: s, cell, line, col });
  if (digits === 'none') return void out.push({ kind: 'label', text: s, cell, line, col });
  if (GROUPED.test(s)) {
    return void out.push({ kind: 'num', text: s.replace(/,/g, ''), cell, line, col });
  }
  let last = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    let start = m.index;
    let text = m[0];
    // A minus only signs a number that does not follow a digit (itemChange "-18"); "2019-2020" is a range.
    if (text.startsWith('-') && isDigit(s.charCodeAt(start - 1))) {
      start += 1;
      text = text.slice(1);
    }
    const end = start + text.length;
    const next = s.charCodeAt(end);
    // A date glued onto the last cells ("…继续办理20000022025年，", L17): only the year is the label's.
    if (next === YEAR && text.length > 4 && /^(?:19|20)\d\d$/.test(text.slice(-4))) {
      const cells = text.slice(0, -4);
      pushLabel(out, s.slice(last, start), cell, line, col);
      out.push({ kind: 'num', text: cells, cell, line, col });
      last = start + cells.length;
      continue;
    }
    // "第20条", "第(5)项", "(5)", "保留4位小数", "2022年": numbers inside labels, not cells. No table label
    // starts with one of these characters, so a cell run into the next label is never mistaken.
    if (LABEL_UNITS.has(next) || (next === 0x29 && s.charCodeAt(start - 1) === 0x28)) continue;
    // Item number of the next label: "00000002.其他…" is seven zeros, then "2.其他…".
    const itemCut =
      !text.includes('.') && ITEM_MARKS.has(next) && !isDigit(s.charCodeAt(end + 1)) ? 1 : 0;
    const numText = itemCut ? text.slice(0, -1) : text;
    pushLabel(out, s.slice(last, start), cell, line, col);
    if (numText && numText !== '-') out.push({ kind: 'num', text: numText, cell, line, col });
    last = start + numText.length;
    NUMBER.lastIndex = end;
  }
  pushLabel(out, s.slice(last), cell, line, col);
}

/** Tokens of each run of non-whitespace (what `text.split(/\s+/)` gives, without the empty pieces;
 * JavaScript's \s, which is also what trim() removes). */
function tokenizeWords(text: string, cell: boolean, line: number, out: Token[], col?: number): void {
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (from >= 0) tokenizePiece(text.slice(from, i), cell, line, out, col);
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) tokenizePiece(from === 0 ? text : text.slice(from), cell, line, out, col);
}

/** The cells of a separated line, with their column index (a tab grid's `col`). Pipes: "| a | b |" has
 * nothing before the first and after the last pipe. Tabs: DOCX/HTML continuation rows start with empty
 * cells for vertically merged labels (L12); they are dropped as tokens but still count as columns. */
function tokenizeCells(line: string, sep: string, i: number, out: Token[]): void {
  const cells = line.split(sep);
  let first = 0;
  let end = cells.length;
  if (sep === '|') {
    if (end > 0 && !cells[0].trim()) first = 1;
    if (end > first && !cells[end - 1].trim()) end--;
  } else {
    while (first < end && !cells[first].trim()) first++;
  }
  const tab = sep === '\t';
  for (let c = first; c < end; c++) {
    const col = tab ? c : undefined;
    const body = cells[c].trim();
    if (!body) out.push({ kind: 'empty', text: '', cell: true, line: i, col });
    else if (SPACE.test(body) && DIGIT.test(body)) tokenizeWords(body, true, i, out, col);
    else tokenizePiece(body, true, i, out, col);
  }
}

export function tokenize(text: string): TokenStream {
  const tokens: Token[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : '';
    if (sep) tokenizeCells(line, sep, i, tokens);
    else tokenizeWords(line, false, i, tokens);
  }
  return { tokens, ...labelIndex(tokens) };
}

function labelIndex(tokens: Token[]): { labels: string; labelTok: Int32Array } {
  const parts: string[] = [];
  const owners: number[] = [];
  let length = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (tokens[t].kind !== 'label') continue;
    const c = compactLabel(tokens[t].text);
    parts.push(c);
    owners.push(t);
    length += c.length;
  }
  const labelTok = new Int32Array(length);
  for (let p = 0, at = 0; p < parts.length; at += parts[p++].length) {
    labelTok.fill(owners[p], at, at + parts[p].length);
  }
  return { labels: parts.join(''), labelTok };
}

export interface Anchor {
  /** first token of the label */
  tok: number;
  /** position in the label string just after the match */
  end: number;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'g')));
  return g;
}

/** The first occurrence of any of the fragments at or after label position `from` and before `until`. */
export function findAnchor(
  ts: TokenStream,
  fragments: readonly (string | RegExp)[],
  from: number,
  until = Infinity,
): Anchor | null {
  for (const f of fragments) {
    let at = -1;
    let len = 0;
    if (typeof f === 'string') {
      at = ts.labels.indexOf(f, from);
      len = f.length;
    } else {
      const re = globalOf(f);
      re.lastIndex = from;
      const m = re.exec(ts.labels);
      if (m) [at, len] = [m.index, m[0].length];
    }
    if (at >= 0 && at < until) return { tok: ts.labelTok[at], end: at + len };
  }
  return null;
}

/** Label position of the first label token at or after token index `tok`. */
export function labelPosOfToken(ts: TokenStream, tok: number): number {
  let lo = 0;
  let hi = ts.labelTok.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts.labelTok[mid] < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
