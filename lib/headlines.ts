// The headline figures of a scope and year with the year before: what a supervisor reads first.
export interface YearFigures {
  year: number;
  reports: number;
  values: Record<string, number | null>;
}

export interface Headline {
  key: string;
  label: string;
  /** how the figure is computed, for the card's note */
  note: string;
  kind: 'count' | 'share';
  value: number | null;
  previous: number | null;
}

const sum = (...xs: (number | null | undefined)[]): number | null =>
  xs.every((x) => x === null || x === undefined) ? null : xs.reduce<number>((a, x) => a + (x ?? 0), 0);

const share = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : part / whole;

function figures(y: YearFigures | undefined) {
  if (!y) return { reports: null, apps: null, open: null, cases: null, corrected: null };
  const v = y.values;
  const cases = sum(v['review.total'], v['litigation.total']);
  return {
    reports: y.reports,
    apps: v['applications.new'] ?? null,
    open: share(sum(v['outcomes.granted'], v['outcomes.partiallyGranted']), v['outcomes.total'] ?? null),
    cases,
    corrected: share(sum(v['review.corrected'], v['litigation.corrected']), cases),
  };
}

export function headlineFigures(years: YearFigures[], year: number): Headline[] {
  const now = figures(years.find((y) => y.year === year));
  const before = figures(years.find((y) => y.year === year - 1));
  return [
    { key: 'reports', label: '报告数', note: '本年度已收录的报告（现行版本）', kind: 'count', value: now.reports, previous: before.reports },
    { key: 'apps', label: '新收申请', note: '表三“本年新收政府信息公开申请数量”总计之和', kind: 'count', value: now.apps, previous: before.apps },
    { key: 'open', label: '公开或部分公开', note: '（予以公开 + 部分公开）÷ 办理结果总计', kind: 'share', value: now.open, previous: before.open },
    { key: 'cases', label: '行政复议与诉讼', note: '表四 行政复议总计 + 行政诉讼总计', kind: 'count', value: now.cases, previous: before.cases },
    { key: 'corrected', label: '被纠错比例', note: '（复议 + 诉讼“结果纠正”）÷ 复议与诉讼总计', kind: 'share', value: now.corrected, previous: before.corrected },
  ];
}
