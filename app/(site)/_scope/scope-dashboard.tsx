// The page body shared by the overview and every region page: headline figures, trends, the comparison of
// the units below, and the table of units with their filing status.
import Link from 'next/link';
import { Breadcrumb } from '@/components/breadcrumb';
import { ChartFigure } from '@/components/chart-figure';
import { CompareSection } from '@/components/compare-section';
import { HeadlineCards } from '@/components/headline-cards';
import { NoReports, SyntheticNotice } from '@/components/notices';
import { UnitsTable } from '@/components/units-table';
import { YearLinks } from '@/components/year-links';
import { TREND_CHARTS, trendHasBreak, trendOption } from '@/lib/charts/trend';
import { unitsExports } from '@/lib/export/units-export';
import { headlineFigures } from '@/lib/headlines';
import { BREAKDOWN_HEAD } from '@/lib/share/chart-view';
import { BREAKDOWNS, scopePath, viewHref, type View } from '@/lib/view';
import { CHILD_LABELS, type ScopeData } from './load-scope';

export function ScopeDashboard({ data, view, heading }: { data: ScopeData; view: View; heading: string }) {
  const { region, year } = data;
  const crumbs = data.path.map((r) => ({ label: r.name, href: scopePath(r.code) }));
  const years = data.shown.map((y) => y.year);
  return (
    <>
      {region.code !== 'CN' && <Breadcrumb items={crumbs} />}
      <h1>{heading}</h1>
      <SyntheticNotice count={data.synthetic} />
      {year === null ? (
        <NoReports scope={region.code === 'CN' ? undefined : region.name} />
      ) : (
        <>
          <YearLinks
            years={data.allYears.map((y) => y.year)}
            selected={year}
            hrefFor={(y) => viewHref({ ...view, year: y })}
          />
          <HeadlineCards items={headlineFigures(data.allYears, year)} year={year} />
          <section aria-labelledby="trends-title">
            <h2 id="trends-title">
              历年趋势{years.length ? ` · ${years[0]}–${years[years.length - 1]} 年` : ''}
            </h2>
            {data.shown.length === 0 ? (
              <p className="muted">所选年份没有按 2019 年起全国统一格式填报的报告。</p>
            ) : (
              <div className="chart-grid">
                {BREAKDOWNS.map((b) => (
                  <ChartFigure
                    key={b}
                    id={`trend-${b}`}
                    title={TREND_CHARTS[b].title}
                    option={trendOption(data.shown, b, { ...view, year })}
                    share={{ ...view, metric: BREAKDOWN_HEAD[b], by: b }}
                    note={
                      trendHasBreak(data.shown, b) ? (
                        <>
                          红色虚线：2021 年起使用新格式，部分指标口径不同（
                          <Link href="/metrics">指标说明</Link>）。
                        </>
                      ) : undefined
                    }
                  />
                ))}
              </div>
            )}
          </section>
          {region.level !== 'township' && (
            <CompareSection
              rows={data.compare}
              view={view}
              year={year}
              path={scopePath(region.code)}
              childLabel={CHILD_LABELS[region.level]}
            />
          )}
          <section className="panel" aria-labelledby="units-title">
            <h2 id="units-title">{region.level === 'township' ? '本级发布机关与历年报告' : '下级单位与报送情况'}</h2>
            {data.children.length > 0 && (
              <UnitsTable
                title={`${CHILD_LABELS[region.level]}（数字为 ${year} 年；“未报送”指该年没有收录到报告）`}
                units={data.children}
                years={years}
                year={year}
                hrefFor={(u) => (u.code ? viewHref({ ...view, region: u.code, year }) : null)}
                exports={unitsExports(view, 'children')}
              />
            )}
            {data.issuers.length > 0 && (
              <UnitsTable
                title={
                  region.code === 'CN'
                    ? `未能确定所属地区的报告（数字为 ${year} 年）`
                    : `${region.name}本级发布机关（政府及其部门；数字为 ${year} 年）`
                }
                units={data.issuers}
                years={years}
                year={year}
                hrefFor={(u) => {
                  const own = u.years[year] ?? Object.values(u.years).at(-1);
                  return own?.reportId !== undefined ? `/reports/${own.reportId}` : null;
                }}
                exports={unitsExports(view, 'issuers')}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
