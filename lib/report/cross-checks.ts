// Checks across one issuer's consecutive reports (report-format.md §5.3, §7.2): X1 carry-over chain, X2/X3
// stock chains, C9 text copied from the previous year. Pure: the database hands in the two reports.
import type { Finding, ParsedReport } from './types';

/** Prose sections only: the tables' labels are the same in every report by design. */
const PROSE_SECTIONS = ['overview', 'problems', 'other'] as const;

const IN_FORCE_ROWS = [
  ['regulations', '规章'],
  ['normativeDocuments', '行政规范性文件'],
] as const;

const ITEM_ROWS = [
  ['licensing', '行政许可'],
  ['otherServices', '其他对外管理服务事项'],
  ['penalty', '行政处罚'],
  ['coercion', '行政强制'],
  ['adminFees', '行政事业性收费'],
] as const;

/** Every cell the checks read; the database hands in only these (a report's cells are most of its size). */
export const CROSS_CELL_KEYS: readonly string[] = [
  'applications.carriedForward.total',
  'applications.carriedOver.total',
  ...IN_FORCE_ROWS.flatMap(([row]) =>
    ['inForce', 'issued', 'repealed'].map((c) => `active.${row}.${c}`),
  ),
  ...ITEM_ROWS.flatMap(([row]) => ['priorItems', 'itemChange'].map((c) => `active.${row}.${c}`)),
];
export const CROSS_SECTIONS: readonly string[] = PROSE_SECTIONS;

/** What the checks read of a report: a whole ParsedReport serves, and so does one cut to the keys above. */
export interface CrossReport {
  meta: Pick<ParsedReport['meta'], 'year' | 'template'>;
  cells: ParsedReport['cells'];
  cellNotes: ParsedReport['cellNotes'];
  sections: Pick<ParsedReport['sections'], (typeof PROSE_SECTIONS)[number]>;
}

const num = (r: CrossReport, key: string): number | null => {
  const v = r.cells[key];
  return typeof v === 'number' && r.cellNotes[key]?.state !== 'needsReview' ? v : null;
};

function carryChain(prev: CrossReport, cur: CrossReport): Finding[] {
  const before = num(prev, 'applications.carriedForward.total');
  const now = num(cur, 'applications.carriedOver.total');
  if (before === null || now === null || before === now) return [];
  return [
    {
      rule: 'X1-carryChain',
      severity: 'warning',
      message: `本年“上年结转”${now} 件，与 ${prev.meta.year} 年报告“结转下年度继续办理”${before} 件不一致（机构调整时可能合理，需核实）。`,
      cells: ['applications.carriedOver.total'],
    },
  ];
}

function inForceChain(prev: CrossReport, cur: CrossReport): Finding[] {
  const out: Finding[] = [];
  for (const [row, label] of IN_FORCE_ROWS) {
    const p = num(prev, `active.${row}.inForce`);
    const issued = num(cur, `active.${row}.issued`);
    const repealed = num(cur, `active.${row}.repealed`);
    const now = num(cur, `active.${row}.inForce`);
    if (p === null || issued === null || repealed === null || now === null) continue;
    const expected = p + issued - repealed;
    if (expected !== now)
      out.push({
        rule: 'X2-inForceChain',
        severity: 'info',
        message: `${label}现行有效 ${now} 件，按上年 ${p} 件加本年制发 ${issued} 件减废止 ${repealed} 件应为 ${expected} 件（仅供参考）。`,
        cells: [`active.${row}.inForce`, `active.${row}.issued`, `active.${row}.repealed`],
      });
  }
  return out;
}

function itemChain(prev: CrossReport, cur: CrossReport): Finding[] {
  const out: Finding[] = [];
  for (const [row, label] of ITEM_ROWS) {
    const p = num(prev, `active.${row}.priorItems`);
    const change = num(prev, `active.${row}.itemChange`);
    const now = num(cur, `active.${row}.priorItems`);
    if (p === null || change === null || now === null || p + change === now) continue;
    out.push({
      rule: 'X3-itemChain',
      severity: 'info',
      message: `${label}“上一年项目数量”${now} 项，按上年报告 ${p} 项加增减 ${change} 项应为 ${p + change} 项（仅供参考）。`,
      cells: [`active.${row}.priorItems`],
    });
  }
  return out;
}

const proseOf = (r: CrossReport) =>
  PROSE_SECTIONS.map((s) => r.sections[s])
    .filter(Boolean)
    .join('\n');

/** Sentences with digits masked, so a copy that only changed the year still counts as a copy. */
function sentences(text: string): string[] {
  return text
    .split(/[。！？；\n]+/)
    .map((s) => s.replace(/\s+/g, '').replace(/[0-9〇零一二三四五六七八九十百千万]+/g, '#'))
    .filter((s) => s.length >= 12);
}

/** Share (0–1) of the current prose, by characters, made of sentences found in the previous year's. */
export function copiedShare(previous: string, current: string): number | null {
  const cur = sentences(current);
  const total = cur.reduce((n, s) => n + s.length, 0);
  if (total < 120) return null; // too little prose to judge
  const seen = new Set(sentences(previous));
  const copied = cur.filter((s) => seen.has(s)).reduce((n, s) => n + s.length, 0);
  return copied / total;
}

export const COPY_THRESHOLD = 0.5;

function duplication(prev: CrossReport, cur: CrossReport): Finding[] {
  const share = copiedShare(proseOf(prev), proseOf(cur));
  if (share === null || share < COPY_THRESHOLD) return [];
  const pct = Math.round(share * 100);
  return [
    {
      rule: 'C9-duplication',
      severity: 'warning',
      message: `正文约 ${pct}% 的文字与 ${prev.meta.year} 年报告相同（仅数字不同的句子也计入），可能照抄上年报告。`,
      cells: [],
    },
  ];
}

/** Findings on `cur` that need the same issuer's report for the year before. */
export function crossReportFindings(prev: CrossReport, cur: CrossReport): Finding[] {
  if (prev.meta.year === null || cur.meta.year !== prev.meta.year + 1) return [];
  const out = [...carryChain(prev, cur), ...duplication(prev, cur)];
  if (prev.meta.template === 'gov2021' && cur.meta.template === 'gov2021')
    out.push(...inForceChain(prev, cur));
  if (prev.meta.template === 'gov2019' && cur.meta.template === 'gov2019')
    out.push(...itemChain(prev, cur));
  return out;
}
