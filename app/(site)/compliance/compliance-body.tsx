// Compliance at a glance for a region and year: who filed (on time, late, with errors, not at all) and the
// lists a supervisor follows up, each row linking to its report.
import Link from 'next/link';
import { Breadcrumb } from '@/components/breadcrumb';
import { CoverageMatrix } from '@/components/coverage-matrix';
import { NoReports, SyntheticNotice } from '@/components/notices';
import { StatusLegend } from '@/components/status-cell';
import { YearLinks } from '@/components/year-links';
import { COMPLIANCE_KINDS } from '@/db/queries/compliance';
import { formatCursor } from '@/lib/compliance';
import { scopePath, viewQuery, type View } from '@/lib/view';
import { ComplianceList } from './compliance-list';
import type { ComplianceData } from './load-compliance';

export function ComplianceBody({ data }: { data: ComplianceData }) {
  const { region, year } = data;
  const q = (v: Partial<View>) => viewQuery({ region: region.code, year, ...v });
  const crumbs = data.path.map((r) => ({
    label: r.name,
    href: `/compliance${viewQuery({ region: r.code, year })}`,
  }));
  const matrixYears = year === null ? data.years : [year];
  return (
    <>
      <Breadcrumb items={crumbs} />
      <h1>合规检查 · {region.name}</h1>
      <form method="get" action="/compliance" className="inline-form filters">
        <label htmlFor="f-region">地区代码</label>
        <input
          id="f-region"
          name="region"
          defaultValue={region.code}
          size={10}
          inputMode="numeric"
        />
        <label htmlFor="f-year">年度</label>
        <select id="f-year" name="year" defaultValue={year ?? ''}>
          <option value="">全部年度</option>
          {data.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button type="submit">筛选</button>
        <a href={`/compliance/csv${q({})}`} download>
          下载 CSV
        </a>
      </form>
      <SyntheticNotice count={data.synthetic} />
      {data.years.length === 0 ? (
        <NoReports scope={region.code === 'CN' ? undefined : region.name} />
      ) : (
        <>
          <YearLinks
            years={data.years}
            selected={year}
            hrefFor={(y) => `/compliance${q({ year: y })}`}
            allHref={`/compliance${q({ year: null })}`}
          />
          <section aria-labelledby="matrix-title" className="panel">
            <h2 id="matrix-title">报送情况</h2>
            <StatusLegend />
            <CoverageMatrix
              title={`${region.name}下级地区（点击进入该地区的合规检查）`}
              units={data.children}
              years={matrixYears}
              hrefFor={(u) => (u.code ? `/compliance${viewQuery({ region: u.code, year })}` : null)}
            />
            <CoverageMatrix
              title={`${region.name}本级发布机关`}
              units={data.issuers}
              years={matrixYears}
              hrefFor={() => null}
            />
          </section>
          {COMPLIANCE_KINDS.map((kind) => {
            const page = data.lists.lists[kind];
            // a page of one list keeps the region and year; the anchor brings the reader back to that list
            const at = (after: string) => `/compliance${q({ list: kind, after })}#list-${kind}`;
            return (
              <ComplianceList
                key={kind}
                kind={kind}
                page={page}
                total={data.lists.counts[kind]}
                firstHref={data.paged.list === kind ? `/compliance${q({})}#list-${kind}` : null}
                nextHref={page.next ? at(formatCursor(page.next)) : null}
              />
            );
          })}
          <p className="small">
            <Link href={scopePath(region.code)}>查看{region.name}的统计数据</Link>
          </p>
        </>
      )}
    </>
  );
}
