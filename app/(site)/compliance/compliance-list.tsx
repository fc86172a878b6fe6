import Link from 'next/link';
import type { ComplianceKind, ComplianceRow } from '@/db/queries/compliance';
import { formatDate } from '@/lib/format';
import { inertLine } from '@/lib/security/text';
import { KIND_LABELS, KIND_NOTES } from './kinds';

/** One follow-up list (late, arithmetic, template, carry-over, copied), each row a link to the report. */
export function ComplianceList({ kind, rows }: { kind: ComplianceKind; rows: ComplianceRow[] }) {
  return (
    <section aria-labelledby={`list-${kind}`} className="panel">
      <h2 id={`list-${kind}`}>
        {KIND_LABELS[kind]}（{rows.length}）
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
                  {kind === 'copied' && <td className="num">{/(\d+)\s*%/.exec(r.message)?.[1] ?? '—'}%</td>}
                  <td>{inertLine(r.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
