import type { Headline } from '@/lib/headlines';
import { formatChange, formatCount, formatPercent, formatPointChange } from '@/lib/format';

/** The five headline figures of a scope and year, each with its change on the year before. */
export function HeadlineCards({ items, year }: { items: Headline[]; year: number }) {
  return (
    <section className="cards" aria-label={`${year} 年主要数字`}>
      {items.map((h) => {
        const change =
          h.kind === 'share' ? formatPointChange(h.value, h.previous) : formatChange(h.value, h.previous);
        return (
          <div className="card" key={h.key}>
            <div className="label">{h.label}</div>
            <div className="value" data-testid={`headline-${h.key}`}>
              {h.kind === 'share' ? formatPercent(h.value) : formatCount(h.value)}
            </div>
            <div className="change">{change ? `较 ${year - 1} 年 ${change}` : `${year - 1} 年无可比数据`}</div>
            <div className="note">{h.note}</div>
          </div>
        );
      })}
    </section>
  );
}
