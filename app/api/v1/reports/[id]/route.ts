// GET /api/v1/reports/<id>: one report with every cell, narrative figure, finding and version.
import { getReport } from '@/db/queries/reports';
import { getServerDb } from '@/db/server';
import { parsePath, parseQuery, reportIdParam } from '@/lib/api/params';
import { reportDetail } from '@/lib/api/report-detail';
import { badRequest, notFound, notModified, ok, preflight } from '../../_server/respond';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const raw = (await ctx.params).id;
  // the coercing schema would take '1e3' or ' 7'; a path id is digits only
  const id = /^\d+$/.test(raw) ? parsePath('id', reportIdParam, raw) : parsePath('id', reportIdParam, 'x');
  if (!id.ok) return badRequest(id.error);
  const query = parseQuery('none', new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const db = await getServerDb();
  const report = await getReport(db, id.value);
  if (!report) return notFound({ parameter: 'id', message: `id ${id.value} is not the id of a published report.` });
  const { etag, response } = await notModified(db, request);
  return response ?? ok(reportDetail(report), etag);
}

export const OPTIONS = preflight;
