// GET /api/v1/reports?region=&year=&template=&limit=&cursor=: the current reports of a scope, a page at a
// time; `next` is the cursor of the following page (null on the last one).
import { getApiReports } from '@/db/queries/api-reports';
import { getRegion } from '@/db/queries/regions';
import { getServerDb } from '@/db/server';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { parseQuery } from '@/lib/api/params';
import type { ReportSummaryT } from '@/lib/api/schemas';
import { badRequest, notFound, notModified, ok } from '../_server/respond';

export async function GET(request: Request): Promise<Response> {
  const query = parseQuery('reports', new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const { region = 'CN', year, template, limit, cursor } = query.value;
  const after = cursor === undefined ? 0 : decodeCursor(cursor);
  if (after === null) return badRequest({ parameter: 'cursor', message: 'cursor must be the "next" value of a previous page, unchanged.' });
  const db = await getServerDb();
  if (!(await getRegion(db, region)))
    return notFound({ parameter: 'region', message: `region ${region} is not a region code of the gazetteer.` });
  const { etag, response } = await notModified(db, request);
  if (response) return response;
  // one row more than asked tells whether another page follows
  const rows = await getApiReports(db, { region, year, template, after, limit: limit + 1 });
  const page = rows.slice(0, limit) as ReportSummaryT[];
  const next = rows.length > limit ? encodeCursor(page[page.length - 1].id) : null;
  return ok({ reports: page, next }, etag);
}
