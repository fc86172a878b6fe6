// The compliance lists of a region and year as CSV (UTF-8 with BOM, so Excel shows the Chinese).
import { getServerDb } from '@/db/server';
import { getComplianceRows } from '@/db/queries/compliance';
import { getRegion } from '@/db/queries/regions';
import { toCsv } from '@/lib/csv';
import { parseView } from '@/lib/view';
import { KIND_LABELS } from '../kinds';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const url = new URL(request.url);
  const view = parseView(url.searchParams);
  const db = await getServerDb();
  const region = await getRegion(db, view.region);
  if (!region) return new Response('没有这个地区代码。', { status: 404 });
  const rows = await getComplianceRows(db, region.code, view.year);
  const csv = toCsv(
    ['类别', '年度', '发布机关', '地区代码', '规则', '说明', '发布日期', '报告链接'],
    rows.map((r) => [
      KIND_LABELS[r.kind],
      r.year,
      r.agencyName,
      r.regionCode,
      r.rule,
      r.message,
      r.publishedOn,
      `${url.origin}/reports/${r.reportId}`,
    ]),
  );
  const name = `合规检查-${region.name}-${view.year ?? '全部年度'}.csv`;
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}
