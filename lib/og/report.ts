// What the share card of one report shows, from the report as stored: issuer, year, format, its five key
// figures (computed with the same metric definitions as every chart) and how many findings it has.
import { unitName } from '../charts/metric-trend';
import { formatDate } from '../format';
import { METRIC_BY_KEY, metricValue } from '../metrics';
import type { ParsedReport } from '../report/types';
import { TEMPLATE_LABELS } from '../report-layout';
import { inertLine } from '../security/text';

/** The figures of a report card, in order. */
export const REPORT_FIGURES: { key: string; label: string }[] = [
  { key: 'applications.new', label: '新收申请' },
  { key: 'outcomes.total', label: '办理结果' },
  { key: 'proactive.items', label: '主动公开信息' },
  { key: 'review.total', label: '行政复议' },
  { key: 'litigation.total', label: '行政诉讼' },
];

export interface ReportCardInput {
  agencyName: string;
  year: number | null;
  template: string;
  publishedOn: string | null;
  synthetic: boolean;
  parsed: Pick<ParsedReport, 'cells' | 'narrative'>;
  findings: { severity: 'error' | 'warning' | 'info'; message: string }[];
  /** the region path's names, nation excluded */
  regionNames: string[];
  /** when the data last changed (ISO) */
  dataUpdatedAt: string;
}

export interface ReportCardData {
  agencyName: string;
  year: number | null;
  scope: string;
  templateLabel: string;
  figures: { label: string; value: number | null; text: string; unit: string }[];
  findings: { total: number; errors: number; warnings: number; infos: number };
  /** the first findings' messages (errors first, as the report page lists them) */
  findingLines: string[];
  footer: string[];
}

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const countFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function reportCardData(input: ReportCardInput): ReportCardData {
  const figures = REPORT_FIGURES.map(({ key, label }) => {
    const metric = METRIC_BY_KEY.get(key)!;
    const value = metricValue(metric, input.parsed);
    return { label, value, text: value === null ? '—' : countFormat.format(value), unit: unitName(metric) };
  });
  const count = (s: string) => input.findings.filter((f) => f.severity === s).length;
  const template = TEMPLATE_LABELS[input.template] ?? input.template;
  return {
    agencyName: inertLine(input.agencyName) || '发布机关不明',
    year: input.year,
    scope: input.regionNames.map(inertLine).join(' · '),
    // the form's short name: the circular's number stays on the report page
    templateLabel: template.replace(/（.*）$/, ''),
    figures,
    findings: { total: input.findings.length, errors: count('error'), warnings: count('warning'), infos: count('info') },
    findingLines: input.findings.slice(0, 2).map((f) => `${SEVERITY[f.severity]}：${inertLine(f.message)}`),
    footer: [
      `发布日期 ${formatDate(input.publishedOn)}${input.synthetic ? ' · 生成的测试数据' : ''} · 数据来源：该报告原文，公开透镜整理`,
      `数据截至 ${formatDate(input.dataUpdatedAt)}`,
    ],
  };
}
