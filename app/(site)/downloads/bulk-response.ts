// /downloads/reports.csv and /downloads/reports.jsonl: every current report, streamed chunk by chunk from
// the database (1,000 reports at a time), optionally one year and/or one region (with everything below it).
import { getDataVersion } from '@/db/queries/data-version';
import { eachBulkChunk, regionExists } from '@/db/queries/bulk';
import { getServerDb } from '@/db/server';
import { bulkCsvChunk, bulkCsvHeader, bulkJsonLines, parseBulkFilter } from '@/lib/export/bulk';
import { attachment, CACHE_CONTROL, etagOf, notModified } from '@/lib/export/download';

const CHUNK = 1000;

export async function bulkResponse(request: Request, format: 'csv' | 'jsonl'): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseBulkFilter(url.searchParams);
  if (!parsed.ok)
    return Response.json({ error: parsed.error, parameter: parsed.parameter }, { status: 400 });
  const { filter } = parsed;
  const db = await getServerDb();
  if (filter.region && !(await regionExists(db, filter.region)))
    return Response.json(
      { error: `没有地区代码 ${filter.region}。`, parameter: 'region' },
      { status: 400 },
    );
  const { version } = await getDataVersion(db);
  const etag = etagOf(
    `/downloads/reports.${format}?year=${filter.year ?? ''}&region=${filter.region ?? ''}`,
    version,
  );
  const headers: Record<string, string> = { etag, 'cache-control': CACHE_CONTROL };
  if (notModified(request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers });

  const chunks = eachBulkChunk(db, filter, CHUNK);
  const encoder = new TextEncoder();
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    // one database chunk per pull: the reader's pace decides how much is read, nothing piles up in memory
    async pull(controller) {
      if (!started && format === 'csv') controller.enqueue(encoder.encode(bulkCsvHeader()));
      started = true;
      const next = await chunks.next();
      if (next.done) return controller.close();
      controller.enqueue(
        encoder.encode(format === 'csv' ? bulkCsvChunk(next.value) : bulkJsonLines(next.value)),
      );
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const scope = [filter.region, filter.year].filter((x) => x !== null).join('-');
  headers['content-type'] =
    format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8';
  headers['content-disposition'] = attachment(
    `公开透镜-全部现行报告${scope ? `-${scope}` : ''}.${format}`,
    `gongkai-reports${scope ? `-${scope}` : ''}.${format}`,
  );
  return new Response(stream, { headers });
}
