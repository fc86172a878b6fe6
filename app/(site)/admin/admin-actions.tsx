// The admin's writes, each a plain form POST carrying the session's CSRF token.
import type { AdminOverview, AdminReportRow } from '@/db/queries/admin';
import { inertLine } from '@/lib/security/text';

function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

function VisibilityButton({ row, csrf }: { row: AdminReportRow; csrf: string }) {
  return (
    <form method="post" action="/api/admin/visibility" className="inline-form">
      <Csrf token={csrf} />
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="action" value={row.hidden ? 'restore' : 'hide'} />
      <button type="submit">{row.hidden ? '恢复' : '隐藏'}</button>
    </form>
  );
}

function ReportRows({ rows, csrf, caption }: { rows: AdminReportRow[]; csrf: string; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="list">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">编号</th>
            <th scope="col">发布机关</th>
            <th scope="col">年度</th>
            <th scope="col">文件</th>
            <th scope="col">地区代码</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.hidden ? r.id : <a href={`/reports/${r.id}`}>{r.id}</a>}</td>
              <td>{inertLine(r.agencyName)}</td>
              <td>{r.year ?? '—'}</td>
              <td>{inertLine(r.fileName)}</td>
              <td>{r.regionCode ?? '未确定'}</td>
              <td>{r.hidden ? '已隐藏' : r.isCurrent ? '现行版本' : '旧版本'}</td>
              <td>
                <VisibilityButton row={r} csrf={csrf} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AdminActions({ overview, csrf }: { overview: AdminOverview; csrf: string }) {
  return (
    <>
      <form method="post" action="/api/admin/upload" encType="multipart/form-data" className="panel admin-form">
        <h2>上传报告文件</h2>
        <Csrf token={csrf} />
        <label htmlFor="admin-files">报告文件（.txt .html .docx，可多选；每个不超过 20 MB，一次合计不超过 100 MB）</label>
        <input id="admin-files" name="files" type="file" multiple required />
        <button type="submit">上传并导入</button>
      </form>
      <form method="post" action="/api/admin/reparse" className="panel admin-form">
        <h2>重新解析</h2>
        <Csrf token={csrf} />
        <p>
          解析程序当前版本 {overview.parserVersion}；共 {overview.reports} 份报告，其中 {overview.stale} 份由旧版本解析。
        </p>
        <label>
          <input type="radio" name="scope" value="stale" defaultChecked /> 只解析旧版本解析的报告
        </label>
        <label>
          <input type="radio" name="scope" value="all" /> 全部重新解析
        </label>
        <button type="submit">重新解析</button>
      </form>
      <form method="post" action="/api/admin/region" className="panel admin-form">
        <h2>更正报告所属地区</h2>
        <Csrf token={csrf} />
        <label htmlFor="region-id">报告编号</label>
        <input id="region-id" name="id" inputMode="numeric" pattern="\d{1,9}" required />
        <label htmlFor="region-code">官方行政区划代码（2、4、6 或 9 位）</label>
        <input id="region-code" name="code" inputMode="numeric" pattern="\d{2}|\d{4}|\d{6}|\d{9}" required />
        <button type="submit">更正并重新解析</button>
      </form>
      <section className="panel" aria-labelledby="versions-admin">
        <h2 id="versions-admin">隐藏或恢复报告版本</h2>
        <p className="muted small">隐藏的版本不在任何页面和合计中出现；隐藏现行版本时，同一年度最近收录的其他版本成为现行版本。</p>
        {overview.hiddenRows.length > 0 && <ReportRows rows={overview.hiddenRows} csrf={csrf} caption={`已隐藏（${overview.hidden}）`} />}
        <ReportRows rows={overview.recentRows} csrf={csrf} caption="最近收录的报告" />
        <form method="post" action="/api/admin/visibility" className="inline-form">
          <Csrf token={csrf} />
          <label htmlFor="vis-id">按编号：</label>
          <input id="vis-id" name="id" inputMode="numeric" pattern="\d{1,9}" required />
          <select name="action" aria-label="操作" defaultValue="hide">
            <option value="hide">隐藏</option>
            <option value="restore">恢复</option>
          </select>
          <button type="submit">执行</button>
        </form>
      </section>
      <form method="post" action="/api/admin/logout" className="admin-form">
        <Csrf token={csrf} />
        <button type="submit">退出登录</button>
      </form>
    </>
  );
}
