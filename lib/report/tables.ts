// Locating a table's rows by their label anchors, in printed order, and cutting the token stream into
// one value range per row (the range of a row ends where the next row's label begins).
import type { CellNote } from './types';
import { readRow, type RowRead, type RowSpec } from './cells';
import { findAnchor, labelPosOfToken, type TokenStream } from './tables-tokens';

export interface SeqRow {
  key: string;
  anchors: readonly (string | RegExp)[];
  spec: Omit<RowSpec, 'truncated'>;
}

export interface RowResult {
  key: string;
  found: boolean;
  read: RowRead | null;
  /** first token of the row's label */
  tok: number;
}

export interface TableCells {
  cells: Map<string, number | null>;
  notes: Map<string, CellNote>;
  /** rows whose label was found */
  rowsFound: number;
  /** label position after the last row found (where the next table may start) */
  endPos: number;
  /** a 2021 table printed under the 2019 captions (template misuse, C2) */
  oldCaptions?: boolean;
}

/** Section 五 or 六 has begun (its heading, not the sentence in the preamble that lists the six parts):
 * text after a table exists, so the table was not cut off. */
export const LATER_SECTION = /五[、.][^。，,；]{0,14}(?:存在|改进情况)|六[、.]其他需要报告/;

/** The first label position (≥ from) of any fragment; -1 when none. */
export function firstPos(ts: TokenStream, fragments: readonly string[], from: number): number {
  let best = -1;
  for (const f of fragments) {
    const at = ts.labels.indexOf(f, from);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** Rows in order between label positions [startPos, endPos). `endTok` bounds the last row's values;
 * when the table runs to the end of a cut-off text, the last row is marked truncated. */
export function readSequence(
  ts: TokenStream,
  rows: readonly SeqRow[],
  startPos: number,
  endPos: number,
  endTok: number,
): RowResult[] {
  const found: RowResult[] = rows.map((r) => ({ key: r.key, found: false, read: null, tok: -1 }));
  let pos = startPos;
  for (let i = 0; i < rows.length; i++) {
    const a = findAnchor(ts, rows[i].anchors, pos, endPos);
    if (!a) continue;
    found[i] = { key: rows[i].key, found: true, read: null, tok: a.tok };
    pos = a.end;
  }
  const hitRows: number[] = [];
  found.forEach((f, i) => f.found && hitRows.push(i));
  const hits = hitRows.map((i) => found[i]);
  for (let h = 0; h < hits.length; h++) {
    const row = hitRows[h];
    const last = h === hits.length - 1;
    const to = last ? endTok : hits[h + 1].tok;
    const truncated = last && endTok >= ts.tokens.length;
    // Written out rather than spread: spreading a spec is the slowest step of this loop.
    const spec = rows[row].spec;
    hits[h].read = readRow(ts, hits[h].tok, to, {
      n: spec.n,
      constraint: spec.constraint,
      groups: spec.groups,
      money: spec.money,
      stopAtLabel: spec.stopAtLabel,
      gridFrom: spec.gridFrom,
      truncated,
    });
  }
  return found;
}

/** Label position at which token `tok` starts (for bounding searches). */
export function posOfToken(ts: TokenStream, tok: number): number {
  return labelPosOfToken(ts, tok);
}

const KEY_CACHE = new Map<string, Map<readonly string[], string[]>>();

/** `prefix.column` keys, built once per row definition (the parser runs thousands of reports a second). */
function cellKeys(prefix: string, columns: readonly string[]): string[] {
  let byColumns = KEY_CACHE.get(prefix);
  if (!byColumns) KEY_CACHE.set(prefix, (byColumns = new Map()));
  let keys = byColumns.get(columns);
  if (!keys) byColumns.set(columns, (keys = columns.map((c) => `${prefix}.${c}`)));
  return keys;
}

/** Put a row's cells under `prefix.<column>`; rows not found (a cut-off text) stay null. */
export function storeRow(
  out: TableCells,
  prefix: string,
  columns: readonly string[],
  read: RowRead | null,
): void {
  const keys = cellKeys(prefix, columns);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (!read) out.cells.set(key, null);
    else if (read.kind === 'candidates') {
      out.cells.set(key, null);
      out.notes.set(key, { raw: read.raw, state: 'needsReview' });
    } else {
      const cell = read.cells[k];
      out.cells.set(key, cell.value);
      if (cell.note) out.notes.set(key, cell.note);
    }
  }
}

export function emptyTable(): TableCells {
  return { cells: new Map(), notes: new Map(), rowsFound: 0, endPos: 0 };
}
