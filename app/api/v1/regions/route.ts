// GET /api/v1/regions?parent=<code>&level=<level>: the regions of one level under a parent (default: the
// nation's provinces; with only parent, its direct children).
import { getRegion } from '@/db/queries/regions';
import { getRegionsUnder } from '@/db/queries/api-regions';
import { getServerDb } from '@/db/server';
import { LEVELS, parseQuery } from '@/lib/api/params';
import { badRequest, notFound, notModified, ok, preflight } from '../_server/respond';

export const dynamic = 'force-dynamic';

const DEPTH = { nation: -1, province: 0, city: 1, county: 2, township: 3 } as const;

export async function GET(request: Request): Promise<Response> {
  const query = parseQuery('regions', new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const db = await getServerDb();
  const parent = await getRegion(db, query.value.parent ?? 'CN');
  if (!parent) return notFound({ parameter: 'parent', message: `parent ${query.value.parent} is not a region code of the gazetteer.` });
  const below = LEVELS[DEPTH[parent.level] + 1];
  const level = query.value.level ?? below;
  if (!level)
    return badRequest({ parameter: 'parent', message: `parent ${parent.code} is a township; townships have no regions under them.` });
  if (DEPTH[level] <= DEPTH[parent.level])
    return badRequest({ parameter: 'level', message: `level must be below the parent's level (${parent.level}).` });
  const { etag, response } = await notModified(db, request);
  if (response) return response;
  return ok({ parent, level: query.value.level ?? null, regions: await getRegionsUnder(db, parent.code, level) }, etag);
}

export const OPTIONS = preflight;
