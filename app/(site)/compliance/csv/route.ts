// The compliance lists of a region and year as CSV (UTF-8 with BOM, so Excel shows the Chinese): every row of
// every list, not a page of it, streamed 1,000 rows per database read.
import { getServerDb } from '@/db/server';
import { eachComplianceChunk } from '@/db/queries/compliance';
import { getRegion } from '@/db/queries/regions';
import { getScopeYears } from '@/db/queries/trends';
import { csvLines, toCsv } from '@/lib/csv';
import { parseView } from '@/lib/view';
import { KIND_LABELS } from '../kinds';

export const dynamic = 'force-dynamic';

const CHUNK = 1000;

export async function GET(request: Request) {
  const url = new URL(request.url);
  const view = parseView(url.searchParams);
  const db = await getServerDb();
  const region = await getRegion(db, view.region);
  if (!region) return new Response('没有这个地区代码。', { status: 404 });
  const years = (await getScopeYears(db, region.code)).map((y) => y.year);
  const chunks = eachComplianceChunk(
    db,
    region.code,
    view.year === null ? years : [view.year],
    CHUNK,
  );
  const encoder = new TextEncoder();
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    // one database read per pull: the reader's pace decides how much is read
    async pull(controller) {
      if (!started)
        controller.enqueue(
          encoder.encode(
            toCsv(
              ['类别', '年度', '发布机关', '地区代码', '规则', '说明', '发布日期', '报告链接'],
              [],
            ),
          ),
        );
      started = true;
      const next = await chunks.next();
      if (next.done) return controller.close();
      controller.enqueue(
        encoder.encode(
          csvLines(
            next.value.map((r) => [
              KIND_LABELS[r.kind],
              r.year,
              r.agencyName,
              r.regionCode,
              r.rule,
              r.message,
              r.publishedOn,
              `${url.origin}/reports/${r.reportId}`,
            ]),
          ),
        ),
      );
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const name = `合规检查-${region.name}-${view.year ?? '全部年度'}.csv`;
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}
