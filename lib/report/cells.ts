// Reading the values of one printed row: the tokens between its label and the next row's label.
// Decides between "one value per cell", "explicit blank cells", "digits run together" and "cannot tell".
import type { CellNote } from './types';
import type { Token, TokenStream } from './tables-tokens';
import { countSplits, preferSpacing, splitGroups, uniqueSplit } from './digits';

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
}

const isValue = (t: Token) => t.kind === 'num' || t.kind === 'dash' || t.kind === 'text';
const isProse = (t: Token) => t.kind === 'label' && /[。；;]/.test(t.text);
// Headings of sections 五 and 六 never occur inside a table: whatever follows them is prose.
const isLaterSection = (t: Token) =>
  t.kind === 'label' && /存在的主要问题|其他需要报告|^[五六][、.]/.test(t.text.replace(/\s/g, ''));

function noteFor(t: Token): CellRead {
  if (t.kind === 'num') return { value: Number(t.text) };
  return { value: null, note: { raw: t.text, state: t.kind === 'dash' ? 'dash' : 'text' } };
}

const cleanNumber = (t: Token, money: boolean) =>
  t.kind !== 'num' ||
  ((t.text.length === 1 || !/^-?0\d/.test(t.text)) && (money || !t.text.includes('.')));

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

export function readRow(ts: TokenStream, from: number, to: number, spec: RowSpec): RowRead {
  const { n } = spec;
  const idx = rowTokens(ts, from, to, spec);
  const items = idx.map((i) => ts.tokens[i]);
  const filledIdx = idx.filter((i) => ts.tokens[i].kind !== 'empty');
  const filled = filledIdx.map((i) => ts.tokens[i]);
  const money = (k: number) => spec.money?.[k] ?? false;
  const take = (toks: number[]): RowRead => ({
    kind: 'cells',
    cells: toks.map((i) => {
      const t = ts.tokens[i];
      if (t.kind === 'empty') return { value: null, note: { raw: '', state: 'blank' } };
      return { ...noteFor(t), tok: i };
    }),
  });

  // One value per cell, as printed.
  if (filled.length === n && filled.every((t, k) => cleanNumber(t, money(k))))
    return take(filledIdx);

  // Explicit cells (tabs, pipes) with some left empty: positions are known.
  if (filled.length < n && items.some((t) => t.kind === 'empty')) {
    const slots = [...idx];
    while (slots.length > n && ts.tokens[slots[slots.length - 1]].kind === 'empty') slots.pop();
    while (slots.length > n && ts.tokens[slots[0]].kind === 'empty') slots.shift();
    if (slots.length === n && slots.every((i, k) => cleanNumber(ts.tokens[i], money(k)))) {
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
      return take(slots);
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

  // A cut-off text: what is there, in order; the rest is absent.
  if (spec.truncated && filled.length < n && filled.every((t, k) => cleanNumber(t, money(k)))) {
    const cells: CellRead[] = filledIdx.map((i) => ({ ...noteFor(ts.tokens[i]), tok: i }));
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

/** One value missing from a row whose cells must add up: it is recoverable when every place the missing
 * cell could have been gives the same row (e.g. all zeros), otherwise it is not. */
function lostCell(present: Token[], n: number, spec: RowSpec): RowRead | null {
  if ((spec.groups && spec.groups.length > 1) || present.length !== n - 1) return null;
  if (!present.every((t) => t.kind === 'num' && /^\d+$/.test(t.text))) return null;
  const vals = present.map((t) => Number(t.text));
  let found: number[] | null = null;
  for (let p = 0; p < n; p++) {
    const row = [...vals.slice(0, p), NaN, ...vals.slice(p)];
    const partSum = row.slice(0, n - 1).reduce((a, v) => a + (Number.isNaN(v) ? 0 : v), 0);
    row[p] = p === n - 1 ? partSum : row[n - 1] - partSum;
    if (row[p] < 0) continue;
    if (found && found.some((v, k) => v !== row[k])) return null;
    found = row;
  }
  if (!found) return null;
  const raw = present.map((t) => t.text).join(' ');
  const cells = cellsFrom(found, raw, false);
  if (cells.kind === 'cells') cells.cells.forEach((c) => (c.note = { raw, state: 'inferred' }));
  return cells;
}
