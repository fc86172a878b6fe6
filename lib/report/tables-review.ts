// 四、政府信息公开行政复议、行政诉讼情况: one data row of 15 cells under a three-level header.
// Run-together digits ("10203120001200000", L11) are split under R1–R3: each group of five sums to its 总计.
import { REVIEW_KEYS } from './keys';
import { readRow } from './cells';
import { LATER_SECTION, emptyTable, type TableCells } from './tables';
import type { TokenStream } from './tables-tokens';

/** Label position of the review header: the first 维持 (结果维持) after `from`, provided a 行政复议 or
 * 行政诉讼 label comes shortly before it. */
function findReviewHeader(ts: TokenStream, from: number): number {
  let at = ts.labels.indexOf('维持', from);
  while (at >= 0) {
    const before = ts.labels.slice(Math.max(from, at - 200), at);
    if (/复议|诉讼/.test(before)) return at;
    at = ts.labels.indexOf('维持', at + 1);
  }
  return -1;
}

export function readReview(ts: TokenStream, from: number): TableCells {
  const out = emptyTable();
  const header = findReviewHeader(ts, from);
  if (header < 0) {
    for (const k of REVIEW_KEYS) out.cells.set(k, null);
    return out;
  }
  const startTok = ts.labelTok[header];
  // A text cut off inside section 四 (no 五/六 heading after it): missing cells are absent, not blank.
  const reachedEnd = !LATER_SECTION.test(ts.labels.slice(header));
  const read = readRow(ts, startTok, ts.tokens.length, {
    n: REVIEW_KEYS.length,
    constraint: 'sum',
    groups: [5, 5, 5],
    stopAtLabel: true,
    truncated: reachedEnd,
  });
  if (read.kind === 'candidates') {
    REVIEW_KEYS.forEach((k) => {
      out.cells.set(k, null);
      out.notes.set(k, { raw: read.raw, state: 'needsReview' });
    });
  } else {
    REVIEW_KEYS.forEach((k, i) => {
      const cell = read.cells[i];
      out.cells.set(k, cell.value);
      if (cell.note) out.notes.set(k, cell.note);
    });
  }
  out.rowsFound = 1;
  out.endPos = header;
  return out;
}
