// The comparison of the units under a scope: pick a metric (a GET form: works without JavaScript) and an
// order (links); each bar and each table row leads to that unit's page.
import Link from 'next/link';
import { compareHeight, compareOption, type CompareRow } from '@/lib/charts/compare';
import { METRICS, METRIC_BY_KEY } from '@/lib/metrics';
import { SORTS, viewQuery, type Sort, type View } from '@/lib/view';
import { ChartFigure } from './chart-figure';

const SORT_LABELS: Record<Sort, string> = { desc: '从高到低', asc: '从低到高', name: '按名称' };

export function CompareSection({
  rows,
  view,
  year,
  path,
  childLabel,
}: {
  rows: CompareRow[];
  view: View;
  year: number;
  /** the page's own path, so the form and links stay on it */
  path: string;
  childLabel: string;
}) {
  const metric = METRIC_BY_KEY.get(view.metric)!;
  const keep = { ...view, year };
  return (
    <section className="panel" aria-labelledby="compare-title">
      <h2 id="compare-title">
        {childLabel}比较 · {year} 年
      </h2>
      <div className="controls">
        <form method="get" action={path} className="inline-form">
          {(['year', 'from', 'to', 'sort'] as const).map((k) =>
            keep[k] !== null && viewQuery({ [k]: keep[k] }) ? (
              <input key={k} type="hidden" name={k} value={String(keep[k])} />
            ) : null,
          )}
          <label htmlFor="compare-metric">指标</label>
          <select id="compare-metric" name="metric" defaultValue={view.metric}>
            {METRICS.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
          <button type="submit">显示</button>
        </form>
        <nav aria-label="排序" className="pills">
          <span className="pills-label">排序</span>
          {SORTS.map((s) => (
            <Link key={s} href={path + viewQuery({ ...keep, sort: s }, ['region'])} aria-current={view.sort === s ? 'true' : undefined}>
              {SORT_LABELS[s]}
            </Link>
          ))}
        </nav>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{year} 年没有下级单位的报告可供比较。</p>
      ) : (
        <ChartFigure
          id="compare"
          title={`${metric.label}（${year} 年）`}
          option={compareOption(rows, { ...view, year })}
          height={compareHeight(rows.length)}
          share={{ ...view, by: 'region', year }}
          note={<>来源：{metric.source}。点击条形进入该地区。</>}
        />
      )}
    </section>
  );
}
