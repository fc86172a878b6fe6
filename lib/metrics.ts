// The ONE definition of every metric the dashboard shows: key, 中文 label, English label, unit, which form row
// it comes from, and how it is computed from a report's cells. Storage, charts, exports and the definitions
// page all read this list.
import type { ParsedReport } from './report/types';

export type MetricGroup = 'applications' | 'outcomes' | 'proactive' | 'review' | 'litigation';
export type MetricUnit = 'count' | 'wan' | 'items';

export interface Metric {
  key: string;
  /** the column in report_metrics / rollups */
  column: string;
  group: MetricGroup;
  label: string;
  labelEn: string;
  unit: MetricUnit;
  /** where the figure comes from in the printed form */
  source: string;
  /** cell keys summed (a key missing from a template is skipped); or a narrative key */
  cells?: string[];
  narrative?: string;
  /** templates in which the definition holds; charts mark the 2019/2021 break for the others */
  templates: ('gov2019' | 'gov2021')[];
}

const cols = [
  ['naturalPerson', '自然人', 'natural persons'],
  ['commercialEnterprise', '商业企业', 'commercial enterprises'],
  ['researchInstitution', '科研机构', 'research institutions'],
  ['publicInterestOrg', '社会公益组织', 'public-interest organisations'],
  ['legalServiceOrg', '法律服务机构', 'legal-service organisations'],
  ['otherOrg', '其他', 'other organisations'],
] as const;

const deniedRows = [
  'stateSecret',
  'otherLawProhibits',
  'endangersSecurityStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInformation',
  'enforcementFile',
  'administrativeQuery',
];
const unableRows = ['notHeld', 'wouldRequireCreation', 'unclearAfterCorrection'];
const notProcessedRows = [
  'petitionOrComplaint',
  'repeated',
  'publicPublication',
  'excessiveWithoutReason',
  'confirmOrReissue',
];
const otherRows = ['noCorrectionInTime', 'feeNotPaid', 'other', 'undivided'];
const resultLabel = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
} as const;
const both: Metric['templates'] = ['gov2019', 'gov2021'];
const t = (rows: string[], prefix: string) => rows.map((r) => `applications.${prefix}.${r}.total`);

export const METRICS: Metric[] = [
  {
    key: 'applications.new',
    column: 'app_new',
    group: 'applications',
    label: '本年新收申请',
    labelEn: 'new applications',
    unit: 'count',
    source: '表三 一、本年新收政府信息公开申请数量 · 总计',
    cells: ['applications.newReceived.total'],
    templates: both,
  },
  ...cols.map(
    ([col, label, en]): Metric => ({
      key: `applications.new.${col}`,
      column: `app_new_${col.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}`,
      group: 'applications',
      label: `新收申请·${label}`,
      labelEn: `new applications from ${en}`,
      unit: 'count',
      source: `表三 一、本年新收政府信息公开申请数量 · ${label}`,
      cells: [`applications.newReceived.${col}`],
      templates: both,
    }),
  ),
  {
    key: 'applications.carriedOver',
    column: 'app_carried_over',
    group: 'applications',
    label: '上年结转申请',
    labelEn: 'carried over from last year',
    unit: 'count',
    source: '表三 二、上年结转政府信息公开申请数量 · 总计',
    cells: ['applications.carriedOver.total'],
    templates: both,
  },
  {
    key: 'outcomes.granted',
    column: 'out_granted',
    group: 'outcomes',
    label: '予以公开',
    labelEn: 'granted',
    unit: 'count',
    source: '表三 三、（一）予以公开 · 总计',
    cells: ['applications.granted.total'],
    templates: both,
  },
  {
    key: 'outcomes.partiallyGranted',
    column: 'out_partially_granted',
    group: 'outcomes',
    label: '部分公开',
    labelEn: 'partly granted',
    unit: 'count',
    source: '表三 三、（二）部分公开 · 总计',
    cells: ['applications.partiallyGranted.total'],
    templates: both,
  },
  {
    key: 'outcomes.denied',
    column: 'out_denied',
    group: 'outcomes',
    label: '不予公开',
    labelEn: 'denied',
    unit: 'count',
    source: '表三 三、（三）不予公开 1–8 项之和 · 总计',
    cells: t(deniedRows, 'denied'),
    templates: both,
  },
  {
    key: 'outcomes.unableToProvide',
    column: 'out_unable',
    group: 'outcomes',
    label: '无法提供',
    labelEn: 'unable to provide',
    unit: 'count',
    source: '表三 三、（四）无法提供 1–3 项之和 · 总计',
    cells: t(unableRows, 'unableToProvide'),
    templates: both,
  },
  {
    key: 'outcomes.notProcessed',
    column: 'out_not_processed',
    group: 'outcomes',
    label: '不予处理',
    labelEn: 'not processed',
    unit: 'count',
    source: '表三 三、（五）不予处理 1–5 项之和 · 总计',
    cells: t(notProcessedRows, 'notProcessed'),
    templates: both,
  },
  {
    key: 'outcomes.otherHandling',
    column: 'out_other',
    group: 'outcomes',
    label: '其他处理',
    labelEn: 'other handling',
    unit: 'count',
    source: '表三 三、（六）其他处理（2021 年起分 3 项）· 总计',
    cells: t(otherRows, 'otherHandling'),
    templates: both,
  },
  {
    key: 'outcomes.total',
    column: 'out_total',
    group: 'outcomes',
    label: '办理结果总计',
    labelEn: 'all outcomes',
    unit: 'count',
    source: '表三 三、（七）总计 · 总计',
    cells: ['applications.resultsTotal.total'],
    templates: both,
  },
  {
    key: 'applications.carriedForward',
    column: 'app_carried_forward',
    group: 'applications',
    label: '结转下年度办理',
    labelEn: 'carried forward',
    unit: 'count',
    source: '表三 四、结转下年度继续办理 · 总计',
    cells: ['applications.carriedForward.total'],
    templates: both,
  },
  {
    key: 'proactive.regulationsIssued',
    column: 'pro_regulations_issued',
    group: 'proactive',
    label: '规章·本年制发',
    labelEn: 'regulations issued',
    unit: 'count',
    source: '表二 第二十条第（一）项 规章 · 本年制发件数（2021 年格式）',
    cells: ['active.regulations.issued'],
    templates: ['gov2021'],
  },
  {
    key: 'proactive.normativeIssued',
    column: 'pro_normative_issued',
    group: 'proactive',
    label: '行政规范性文件·本年制发',
    labelEn: 'normative documents issued',
    unit: 'count',
    source: '表二 第二十条第（一）项 行政规范性文件 · 本年制发件数（2021 年格式）',
    cells: ['active.normativeDocuments.issued'],
    templates: ['gov2021'],
  },
  {
    key: 'proactive.normativeInForce',
    column: 'pro_normative_in_force',
    group: 'proactive',
    label: '行政规范性文件·现行有效',
    labelEn: 'normative documents in force',
    unit: 'count',
    source: '表二 第二十条第（一）项 行政规范性文件 · 现行有效件数（2021 年格式）',
    cells: ['active.normativeDocuments.inForce'],
    templates: ['gov2021'],
  },
  {
    key: 'proactive.licensing',
    column: 'pro_licensing',
    group: 'proactive',
    label: '行政许可决定',
    labelEn: 'licensing decisions',
    unit: 'count',
    source: '表二 第二十条第（五）项 行政许可 · 处理决定数量',
    cells: ['active.licensing.decisions'],
    templates: both,
  },
  {
    key: 'proactive.penalty',
    column: 'pro_penalty',
    group: 'proactive',
    label: '行政处罚决定',
    labelEn: 'penalty decisions',
    unit: 'count',
    source: '表二 第二十条第（六）项 行政处罚 · 处理决定数量',
    cells: ['active.penalty.decisions'],
    templates: both,
  },
  {
    key: 'proactive.coercion',
    column: 'pro_coercion',
    group: 'proactive',
    label: '行政强制决定',
    labelEn: 'coercion decisions',
    unit: 'count',
    source: '表二 第二十条第（六）项 行政强制 · 处理决定数量',
    cells: ['active.coercion.decisions'],
    templates: both,
  },
  {
    key: 'proactive.feesWan',
    column: 'pro_fees_wan',
    group: 'proactive',
    label: '行政事业性收费（万元）',
    labelEn: 'administrative fees (10k yuan)',
    unit: 'wan',
    source: '表二 第二十条第（八）项 行政事业性收费 · 本年收费金额（万元，2021 年格式）',
    cells: ['active.adminFees.amountWan'],
    templates: ['gov2021'],
  },
  {
    key: 'proactive.items',
    column: 'pro_items',
    group: 'proactive',
    label: '主动公开信息（条）',
    labelEn: 'items disclosed proactively',
    unit: 'items',
    source: '正文 一、总体情况 / 二、主动公开 所述主动公开信息条数',
    narrative: 'proactive.items',
    templates: both,
  },
  ...(['upheld', 'corrected', 'other', 'pending', 'total'] as const).map(
    (r): Metric => ({
      key: `review.${r}`,
      column: `rev_${r}`,
      group: 'review',
      label: `行政复议·${resultLabel[r]}`,
      labelEn: `administrative reviews: ${r}`,
      unit: 'count',
      source: `表四 行政复议 · ${resultLabel[r]}`,
      cells: [`review.${r}`],
      templates: both,
    }),
  ),
  ...(['upheld', 'corrected', 'other', 'pending', 'total'] as const).map(
    (r): Metric => ({
      key: `litigation.${r}`,
      column: `lit_${r}`,
      group: 'litigation',
      label: `行政诉讼·${resultLabel[r]}`,
      labelEn: `lawsuits: ${r}`,
      unit: 'count',
      source: `表四 行政诉讼（未经复议直接起诉 + 复议后起诉）· ${resultLabel[r]}`,
      cells: [`litigation.direct.${r}`, `litigation.afterReview.${r}`],
      templates: both,
    }),
  ),
];


export const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

/** A metric's value in one report: the sum of its cells; null when none of them is stated. */
export function metricValue(metric: Metric, report: Pick<ParsedReport, 'cells' | 'narrative'>): number | null {
  if (metric.narrative) return report.narrative[metric.narrative]?.value ?? null;
  let sum: number | null = null;
  for (const key of metric.cells ?? []) {
    const v = report.cells[key];
    if (typeof v === 'number') sum = (sum ?? 0) + v;
  }
  return sum;
}
