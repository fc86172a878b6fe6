// The latest value of the chart's metric and its change on the year before, above the chart.
import { formatValue } from '@/lib/format';
import type { ChartModel } from '@/lib/share/chart-model';
import { scopeName } from '@/lib/share/chart-text';

export function ChartHeadline({ model }: { model: ChartModel }) {
  const h = model.headline;
  if (!h || model.empty) return null;
  const comparison = model.view.by === 'region';
  return (
    <p className="chart-headline">
      <span className="chart-headline-label">
        {h.year} 年{comparison ? `${scopeName(model)}合计` : ''} · {h.label}
      </span>
      <span className="chart-headline-value">
        {h.value === null ? '未填报' : formatValue(h.value, model.metric.unit)}
        {h.value !== null && <small> {h.unit}</small>}
      </span>
      {h.change && (
        <span className="chart-headline-change">
          比 {h.previousYear} 年 {h.change}
        </span>
      )}
    </p>
  );
}
