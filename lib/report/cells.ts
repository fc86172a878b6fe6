// Reading the values of one printed row: the tokens between its label and the next row's label.
// Decides between "one value per cell", "explicit blank cells", "digits run together" and "cannot tell".
import type { CellNote } from './types';
import type { Token, TokenStream } from './tables-tokens';
import { countSplits, preferSpacing, recoverLost, splitGroups, uniqueSplit } from './digits';

export interface CellRead {
  value: number | null;
  note?: CellNote;
  /** token the value came from (money cells look at the unit written after it) */
  tok?: number;
}

export type RowRead =
  | { kind: 'cells'; cells: CellRead[] }
  /** digits run together with several arithmetic-consistent splits: resolved jointly with other rows */
  | { kind: 'candidates'; options: number[][]; raw: string };

export interface RowSpec {
  n: number;
  /** 'sum': the row's cells add up like the table (A1 or R1–R3 per group); 'none': no constraint */
  constraint: 'sum' | 'none';
  groups?: readonly number[];
  /** columns allowed to carry decimals (money) */
  money?: readonly boolean[];
  /** the range reaches the end of a cut-off text: missing cells are absent, not blank */
  truncated: boolean;
  /** stop at the first label once values have started (a one-row table followed by prose) */
  stopAtLabel?: boolean;
  /** tab grid: the column of the first value cell, from the table header (spans expanded by ingest) */
  gridFrom?: number;
}

const isValue = (t: Token) => t.kind === 'num' || t.kind === 'dash' || t.kind === 'text';
// Sentences after a table ("2025年，我局共收到…申请21件"): a label that reads as prose ends a row.
const isProse = (t: Token) =>
  t.kind === 'label' && (/[。；;]/.test(t.text) || (/[，,]/.test(t.text) && t.text.length >= 16));
// Headings of sections 五 and 六 never occur inside a table: whatever follows them is prose.
// (Each heading holds one of 存其五六: most labels are passed over without stripping their spaces.)
const isLaterSection = (t: Token) =>
  t.kind === 'label' &&
  /[存其五六]/.test(t.text) &&
  /存在的主要问题|其他需要报告|^[五六][、.]/.test(t.text.replace(/\s/g, ''));

/** The cell a value token gives, remembering the token. */
function cellOf(t: Token, tok: number): CellRead {
  if (t.kind === 'num') return { value: Number(t.text), tok };
  return { value: null, note: { raw: t.text, state: t.kind === 'dash' ? 'dash' : 'text' }, tok };
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** "07", "-03": a leading zero means digits of several cells run together. */
function leadingZero(s: string): boolean {
  const at = s.charCodeAt(0) === 0x2d ? 1 : 0;
  return s.charCodeAt(at) === 0x30 && isDigitCode(s.charCodeAt(at + 1));
}

const cleanNumber = (t: Token, money: boolean) =>
  t.kind !== 'num' ||
  ((t.text.length === 1 || !leadingZero(t.text)) && (money || !t.text.includes('.')));

const isMoney = (spec: RowSpec, k: number) => spec.money?.[k] ?? false;

/** Cells read one per token as printed (an empty token is a blank cell). */
function take(ts: TokenStream, toks: number[]): RowRead {
  const cells: CellRead[] = [];
  for (const i of toks) {
    const t = ts.tokens[i];
    cells.push(
      t.kind === 'empty' ? { value: null, note: { raw: '', state: 'blank' } } : cellOf(t, i),
    );
  }
  return { kind: 'cells', cells };
}

function needsReview(n: number, raw: string): RowRead {
  return {
    kind: 'cells',
    cells: Array.from({ length: n }, () => ({ value: null, note: { raw, state: 'needsReview' } })),
  };
}

/** The value-bearing tokens of a row, in order, with prose after the table cut off. */
export function rowTokens(ts: TokenStream, from: number, to: number, spec: RowSpec): number[] {
  const out: number[] = [];
  let started = false;
  for (let i = from; i < to; i++) {
    const t = ts.tokens[i];
    if (isLaterSection(t)) break;
    if (isValue(t) || t.kind === 'empty') {
      out.push(i);
      if (t.kind !== 'empty') started = true;
    } else if (started && (isProse(t) || (spec.stopAtLabel && t.text.trim().length >= 2))) break;
  }
  return out;
}

/** A tab-grid row read by column: the cells under the header's value columns, on the label's line.
 * Null when the line does not line up with the header (a label where a value should be). */
function readAligned(ts: TokenStream, from: number, to: number, spec: RowSpec): RowRead | null {
  const g = spec.gridFrom;
  const anchor = ts.tokens[from];
  if (g === undefined || anchor.col === undefined || anchor.col >= g) return null;
  // The token under each value column (-1: none). On one line of a grid, columns grow with tokens.
  const byCol = new Array<number>(spec.n).fill(-1);
  let anyValue = false;
  for (let i = from + 1; i < to && ts.tokens[i].line === anchor.line; i++) {
    const t = ts.tokens[i];
    if (t.col === undefined || t.col < g || t.col >= g + spec.n) continue;
    const k = t.col - g;
    if (t.kind === 'label' || byCol[k] >= 0 || !cleanNumber(t, isMoney(spec, k))) return null;
    byCol[k] = i;
    if (t.kind !== 'empty') anyValue = true;
  }
  if (!anyValue) return null;
  const cells: CellRead[] = [];
  let blanks = 0;
  for (const i of byCol) {
    const t = i < 0 ? null : ts.tokens[i];
    if (t && t.kind !== 'empty') cells.push(cellOf(t, i));
    else {
      cells.push({ value: null, note: { raw: '', state: 'blank' } });
      blanks++;
    }
  }
  // The one empty cell right after the label is more often the label's own span than a blank (a grid
  // whose rows lost a cell, seed-fudian-2020): when the row's arithmetic fixes the values, take that.
  if (blanks === 1 && cells[0].note?.state === 'blank' && anchor.col === g - 1) {
    const present = byCol
      .filter((i) => i >= 0)
      .map((i) => ts.tokens[i])
      .filter((t) => t.kind !== 'empty');
    const lost = spec.constraint === 'sum' ? lostCell(present, spec.n, spec) : null;
    if (lost) return lost;
  }
  return { kind: 'cells', cells };
}

export function readRow(ts: TokenStream, from: number, to: number, spec: RowSpec): RowRead {
  const { n } = spec;
  const aligned = readAligned(ts, from, to, spec);
  if (aligned) return aligned;
  const idx = rowTokens(ts, from, to, spec);
  const items = idx.map((i) => ts.tokens[i]);
  const filledIdx = idx.filter((i) => ts.tokens[i].kind !== 'empty');
  const filled = filledIdx.map((i) => ts.tokens[i]);

  // One value per cell, as printed.
  if (filled.length === n && filled.every((t, k) => cleanNumber(t, isMoney(spec, k))))
    return take(ts, filledIdx);

  // Explicit cells (tabs, pipes) with some left empty: positions are known.
  if (filled.length < n && items.some((t) => t.kind === 'empty')) {
    // Only the lines that carry values: empty cells of header lines above (rowspans) are not slots.
    const valueLines = new Set(filled.map((t) => t.line));
    const slots = idx.filter((i) => valueLines.has(ts.tokens[i].line));
    while (slots.length > n && ts.tokens[slots[slots.length - 1]].kind === 'empty') slots.pop();
    while (slots.length > n && ts.tokens[slots[0]].kind === 'empty') slots.shift();
    if (slots.length === n && slots.every((i, k) => cleanNumber(ts.tokens[i], isMoney(spec, k)))) {
      // Empty cells between the label and the first value are usually the label's colspan (L8, L12);
      // when the row then lacks exactly one value that its arithmetic fixes, take that reading.
      const lead = slots.findIndex((i) => ts.tokens[i].kind !== 'empty');
      const rest = slots.slice(lead);
      if (lead > 0 && rest.every((i) => ts.tokens[i].kind !== 'empty')) {
        const lost =
          spec.constraint === 'sum'
            ? lostCell(
                rest.map((i) => ts.tokens[i]),
                n,
                spec,
              )
            : null;
        if (lost) return lost;
      }
      return take(ts, slots);
    }
  }

  if (spec.constraint === 'sum' && filled.length === n - 1) {
    const lost = lostCell(filled, n, spec);
    if (lost) return lost;
  }

  if (filled.length === 0) {
    if (spec.truncated)
      return { kind: 'cells', cells: Array.from({ length: n }, () => ({ value: null })) };
    return {
      kind: 'cells',
      cells: Array.from({ length: n }, () => ({ value: null, note: { raw: '', state: 'blank' } })),
    };
  }

  const raw = filled.map((t) => t.text).join(' ');
  const digitsOnly = filled.every((t) => t.kind === 'num' && /^\d+$/.test(t.text));
  const unclean = filled.some((t) => !cleanNumber(t, false));
  if (digitsOnly && (filled.length < n || unclean)) {
    const run = filled.map((t) => t.text).join('');
    // Longer than six digits a cell on average is not a run of this row's cells (and would make the
    // enumeration costly): leave it for review.
    if (run.length >= n && run.length <= n * 6) {
      const boundaries: number[] = [];
      let pos = 0;
      for (const t of filled.slice(0, -1)) boundaries.push((pos += t.text.length));
      const forced = uniqueSplit(run, n);
      if (forced) return cellsFrom(forced, raw, false);
      if (spec.constraint === 'sum') {
        const options = splitGroups(run, spec.groups ?? [n]);
        if (options && options.length) {
          const kept = preferSpacing(options, boundaries);
          if (kept.length === 1) return cellsFrom(kept[0], raw, countSplits(run, n) > 1);
          return { kind: 'candidates', options: kept, raw };
        }
      }
    }
  }

  // One cell lost from a run ("0 00000" under seven columns): recoverable when the arithmetic fixes it.
  if (digitsOnly && spec.constraint === 'sum') {
    const run = filled.map((t) => t.text).join('');
    const fewer = run.length <= n * 6 ? uniqueSplit(run, n - 1) : null;
    if (fewer) {
      const lost = lostCell(
        fewer.map((v) => ({ kind: 'num', text: String(v), cell: false, line: -1 })),
        n,
        spec,
      );
      if (lost) return lost;
    }
  }

  // A cut-off text: what is there, in order; the rest is absent.
  if (
    spec.truncated &&
    filled.length < n &&
    filled.every((t, k) => cleanNumber(t, isMoney(spec, k)))
  ) {
    const cells: CellRead[] = filledIdx.map((i) => cellOf(ts.tokens[i], i));
    while (cells.length < n) cells.push({ value: null });
    return { kind: 'cells', cells };
  }
  return needsReview(n, raw);
}

/** Cells from a digit split; `inferred` when the arithmetic chose among several possible cuts. */
export function cellsFrom(values: number[], raw: string, inferred: boolean): RowRead {
  return {
    kind: 'cells',
    cells: values.map((value) =>
      inferred ? { value, note: { raw, state: 'inferred' } } : { value },
    ),
  };
}

/** One value missing from a row whose cells must add up (see recoverLost). */
function lostCell(present: Token[], n: number, spec: RowSpec): RowRead | null {
  if ((spec.groups && spec.groups.length > 1) || present.length !== n - 1) return null;
  if (!present.every((t) => t.kind === 'num' && /^\d+$/.test(t.text))) return null;
  const found = recoverLost(present.map((t) => Number(t.text)));
  return found ? cellsFrom(found, present.map((t) => t.text).join(' '), true) : null;
}
