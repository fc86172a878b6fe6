// Link-preview descriptions of the pages that are not one chart: a scope (the overview, a region) and a
// report. Chinese, one or two sentences, with the report's key figures where there is a report.
import type { ParsedReport } from '../report/types';
import { formatValue } from '../format';
import { METRIC_BY_KEY, metricValue } from '../metrics';

export function scopeDescription(name: string): string {
  return `${name}各级政府和部门的政府信息公开工作年度报告数据：依申请公开、主动公开、行政复议与行政诉讼的历年趋势，下级单位的比较与报送情况。`;
}

/** Figures a report's preview names, with how each is said. */
const KEY_FIGURES: [string, string][] = [
  ['applications.new', '新收申请'],
  ['outcomes.granted', '予以公开'],
  ['review.total', '行政复议'],
  ['litigation.total', '行政诉讼'],
];

export function reportDescription(
  agencyName: string,
  year: number | null,
  report: Pick<ParsedReport, 'cells' | 'narrative'>,
): string {
  const figures = KEY_FIGURES.flatMap(([key, said]) => {
    const metric = METRIC_BY_KEY.get(key);
    const value = metric ? metricValue(metric, report) : null;
    return metric && value !== null ? [`${said} ${formatValue(value, metric.unit)} 件`] : [];
  });
  const what = `${agencyName}${year ? ` ${year} 年` : ''}政府信息公开工作年度报告`;
  return figures.length ? `${what}：${figures.join('，')}。逐表数字与勾稽检查见公开透镜。` : `${what}，逐表数字与勾稽检查见公开透镜。`;
}
