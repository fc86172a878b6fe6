// /export/<metric>.<csv|json|png|svg>?<chart view>: exactly the numbers (or the picture) of the chart at
// /charts/<metric>?… — the same parseChartView and loadChart, so the two cannot differ. Bad parameters fall
// back to their defaults like the chart page; only an extension we do not make is a 404.
import { loadChart } from '@/app/_chart/load-chart';
import { svgToPng } from '@/app/_chart/png';
import { getDataVersion } from '@/db/queries/data-version';
import { getServerDb } from '@/db/server';
import {
  chartCsv,
  chartFileNames,
  chartJson,
  splitExportFile,
  type ChartExportFormat,
} from '@/lib/export/chart-export';
import { chartPictureSvg } from '@/lib/export/picture';
import { attachment, CACHE_CONTROL, etagOf, notModified } from '@/lib/export/download';
import { unitsResponse } from './units';
import { chartExportHref, parseChartView } from '@/lib/share/chart-view';

export const dynamic = 'force-dynamic';

const TYPES: Record<ChartExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml; charset=utf-8',
};

/** Finished pictures by ETag: rasterising costs tens of milliseconds, and the ETag holds the data version. */
const pictures = new Map<string, Uint8Array>();
const MAX_PICTURES = 200;

function remember(key: string, bytes: Uint8Array): void {
  if (pictures.size >= MAX_PICTURES) pictures.delete(pictures.keys().next().value!);
  pictures.set(key, bytes);
}

/** A malformed escape (a lone '%') is a file we do not make, not a server error. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const parts = splitExportFile(safeDecode((await params).file));
  if (!parts)
    return Response.json(
      { error: '没有这种导出格式：可用 csv、json、png、svg。' },
      { status: 404 },
    );
  const url = new URL(request.url);
  const db = await getServerDb();
  // not a metric: the units table of a scope page
  if (parts.metric === 'units') {
    if (parts.format === 'png' || parts.format === 'svg')
      return Response.json({ error: '单位表只能导出 CSV 或 JSON。' }, { status: 404 });
    return unitsResponse(db, request, parts.format);
  }
  const requested = parseChartView(url.searchParams, parts.metric);
  const { version } = await getDataVersion(db);
  // keyed on what was asked (canonical) so a 304 needs no chart load at all
  const etag = etagOf(chartExportHref(requested, parts.format), version);
  const headers: Record<string, string> = { etag, 'cache-control': CACHE_CONTROL };
  if (notModified(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });

  const model = await loadChart(db, requested);
  const names = chartFileNames(model, parts.format);
  headers['content-type'] = TYPES[parts.format];
  headers['content-disposition'] = attachment(names.name, names.ascii);
  if (parts.format === 'csv') return new Response(chartCsv(model), { headers });
  if (parts.format === 'json')
    return new Response(JSON.stringify(chartJson(model, url.origin), null, 2), { headers });

  const cached = pictures.get(etag);
  if (cached) return new Response(cached as BodyInit, { headers });
  const { svg } = chartPictureSvg(model);
  const bytes =
    parts.format === 'svg' ? new TextEncoder().encode(svg) : new Uint8Array(svgToPng(svg));
  remember(etag, bytes);
  return new Response(bytes as BodyInit, { headers });
}
