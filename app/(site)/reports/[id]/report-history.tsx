import Link from 'next/link';
import type { ReportDetail } from '@/db/queries/reports';
import { formatDateTime } from '@/lib/format';
import { inertLine } from '@/lib/security/text';

/** Every version of this issuer's report for the year: a corrected file keeps the old one. */
export function ReportHistory({ report }: { report: ReportDetail }) {
  return (
    <section aria-labelledby="versions-title" className="panel">
      <h2 id="versions-title">版本（{report.versions.length}）</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">文件</th>
              <th scope="col">收录时间</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {report.versions.map((v) => (
              <tr key={v.id}>
                <td>
                  {v.id === report.id ? (
                    <span aria-current="page">{inertLine(v.fileName)}</span>
                  ) : (
                    <Link href={`/reports/${v.id}`}>{inertLine(v.fileName)}</Link>
                  )}
                </td>
                <td>{formatDateTime(v.ingestedAt)}</td>
                <td>{v.isCurrent ? '现行版本' : '旧版本'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
