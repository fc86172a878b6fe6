// 三、收到和处理政府信息公开申请情况: the 25-row (2021) / 23-row (2019) × 7-column matrix.
// Rows whose digits ran together and split several ways under A1 are resolved jointly with A2 (results sum
// to (七)总计) and A3 (新收 + 结转 = 总计 + 结转下年) column by column (§6.3 step 3).
import { APPLICATION_COLUMNS, applicationRows, resultRowKeys, type TableTemplate } from './keys';
import { cellsFrom, type RowRead } from './cells';
import {
  emptyTable,
  firstPos,
  posOfToken,
  readSequence,
  storeRow,
  type TableCells,
} from './tables';
import type { TokenStream } from './tables-tokens';

const MAX_COMBINATIONS = 4096;
const N = APPLICATION_COLUMNS.length;

/** Where the matrix starts: the 本年新收 row that follows the column header (prose before the table may
 * also say 本年新收…). */
export function findApplicationsStart(ts: TokenStream, from: number): number {
  const all: number[] = [];
  for (
    let at = ts.labels.indexOf('本年新收', from);
    at >= 0;
    at = ts.labels.indexOf('本年新收', at + 1)
  ) {
    all.push(at);
  }
  const headed = all.find((at) =>
    /自然人|勾稽|钩稽|申请人情况|法人或其他组织/.test(
      ts.labels.slice(Math.max(from, at - 300), at),
    ),
  );
  if (headed !== undefined) return headed;
  // No header: the row that the next row (上年结转) follows closely, not a sentence of the overview.
  const next = all.length ? ts.labels.indexOf('上年结转', all[0]) : -1;
  const rowLike = all.filter((at) => at < next && next - at < 120).pop();
  return rowLike ?? all[0] ?? -1;
}

type Values = (number | null)[];

/** In a tab grid (HTML/DOCX through ingest, spans expanded), the column of 自然人 when 总计 sits six
 * columns to its right on the same header line: the value columns of every aligned row. */
function gridColumn(ts: TokenStream, startPos: number): number | undefined {
  const at = ts.labels.lastIndexOf('自然人', startPos);
  if (at < 0) return undefined;
  const first = ts.labelTok[at];
  const head = ts.tokens[first];
  if (head.col === undefined) return undefined;
  for (let i = first + 1; i < ts.tokens.length && ts.tokens[i].line === head.line; i++) {
    const t = ts.tokens[i];
    if (t.kind === 'label' && t.text.includes('总计') && t.col === head.col + N - 1)
      return head.col;
  }
  return undefined;
}

/** Column values of a row as the checks see them: blank counts as 0, unknown as null. */
function rowValues(read: RowRead | null): Values | null {
  if (!read || read.kind !== 'cells') return null;
  return read.cells.map((c) => (c.value !== null ? c.value : c.note?.state === 'blank' ? 0 : null));
}

function consistent(rows: Map<string, Values | null>, results: string[]): boolean {
  const get = (k: string, c: number) => rows.get(k)?.[c] ?? null;
  for (let c = 0; c < N; c++) {
    const total = get('resultsTotal', c);
    const parts = results.map((k) => get(k, c));
    if (total !== null && parts.every((p) => p !== null)) {
      if (parts.reduce((a: number, b) => a + (b ?? 0), 0) !== total) return false;
    }
    const a3 = [get('newReceived', c), get('carriedOver', c), total, get('carriedForward', c)];
    if (a3.every((v) => v !== null)) {
      const [nr, co, rt, cf] = a3 as number[];
      if (nr + co !== rt + cf) return false;
    }
  }
  return true;
}

/** Choose one split per ambiguous row so that A2 and A3 hold; exactly one combination or nothing. */
function resolveJointly(reads: Map<string, RowRead | null>, t: TableTemplate): void {
  const ambiguous = [...reads].filter(([, r]) => r?.kind === 'candidates') as [
    string,
    Extract<RowRead, { kind: 'candidates' }>,
  ][];
  if (!ambiguous.length) return;
  const combos = ambiguous.reduce((p, [, r]) => p * r.options.length, 1);
  if (combos > MAX_COMBINATIONS) return;
  const results = resultRowKeys(t);
  const values = new Map<string, Values | null>();
  for (const [k, r] of reads) values.set(k, rowValues(r));
  // Where A2/A3 cannot be evaluated every combination passes, so more than one survives: no choice.
  let solution: number[] | null = null;
  let count = 0;
  const pick = new Array<number>(ambiguous.length).fill(0);
  for (let i = 0; i < combos && count < 2; i++) {
    let rest = i;
    ambiguous.forEach(([k, r], j) => {
      pick[j] = rest % r.options.length;
      rest = Math.floor(rest / r.options.length);
      values.set(k, r.options[pick[j]]);
    });
    if (consistent(values, results)) {
      count++;
      solution = [...pick];
    }
  }
  if (count !== 1 || !solution) return;
  const chosen = solution;
  ambiguous.forEach(([k, r], j) => reads.set(k, cellsFrom(r.options[chosen[j]], r.raw, true)));
}

/** A single (六) row in a 2021 table: its three sub-rows are 0 when the row is all 0 (cells cannot be
 * negative); otherwise they cannot be told apart. */
function splitUndivided(reads: Map<string, RowRead | null>): void {
  const row = reads.get('otherHandling.undivided') ?? null;
  reads.delete('otherHandling.undivided');
  if (!row) return;
  const subRows = [
    'otherHandling.noCorrectionInTime',
    'otherHandling.feeNotPaid',
    'otherHandling.other',
  ];
  const zero = row.kind === 'cells' && row.cells.every((c) => c.value === 0);
  const raw =
    row.kind === 'candidates'
      ? row.raw
      : row.cells.map((c) => c.note?.raw ?? String(c.value ?? '')).join(' ');
  for (const k of subRows) {
    reads.set(
      k,
      zero
        ? cellsFrom(new Array<number>(N).fill(0), `（六）其他处理 ${raw}`, true)
        : { kind: 'candidates', options: [], raw: `（六）其他处理 ${raw}` },
    );
  }
}

export function readApplications(ts: TokenStream, t: TableTemplate, from: number): TableCells {
  const out = emptyTable();
  const rows = applicationRows(t);
  const startPos = findApplicationsStart(ts, from);
  const keys = rows.map((r) => r.key);
  if (startPos < 0) {
    for (const r of rows) storeRow(out, `applications.${r.key}`, APPLICATION_COLUMNS, null);
    return out;
  }
  // The table ends where section 四 (its heading or the review header) or section 五 begins.
  const endPos = firstPos(ts, ['行政复议', '维持', '存在的主要问题', '行政诉讼'], startPos);
  const endTok = endPos >= 0 ? ts.labelTok[endPos] : ts.tokens.length;
  const gridFrom = gridColumn(ts, startPos);
  // Some 2021 tables still print (六)其他处理 as the single 2019 row.
  const region = ts.labels.slice(startPos, endPos >= 0 ? endPos : undefined);
  const undivided =
    t === 'gov2021' && !/逾期不补正|无正当理由逾期|逾期未按收费|缴纳费用/.test(region);
  const readRows = undivided ? applicationRows('gov2019') : rows;
  const seq = readSequence(
    ts,
    readRows.map((r) => ({
      key: r.key,
      anchors: r.anchors,
      spec: { n: N, constraint: 'sum' as const, gridFrom },
    })),
    startPos,
    endPos >= 0 ? endPos : Infinity,
    endTok,
  );
  const reads = new Map<string, RowRead | null>(seq.map((s) => [s.key, s.read]));
  resolveJointly(reads, undivided ? 'gov2019' : t);
  if (undivided) splitUndivided(reads);
  keys.forEach((k) =>
    storeRow(out, `applications.${k}`, APPLICATION_COLUMNS, reads.get(k) ?? null),
  );
  out.rowsFound = seq.filter((s) => s.found).length;
  const lastTok = Math.max(...seq.map((s) => s.tok));
  out.endPos = endPos >= 0 ? endPos : lastTok >= 0 ? posOfToken(ts, lastTok) : startPos;
  return out;
}
