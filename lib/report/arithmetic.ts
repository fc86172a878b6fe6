// The table's own arithmetic (report-format.md §5): A1–A3 for the applications matrix, R1–R3 for review and
// litigation, S1 for signs. Printed numbers are never repaired: a failure is a finding naming the numbers.
// A cell left for review makes its check "not assessable" (info), never an error.
import type { CellNote, Finding } from './types';
import {
  APPLICATION_COLUMNS,
  COLUMN_LABELS,
  ROW_LABELS,
  applicationRows,
  resultRowKeys,
  type TableTemplate,
} from './keys';

type Cells = Record<string, number | null>;
type Notes = Record<string, CellNote>;

/** A cell as the arithmetic sees it: blank counts as 0, a cell to review or not present is unknown. */
const REVIEW = 'review';
type Term = number | null | typeof REVIEW;

function term(cells: Cells, notes: Notes, key: string): Term {
  const v = cells[key];
  if (v !== null && v !== undefined) return v;
  const state = notes[key]?.state;
  // §5.4: a blank 总计 is "not stated" (Shanghai 2019 fills only （七）总计 and 结转), in every rule.
  if (state === 'blank' && key.endsWith('.total')) return null;
  if (state === 'blank' || state === 'dash') return 0;
  return state === 'needsReview' || state === 'text' ? REVIEW : null;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** One rule over fixed cells. The equations of a template are built once: the keys are then the same
 * strings on every report, which keeps the lookups in the (large, dictionary-mode) cell record cheap. */
interface Equation {
  rule: string;
  /** what is checked, for the "not assessable" message */
  name: string;
  left: readonly string[];
  right: readonly string[];
  describe: (left: number, right: number) => string;
}

/** Left to right from 0, as the sums were always taken (floating-point results must not move). */
function sumOf(values: Term[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (values[i] as number | null) ?? 0;
  return sum;
}

function evaluate(eq: Equation, cells: Cells, notes: Notes, out: Finding[]): void {
  const keys = [...eq.left, ...eq.right];
  const values = keys.map((k) => term(cells, notes, k));
  if (values.includes(REVIEW)) {
    out.push({
      rule: eq.rule,
      severity: 'info',
      message: `${eq.name}：有单元格需人工核对，暂无法校验`,
      cells: keys,
    });
    return;
  }
  if (values.includes(null)) return; // not printed (a cut-off text): nothing to check
  const l = sumOf(values, 0, eq.left.length);
  const r = sumOf(values, eq.left.length, values.length);
  if (Math.abs(l - r) > 1e-9) {
    out.push({ rule: eq.rule, severity: 'error', message: eq.describe(l, r), cells: keys });
  }
}

function applicationEquations(t: TableTemplate): Equation[] {
  const out: Equation[] = [];
  const cols = APPLICATION_COLUMNS;
  const k = (row: string, col: string) => `applications.${row}.${col}`;
  for (const row of applicationRows(t)) {
    const label = ROW_LABELS[row.key] ?? row.key;
    out.push({
      rule: 'A1-rowTotal',
      name: `“${label}”行合计`,
      left: cols.slice(0, 6).map((c) => k(row.key, c)),
      right: [k(row.key, 'total')],
      describe: (s, tot) => `“${label}”行各列之和（${fmt(s)}）与总计（${fmt(tot)}）不一致`,
    });
  }
  const results = resultRowKeys(t);
  for (const c of cols) {
    const col = COLUMN_LABELS[c];
    out.push({
      rule: 'A2-resultsSum',
      name: `本年度办理结果合计（${col}列）`,
      left: results.map((r) => k(r, c)),
      right: [k('resultsTotal', c)],
      describe: (s, tot) =>
        `本年度办理结果各项之和（${fmt(s)}）与（七）总计（${fmt(tot)}）不一致（${col}列）`,
    });
  }
  for (const c of cols) {
    const col = COLUMN_LABELS[c];
    out.push({
      rule: 'A3-balance',
      name: `勾稽关系（${col}列）`,
      left: ['newReceived', 'carriedOver'].map((r) => k(r, c)),
      right: ['resultsTotal', 'carriedForward'].map((r) => k(r, c)),
      describe: (l, r) =>
        `新收与上年结转之和（${fmt(l)}）不等于办理结果总计与结转下年度之和（${fmt(r)}）（${col}列）`,
    });
  }
  return out;
}

const REVIEW_GROUPS: [string, string, string][] = [
  ['R1-review', 'review', '行政复议'],
  ['R2-direct', 'litigation.direct', '行政诉讼（未经复议直接起诉）'],
  ['R3-afterReview', 'litigation.afterReview', '行政诉讼（复议后起诉）'],
];

function reviewEquations(): Equation[] {
  return REVIEW_GROUPS.map(([rule, prefix, label]) => ({
    rule,
    name: `${label}合计`,
    left: ['upheld', 'corrected', 'other', 'pending'].map((c) => `${prefix}.${c}`),
    right: [`${prefix}.total`],
    describe: (s, tot) =>
      `${label}：结果维持、结果纠正、其他结果、尚未审结之和（${fmt(s)}）与总计（${fmt(tot)}）不一致`,
  }));
}

const EQUATIONS = new Map<TableTemplate, Equation[]>();

/** A1–A3 then R1–R3, in the order their findings are reported. */
function equationsOf(t: TableTemplate): Equation[] {
  let eqs = EQUATIONS.get(t);
  if (!eqs) EQUATIONS.set(t, (eqs = [...applicationEquations(t), ...reviewEquations()]));
  return eqs;
}

const SIGNED = /\.itemChange$/;
const MONEY = /\.(amountWan|amount)$/;

function signChecks(cells: Cells, out: Finding[]): void {
  const negative: string[] = [];
  const fractional: string[] = [];
  // Object.keys, not for…in: the record has a hundred-odd keys and is a dictionary to V8, which for…in
  // walks key by key through its slow path.
  for (const key of Object.keys(cells)) {
    const v = cells[key];
    if (v === null) continue;
    if (v < 0 && !SIGNED.test(key)) negative.push(key);
    if (!Number.isInteger(v) && !MONEY.test(key)) fractional.push(key);
  }
  if (negative.length) {
    out.push({
      rule: 'S1-signs',
      severity: 'error',
      message: `表格中出现负数（${negative.map((k) => cells[k]).join('、')}），件数不应为负`,
      cells: negative,
    });
  }
  if (fractional.length) {
    out.push({
      rule: 'S1-signs',
      severity: 'error',
      message: `表格中出现小数（${fractional.map((k) => cells[k]).join('、')}），件数应为整数`,
      cells: fractional,
    });
  }
}

export function checkArithmetic(cells: Cells, notes: Notes, t: TableTemplate): Finding[] {
  const out: Finding[] = [];
  for (const eq of equationsOf(t)) evaluate(eq, cells, notes, out);
  signChecks(cells, out);
  return out;
}

export interface TableGroupsFound {
  proactive: number;
  applications: number;
  review: number;
}

/** C4-tables (§7.2): the three table groups are present. A text cut off before a group cannot be judged. */
export function checkTables(found: TableGroupsFound | null, complete: boolean): Finding[] {
  const missing: string[] = [];
  if (!found || found.proactive === 0) missing.push('二、主动公开政府信息情况');
  if (!found || found.applications === 0) missing.push('三、收到和处理政府信息公开申请情况');
  if (!found || found.review === 0) missing.push('四、行政复议和行政诉讼情况');
  if (!missing.length) return [];
  const list = missing.map((m) => `“${m}”`).join('、');
  return [
    complete
      ? { rule: 'C4-tables', severity: 'warning', message: `未找到${list}的统计表格`, cells: [] }
      : {
          rule: 'C4-tables',
          severity: 'info',
          message: `文本不完整，未见${list}的统计表格，无法判断是否缺表`,
          cells: [],
        },
  ];
}
