// GET /api/v1/metrics: the metric registry (key, labels, unit, where each figure comes from).
import { getServerDb } from '@/db/server';
import { metricInfo } from '@/lib/api/metric-info';
import { parseQuery } from '@/lib/api/params';
import { METRICS } from '@/lib/metrics';
import { badRequest, notModified, ok, preflight } from '../_server/respond';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const query = parseQuery('none', new URL(request.url).searchParams);
  if (!query.ok) return badRequest(query.error);
  const { etag, response } = await notModified(await getServerDb(), request);
  return response ?? ok({ metrics: METRICS.map(metricInfo) }, etag);
}

export const OPTIONS = preflight;
