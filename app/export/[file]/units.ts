// /export/units.csv|json?region=…&year=…[&from=…&to=…][&table=issuers]: the units table of that scope page —
// loaded by the page's own loader, so the rows and numbers are the ones the page shows.
import { loadScope } from '@/app/(site)/_scope/load-scope';
import { getDataVersion } from '@/db/queries/data-version';
import type { Db } from '@/db/client';
import { attachment, CACHE_CONTROL, etagOf, notModified } from '@/lib/export/download';
import {
  unitsCsv,
  unitsExport,
  unitsExportHref,
  type UnitsTableKind,
} from '@/lib/export/units-export';
import { parseView, viewHref } from '@/lib/view';

export async function unitsResponse(
  db: Db,
  request: Request,
  format: 'csv' | 'json',
): Promise<Response> {
  const url = new URL(request.url);
  const tableParam = url.searchParams.get('table') ?? 'children';
  if (tableParam !== 'children' && tableParam !== 'issuers')
    return Response.json(
      {
        error: '参数 table 只能是 children（下级单位）或 issuers（本级发布机关）。',
        parameter: 'table',
      },
      { status: 400 },
    );
  const kind: UnitsTableKind = tableParam;
  const view = parseView(url.searchParams);
  const { version } = await getDataVersion(db);
  const etag = etagOf(unitsExportHref(view, kind, format), version);
  const headers: Record<string, string> = { etag, 'cache-control': CACHE_CONTROL };
  if (notModified(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });

  const data = await loadScope(db, view);
  if (!data)
    return Response.json({ error: '没有这个地区代码。', parameter: 'region' }, { status: 404 });
  const years = data.shown.map((y) => y.year);
  const year = data.year ?? years.at(-1) ?? 0;
  const table = unitsExport(kind === 'issuers' ? data.issuers : data.children, years, year);
  const label = kind === 'issuers' ? '本级发布机关' : '下级单位';
  headers['content-disposition'] = attachment(
    `${data.region.name}-${label}-${year}年.${format}`,
    `units-${data.region.code}-${kind}-${year}.${format}`,
  );
  if (format === 'csv') {
    headers['content-type'] = 'text/csv; charset=utf-8';
    return new Response(unitsCsv(table, years), { headers });
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  const body = {
    region: { code: data.region.code, name: data.region.name, level: data.region.level },
    table: kind,
    year,
    years,
    columns: table.columns,
    rows: table.rows,
    permalink:
      url.origin +
      viewHref({ region: data.region.code, year: view.year, from: view.from, to: view.to }),
  };
  return new Response(JSON.stringify(body, null, 2), { headers });
}
