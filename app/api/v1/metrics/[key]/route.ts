// GET /api/v1/metrics/<key>?region=&from=&to=: the metric by year for a scope (from the rollups);
// ?by=region&year=: the metric for each region one level below, in one year (default: the latest).
import { getChildComparison } from '@/db/queries/compare';
import { getRegion } from '@/db/queries/regions';
import { getScopeYears } from '@/db/queries/trends';
import { getServerDb } from '@/db/server';
import { metricInfo } from '@/lib/api/metric-info';
import { metricKeyParam, parsePath, parseQuery } from '@/lib/api/params';
import { METRIC_BY_KEY } from '@/lib/metrics';
import { badRequest, notFound, notModified, ok, preflight } from '../../_server/respond';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: { params: Promise<{ key: string }> }): Promise<Response> {
  const key = parsePath('key', metricKeyParam, (await ctx.params).key);
  if (!key.ok) return notFound(key.error);
  const query = parseQuery('metric', new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const { region: code = 'CN', from, to, by, year } = query.value;
  if (by === 'region' && (from !== undefined || to !== undefined))
    return badRequest({ parameter: from !== undefined ? 'from' : 'to', message: 'from and to apply to the series by year; with by=region give year instead.' });
  if (by === undefined && year !== undefined)
    return badRequest({ parameter: 'year', message: 'year applies with by=region; for the series by year give from and to.' });
  if (from !== undefined && to !== undefined && from > to)
    return badRequest({ parameter: 'from', message: `from (${from}) must not be later than to (${to}).` });
  const db = await getServerDb();
  const region = await getRegion(db, code);
  if (!region) return notFound({ parameter: 'region', message: `region ${code} is not a region code of the gazetteer.` });
  const { etag, response } = await notModified(db, request);
  if (response) return response;
  const metric = METRIC_BY_KEY.get(key.value)!;
  const years = await getScopeYears(db, region.code);
  if (by === 'region') {
    const chosen = year ?? years.at(-1)?.year ?? null;
    const regions = chosen === null ? [] : await getChildComparison(db, region.code, metric.key, chosen);
    return ok({ metric: metricInfo(metric), region, year: chosen, regions }, etag);
  }
  const series = years
    .filter((y) => (from === undefined || y.year >= from) && (to === undefined || y.year <= to))
    .map((y) => ({ year: y.year, value: y.values[metric.key] ?? null, reports: y.reports, synthetic: y.synthetic }));
  return ok({ metric: metricInfo(metric), region, series }, etag);
}

export const OPTIONS = preflight;
