// The words of a shared chart outside the chart itself: the title and the one-sentence description that
// link previews (Open Graph, Twitter cards) show under the image, e.g.
// '渠县 · 本年新收申请 2019–2025 年：2025 年 1,234 件，比上年 +12（+1.0%）'.
import { formatValue } from '../format';
import type { ChartModel } from './chart-model';

/** The scope's own name: '渠县' of '四川省 · 达州市 · 渠县'. */
export function scopeName(model: ChartModel): string {
  return model.scope.split(' · ').at(-1) ?? model.scope;
}

/** '渠县 · 新收申请（按申请人类型） 2019–2025 年' */
export function chartTitle(model: ChartModel): string {
  return [`${model.scope} · ${model.title}`, model.years].filter(Boolean).join(' ');
}

/** The headline figure as a phrase: '2025 年 1,234 件，比上年 +12（+1.0%）'; null when there is none. */
export function headlinePhrase(model: ChartModel): string | null {
  const h = model.headline;
  if (!h || model.empty) return null;
  if (h.value === null) return `${h.year} 年未填报`;
  const value = `${h.year} 年 ${formatValue(h.value, model.metric.unit)} ${h.unit}`;
  return h.change ? `${value}，比上年 ${h.change}` : value;
}

export function chartDescription(model: ChartModel): string {
  const comparison = model.view.by === 'region';
  // a comparison's headline is the scope's own total; a trend's is the latest year of its metric
  const subject = comparison ? `${model.scope} · ${model.title}` : `${model.scope} · ${model.metric.label}`;
  const phrase = headlinePhrase(model);
  if (!phrase) return `${subject}${model.years ? ` ${model.years}` : ''}：所选年份暂无报告数据。`;
  return comparison
    ? `${subject}：${scopeName(model)}合计 ${phrase}。`
    : `${subject} ${model.years}：${phrase}。`;
}
