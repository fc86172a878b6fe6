import Link from 'next/link';
import type { ComplianceKind, CompliancePage } from '@/db/queries/compliance';
import { formatDate, formatNumber } from '@/lib/format';
import { inertLine } from '@/lib/security/text';
import { KIND_LABELS, KIND_NOTES } from './kinds';

interface Props {
  kind: ComplianceKind;
  page: CompliancePage;
  /** the list's total for the scope and year(s) */
  total: number;
  /** this is a later page of the list: link back to its first */
  firstHref: string | null;
  /** the page after this one, when there is one */
  nextHref: string | null;
}

/** One follow-up list (late, arithmetic, template, carry-over, copied), a page at a time, each row a link to
 * the report. */
export function ComplianceList({ kind, page, total, firstHref, nextHref }: Props) {
  const { rows } = page;
  const label = KIND_LABELS[kind];
  return (
    <section aria-labelledby={`list-${kind}`} className="panel">
      <h2 id={`list-${kind}`}>
        {label}（{formatNumber(total)}）
      </h2>
      <p className="muted small">{KIND_NOTES[kind]}</p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">年度</th>
                <th scope="col">发布机关</th>
                {kind === 'late' && <th scope="col">发布日期</th>}
                {kind === 'copied' && <th scope="col">相同比例</th>}
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.reportId}-${r.rule}-${i}`} data-kind={kind}>
                  <td>{r.year ?? '—'}</td>
                  <td>
                    <Link href={`/reports/${r.reportId}`}>{inertLine(r.agencyName)}</Link>
                  </td>
                  {kind === 'late' && <td className="nowrap">{formatDate(r.publishedOn)}</td>}
                  {kind === 'copied' && (
                    <td className="num">{/(\d+)\s*%/.exec(r.message)?.[1] ?? '—'}%</td>
                  )}
                  <td>{inertLine(r.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(firstHref || nextHref) && (
        <nav aria-label={`${label}分页`} className="pager small">
          <span className="muted">本页 {rows.length} 条</span>
          {firstHref && <Link href={firstHref}>« 第一页</Link>}
          {nextHref && (
            <Link href={nextHref} rel="next">
              下一页 »
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
