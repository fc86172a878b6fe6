// GET /og?<chart view> — the 1200×630 share image of exactly the chart /charts/<metric>?… shows;
// GET /og?report=<id> — the card of one report. Any bad or unknown parameter gives the default image, never
// an error. Images are cached by canonical query + data version (lib/og/cache.ts): ETag/304 for clients,
// an in-memory LRU for the server, and one render at a time per image.
import { getDataVersion } from '@/db/queries/data-version';
import { getRegionPath } from '@/db/queries/regions';
import { getReport } from '@/db/queries/reports';
import { getServerDb } from '@/db/server';
import type { Db } from '@/db/client';
import { loadChart } from '@/app/_chart/load-chart';
import { ByteLru, etagMatches, ogEtag, ogKey } from '@/lib/og/cache';
import { OG_HEIGHT, OG_WIDTH, ReportCard } from '@/components/og/card';
import { chartCard } from '@/components/og/chart-card';
import { reportCardData } from '@/lib/og/report';
import { ogHref, parseChartView } from '@/lib/share/chart-view';
import type { View } from '@/lib/view';
import { renderPng, type Png } from './render';

export const dynamic = 'force-dynamic';

/** Fresh for 5 minutes (the URL does not carry the data version, so an ingest must show within minutes);
 * after that a cache may serve the old image for a day while it revalidates — a 304 costs one version read. */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';
/** ~64 MB of PNGs (a card is 40–90 KB: about a thousand images). */
export const OG_CACHE_BYTES = 64 * 1024 * 1024;

const holderKey = Symbol.for('gongkai.ogCache');
type Holder = { [holderKey]?: { lru: ByteLru<Png>; pending: Map<string, Promise<Png>> } };
function cache() {
  const holder = globalThis as Holder;
  return (holder[holderKey] ??= { lru: new ByteLru<Png>(OG_CACHE_BYTES), pending: new Map() });
}

/** The cached image of a key, or the one render of it (concurrent requests for one image share it). */
function cached(key: string, render: () => Promise<Png>): Promise<Png> {
  const { lru, pending } = cache();
  const hit = lru.get(key);
  if (hit) return Promise.resolve(hit);
  let running = pending.get(key);
  if (!running) {
    running = render()
      .then((png) => {
        lru.set(key, png);
        return png;
      })
      .finally(() => pending.delete(key));
    pending.set(key, running);
  }
  return running;
}

function reportId(raw: string | null): number | null {
  return raw !== null && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}

async function renderReport(db: Db, id: number): Promise<Png | null> {
  const report = await getReport(db, id);
  if (!report) return null;
  const [path, version] = await Promise.all([
    report.regionCode ? getRegionPath(db, report.regionCode) : Promise.resolve([]),
    getDataVersion(db),
  ]);
  const data = reportCardData({
    ...report,
    regionNames: path.filter((p) => p.code !== 'CN').map((p) => p.name),
    dataUpdatedAt: version.updatedAt,
  });
  return renderPng(<ReportCard report={data} />, OG_WIDTH, OG_HEIGHT);
}

async function renderChart(db: Db, view: View): Promise<Png> {
  return renderPng(chartCard(await loadChart(db, view)), OG_WIDTH, OG_HEIGHT);
}

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const id = reportId(params.get('report'));
  const view = parseChartView(params);
  const canonical = id !== null ? `/og?report=${id}` : ogHref(view);
  const db = await getServerDb();
  const { version } = await getDataVersion(db);
  const key = ogKey(canonical, version);
  const headers: Record<string, string> = { etag: ogEtag(key), 'cache-control': CACHE_CONTROL };
  if (etagMatches(request.headers.get('if-none-match'), headers.etag)) return new Response(null, { status: 304, headers });

  // an unknown report falls back to the overview chart (under the report's key: the same answer next time)
  const png = await cached(key, async () => (id !== null ? await renderReport(db, id) : null) ?? renderChart(db, view));
  return new Response(png, {
    headers: { ...headers, 'content-type': 'image/png', 'content-length': String(png.byteLength) },
  });
}
