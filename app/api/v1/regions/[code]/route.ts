// GET /api/v1/regions/<code>: one region, its path from the nation, and its years with report counts.
import { getRegion, getRegionPath } from '@/db/queries/regions';
import { getScopeYears } from '@/db/queries/trends';
import { getServerDb } from '@/db/server';
import { parsePath, parseQuery, regionCodeParam } from '@/lib/api/params';
import { badRequest, notFound, notModified, ok, preflight } from '../../_server/respond';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: { params: Promise<{ code: string }> }): Promise<Response> {
  const code = parsePath('code', regionCodeParam, (await ctx.params).code);
  if (!code.ok) return badRequest(code.error);
  const query = parseQuery('none', new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const db = await getServerDb();
  const region = await getRegion(db, code.value);
  if (!region) return notFound({ parameter: 'code', message: `code ${code.value} is not a region code of the gazetteer.` });
  const { etag, response } = await notModified(db, request);
  if (response) return response;
  const [path, years] = await Promise.all([getRegionPath(db, region.code), getScopeYears(db, region.code)]);
  return ok(
    {
      region,
      path,
      years: years.map((y) => ({ year: y.year, reports: y.reports, synthetic: y.synthetic, withErrors: y.withErrors, late: y.late })),
    },
    etag,
  );
}

export const OPTIONS = preflight;
