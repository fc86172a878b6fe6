// The deliberate errors a fraction of generated reports carry, one per report, each of a kind a
// supervisor's check must catch (report-format §5, §7). The table stays otherwise consistent, so the
// expected findings are exactly those the one error implies.
import { APPLICATION_COLUMNS, resultRowKeys, type TableTemplate } from '../report/keys';
import { getCell, setCell, type Cells } from './cells';
import type { Rng } from './prng';

export type ErrorKind = 'rowTotal' | 'resultsSum' | 'carryChain' | 'late' | 'copied';

export interface DeliberateError {
  kind: ErrorKind;
  /** what was changed, for a person reading the truth file */
  detail: string;
}

/** Findings each kind must raise. A wrong 总计 in a result row breaks its row (A1) and the 总计
 * column's results sum (A2); a cell and its row total moved together break only A2. */
export const EXPECTED_RULES: Record<ErrorKind, string[]> = {
  rowTotal: ['A1-rowTotal', 'A2-resultsSum'],
  resultsSum: ['A2-resultsSum'],
  carryChain: ['X1-carryChain'],
  late: ['C1-deadline'],
  copied: ['C9-duplication'],
};

/** Which kind, if any: carry-over and copying need last year's report in the same run, and a broken
 * chain can only be seen when last year printed its 结转 as a number (a dash is not assessable). */
export function chooseError(
  rng: Rng,
  rate: number,
  previous: { zerosUnstated: boolean } | null,
): ErrorKind | null {
  if (!rng.chance(rate)) return null;
  const kinds: ErrorKind[] = !previous
    ? ['rowTotal', 'resultsSum', 'late']
    : previous.zerosUnstated
      ? ['rowTotal', 'resultsSum', 'late', 'copied']
      : ['rowTotal', 'resultsSum', 'carryChain', 'late', 'copied'];
  return rng.pick(kinds);
}

/** Change the cells for the table errors; the other kinds act on the date or the prose. */
export function applyTableError(rng: Rng, kind: ErrorKind, t: TableTemplate, cells: Cells): string {
  const rows = resultRowKeys(t);
  const key = (row: string, col: string) => `applications.${row}.${col}`;
  const add = (k: string, delta: number) => setCell(cells, k, getCell(cells, k) + delta);
  if (kind === 'rowTotal') {
    const row = rng.pick(rows);
    const before = getCell(cells, key(row, 'total'));
    // Never down to 0: a zero may be printed blank, and a blank 总计 is "not stated" (no A1).
    const delta = before < 2 || rng.chance(0.5) ? rng.int(1, 2) : -1;
    add(key(row, 'total'), delta);
    return `${key(row, 'total')}: ${before} → ${before + delta}`;
  }
  if (kind === 'resultsSum') {
    const row = rng.pick(rows);
    const col = rng.chance(0.8) ? 'naturalPerson' : rng.pick(APPLICATION_COLUMNS.slice(1, 6));
    const delta = getCell(cells, key(row, col)) > 0 && rng.chance(0.3) ? -1 : rng.int(1, 2);
    add(key(row, col), delta);
    add(key(row, 'total'), delta);
    return `${key(row, col)} and ${key(row, 'total')} both ${delta > 0 ? '+' : ''}${delta}; （七）总计 unchanged`;
  }
  if (kind === 'carryChain') {
    // 上年结转 no longer equals last year's 结转下年度; the extra cases are shown as granted so this
    // year's own balance (A3) and results sum (A2) still hold.
    const k = rng.int(1, 3);
    for (const row of ['carriedOver', 'granted', 'resultsTotal']) {
      add(key(row, 'naturalPerson'), k);
      add(key(row, 'total'), k);
    }
    return `applications.carriedOver.total raised by ${k} (and granted, resultsTotal with it)`;
  }
  return '';
}
