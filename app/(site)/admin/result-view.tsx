// The outcome of the last write: for an upload, one line per file like the CLI's summary.
import type { StoredResult } from './_server/results';
import type { UploadResult } from '@/db/upload';
import type { ReparseSummary } from '@/db/admin';
import { inertLine } from '@/lib/security/text';
import { OUTCOME_LABELS } from './notices';

function UploadView({ result }: { result: UploadResult }) {
  const s = result.summary;
  return (
    <>
      {result.error && <p className="notice notice-error">{result.error}</p>}
      <p>
        新报告 {s.new}，新版本 {s.newVersions}，未变化 {s.unchanged}，跳过 {s.skipped}，失败 {s.failed.length}；检查发现错误{' '}
        {s.findings.error}、警告 {s.findings.warning}；地区待定 {s.regions.ambiguous + s.regions.unresolved}。
      </p>
      <ul className="upload-results" data-testid="upload-results">
        {result.files.map((f, i) => (
          <li key={i} data-outcome={f.outcome}>
            <strong>{inertLine(f.file)}</strong>：{OUTCOME_LABELS[f.outcome]}
            {f.reportId !== undefined && (
              <>
                {' '}
                （<a href={`/reports/${f.reportId}`}>报告 {f.reportId}</a>）
              </>
            )}
            {f.reason && <>：{inertLine(f.reason)}</>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ResultView({ result }: { result: StoredResult }) {
  let body: React.ReactNode;
  if (result.kind === 'upload') body = <UploadView result={result.data as UploadResult} />;
  else if (result.kind === 'reparse') {
    const r = result.data as ReparseSummary;
    body = (
      <p>
        重新解析 {r.reparsed} 份；未能解析 {r.failed.length} 份
        {r.failed.length > 0 && `：${r.failed.slice(0, 20).map((f) => `#${f.id} ${inertLine(f.reason)}`).join('；')}`}。
      </p>
    );
  } else if (result.kind === 'region') {
    const r = result.data as { id: string; code: string; ok: boolean; reason?: string };
    body = <p>{r.ok ? `报告 ${r.id} 已归入地区 ${r.code} 并重新解析。` : `未能更正报告 ${r.id}：${inertLine(r.reason)}`}</p>;
  } else {
    const r = result.data as { id: string; action: string; outcome: string };
    const verb = r.action === 'hide' ? '隐藏' : '恢复';
    body = <p>{r.outcome === 'missing' ? `没有编号为 ${r.id} 的报告。` : r.outcome === 'unchanged' ? `报告 ${r.id} 本来就已${verb}。` : `报告 ${r.id} 已${verb}。`}</p>;
  }
  return (
    <section className="panel" role="status" aria-labelledby="result-title">
      <h2 id="result-title">操作结果</h2>
      {body}
    </section>
  );
}
