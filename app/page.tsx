import { getServerDb } from '@/db/server';
import { getDatabaseSummary } from '@/db/queries/overview';
import { formatCount } from '@/lib/format';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const summary = await getDatabaseSummary(await getServerDb());
  return (
    <>
      <h1>政府信息公开工作年度报告 · 全国概览</h1>
      <p className="lead">
        把每一份政府信息公开工作年度报告变成可以并排比较的数据：依申请公开、主动公开、行政复议与行政诉讼。
      </p>
      <section className="cards" aria-label="数据概况">
        <div className="card">
          <div className="label">已收录报告</div>
          <div className="value">{formatCount(summary.reports)}</div>
        </div>
        <div className="card">
          <div className="label">发布机关</div>
          <div className="value">{formatCount(summary.agencies)}</div>
        </div>
        <div className="card">
          <div className="label">行政区划（含乡镇街道）</div>
          <div className="value">{formatCount(summary.regions)}</div>
        </div>
      </section>
      {summary.reports === 0 && (
        <div className="empty">
          <p>还没有收录任何报告。用下面的命令导入报告文件（文本、HTML 或 DOCX，UTF-8 或 GBK）：</p>
          <p>
            <code>npm run ingest -- 报告文件或文件夹</code>
          </p>
        </div>
      )}
    </>
  );
}
