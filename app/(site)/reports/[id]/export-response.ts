// /reports/<id>/export.csv|json: every cell of the report's official tables (or of one, ?table=<n> in page
// order) with the number, what the page shows and its status; the JSON adds the report's facts.
import { getDataVersion } from '@/db/queries/data-version';
import { getReport } from '@/db/queries/reports';
import { getServerDb } from '@/db/server';
import { attachment, CACHE_CONTROL, etagOf, notModified } from '@/lib/export/download';
import { reportCellRows, reportCsv, reportTables } from '@/lib/export/report-export';
import { TEMPLATE_LABELS } from '@/lib/report-layout';

type Params = { params: Promise<{ id: string }> };

export async function reportExport(request: Request, { params }: Params, format: 'csv' | 'json'): Promise<Response> {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return Response.json({ error: '报告编号无效。' }, { status: 404 });
  const url = new URL(request.url);
  const tableParam = url.searchParams.get('table');
  if (tableParam !== null && !/^\d{1,2}$/.test(tableParam))
    return Response.json({ error: '参数 table 须为表格序号（从 1 起）。', parameter: 'table' }, { status: 400 });
  const db = await getServerDb();
  const { version } = await getDataVersion(db);
  const etag = etagOf(`/reports/${id}/export.${format}?table=${tableParam ?? ''}`, version);
  const headers: Record<string, string> = { etag, 'cache-control': CACHE_CONTROL };
  if (notModified(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });

  const report = await getReport(db, Number(id));
  if (!report) return Response.json({ error: '没有这份报告。' }, { status: 404 });
  const template = report.template === 'gov2021' || report.template === 'gov2019' ? report.template : null;
  let tables = template ? reportTables(template) : [];
  if (tableParam !== null) {
    const n = Number(tableParam);
    if (n < 1 || n > tables.length)
      return Response.json({ error: `参数 table 超出范围：这份报告有 ${tables.length} 张表。`, parameter: 'table' }, { status: 400 });
    tables = [tables[n - 1]];
  }
  const rows = reportCellRows(tables, report.parsed.cells, report.parsed.cellNotes);
  const base = `${report.agencyName}-${report.year ?? '年度不明'}年度报告${tables.length === 1 ? `-${tables[0].caption}` : ''}`;
  headers['content-disposition'] = attachment(`${base}.${format}`, `report-${id}${tableParam ? `-table-${tableParam}` : ''}.${format}`);
  if (format === 'csv') {
    headers['content-type'] = 'text/csv; charset=utf-8';
    return new Response(reportCsv(rows), { headers });
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  const body = {
    report: {
      id: report.id,
      agency: report.agencyName,
      year: report.year,
      template: report.template,
      templateLabel: TEMPLATE_LABELS[report.template] ?? report.template,
      publishedOn: report.publishedOn,
      regionCode: report.regionCode,
      isCurrent: report.isCurrent,
      synthetic: report.synthetic,
      fileName: report.fileName,
    },
    tables: tables.map((t) => t.caption),
    cells: rows,
    permalink: `${url.origin}/reports/${report.id}`,
  };
  return new Response(JSON.stringify(body, null, 2), { headers });
}
