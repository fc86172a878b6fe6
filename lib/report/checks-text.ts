// T1 and F1 (report-format.md §5.3): what the prose says against what the tables print.
import type { CellNote, Finding, NarrativeFigure } from './types';

type Cells = Record<string, number | null>;

function cell(cells: Cells, notes: Record<string, CellNote>, key: string): number | null {
  if (notes[key]?.state === 'needsReview') return null;
  return cells[key] ?? null;
}

function sum(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

interface Pair {
  figure: string;
  label: string;
  cells: string[];
  /** other table values the sentence may legitimately mean */
  alternatives?: (sentence: string, cells: Cells) => number | null;
}

const PAIRS: Pair[] = [
  {
    figure: 'applications.received',
    label: '收到的政府信息公开申请',
    cells: ['applications.newReceived.total'],
    // "共收到申请X件(含上年结转Y件)": the sentence counts last year's carried-over applications too.
    alternatives: (s, c) =>
      /(?:含|包括|加上)上年(?:度)?结转/.test(s)
        ? sum([c['applications.newReceived.total'], c['applications.carriedOver.total']])
        : null,
  },
  {
    figure: 'applications.closed',
    label: '办结的申请',
    cells: ['applications.resultsTotal.total'],
  },
  {
    figure: 'applications.carriedForward',
    label: '结转下年度的申请',
    cells: ['applications.carriedForward.total'],
  },
  { figure: 'review.count', label: '行政复议案件', cells: ['review.total'] },
  {
    figure: 'litigation.count',
    label: '行政诉讼案件',
    cells: ['litigation.direct.total', 'litigation.afterReview.total'],
  },
];

export function checkTextVsTable(
  cells: Cells,
  notes: Record<string, CellNote>,
  narrative: Record<string, NarrativeFigure>,
): Finding[] {
  const out: Finding[] = [];
  for (const pair of PAIRS) {
    const figure = narrative[pair.figure];
    if (!figure || !pair.cells.every((k) => k in cells)) continue;
    const table = sum(pair.cells.map((k) => cell(cells, notes, k)));
    if (table === null || table === figure.value) continue;
    if (pair.alternatives?.(figure.sentence, cells) === figure.value) continue;
    out.push({
      rule: 'T1-textVsTable',
      severity: 'warning',
      message: `正文称${pair.label}为 ${figure.value} 件，而表格中为 ${table} 件，两处不一致（正文原句：“${figure.sentence}”）。`,
      cells: pair.cells,
    });
  }
  return out;
}

/** Applications ended because a fee went unpaid imply fee notices were sent; section 六 should say so. */
export function checkFees(
  cells: Cells,
  notes: Record<string, CellNote>,
  narrative: Record<string, NarrativeFigure>,
): Finding[] {
  const unpaid = cell(cells, notes, 'applications.otherHandling.feeNotPaid.total');
  if (unpaid === null || unpaid <= 0) return [];
  const notices = narrative['fees.infoProcessing.noticesCount'];
  if (notices && notices.value > 0) return [];
  return [
    {
      rule: 'F1-feeConsistency',
      severity: 'warning',
      message: notices
        ? `表格中有 ${unpaid} 件申请因逾期未缴纳信息处理费而终止，但正文称发出收费通知 0 件，前后矛盾。`
        : `表格中有 ${unpaid} 件申请因逾期未缴纳信息处理费而终止，说明发出过收费通知，但报告未说明发出收费通知的件数和金额。`,
      cells: ['applications.otherHandling.feeNotPaid.total'],
    },
  ];
}
