// The share images on a production build over the bundled reports: a valid 1200×630 PNG for every metric,
// every breakdown, a township and a report; the fallbacks for anything unknown; ETag/304 and the cache
// headers. One image of each kind is kept in docs/screenshots/ to be looked at.
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { METRICS } from '@/lib/metrics';
import { BREAKDOWN_HEAD } from '@/lib/share/chart-view';
import { CHART_BYS } from '@/lib/view';
import { pngSize } from '../unit/helpers/png';

// a township of the bundled reports with a report of its own (Shandong, Zaozhuang, Tengzhou: 柴胡店镇)
const TOWNSHIP = '370481111';
const base = () => inject('baseURL');

async function image(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base() + path, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes };
}

async function expectCard(path: string): Promise<Uint8Array> {
  const { res, bytes } = await image(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type'), path).toBe('image/png');
  expect(pngSize(bytes), path).toEqual({ width: 1200, height: 630 });
  return bytes;
}

const shot = (name: string, bytes: Uint8Array) => {
  fs.mkdirSync('docs/screenshots', { recursive: true });
  fs.writeFileSync(`docs/screenshots/${name}.png`, bytes);
};

describe('/og share images', () => {
  it('draws every metric of lib/metrics.ts', async () => {
    const seen = new Set<string>();
    for (const metric of METRICS) {
      const bytes = await expectCard(`/og?metric=${encodeURIComponent(metric.key)}`);
      seen.add(Buffer.from(bytes).toString('base64'));
    }
    // each metric is its own picture (title and bars differ), not the default drawn 34 times
    expect(seen.size).toBe(METRICS.length);
  }, 300_000);

  it('draws every breakdown, and the comparison of the units below', async () => {
    for (const by of CHART_BYS) {
      const metric = by === 'region' ? 'applications.new' : BREAKDOWN_HEAD[by];
      await expectCard(`/og?metric=${metric}&by=${by}`);
      await expectCard(`/og?region=37&metric=${metric}&by=${by}`);
    }
    shot('og-compare', await expectCard('/og?by=region'));
    shot('og-overview', await expectCard('/og'));
  }, 120_000);

  it('draws a township, and the card of one of its reports', async () => {
    const township = await expectCard(`/og?region=${TOWNSHIP}`);
    const county = await expectCard(`/og?region=${TOWNSHIP.slice(0, 6)}`);
    expect(Buffer.compare(township, county)).not.toBe(0);
    shot('og-township', township);
    // a township has no units below it: its comparison is its trend, never an error
    await expectCard(`/og?region=${TOWNSHIP}&by=region`);

    const page = await (await fetch(`${base()}/regions/${TOWNSHIP}`)).text();
    const id = /href="\/reports\/(\d+)"/.exec(page)?.[1];
    expect(id).toBeDefined();
    const report = await expectCard(`/og?report=${id}`);
    expect(Buffer.compare(report, await expectCard('/og'))).not.toBe(0);
    shot('og-report', report);
  }, 120_000);

  it('answers a bad or unknown parameter with the default image, never an error', async () => {
    const overview = await expectCard('/og');
    for (const path of [
      '/og?metric=nope&by=sideways&from=abc&to=99999&sort=up&year=-1',
      '/og?region=99', // well-formed but unknown: the nation
      '/og?region=%E5%9B%9B%E5%B7%9D&metric=%00',
      '/og?report=999999999', // no such report: the overview card
      '/og?report=-1',
      '/og?report=1e3&report=2',
    ]) {
      const bytes = await expectCard(path);
      expect(Buffer.compare(bytes, overview), path).toBe(0);
    }
  }, 120_000);

  it('sends an ETag and cache headers, answers 304 to a matching If-None-Match, and shares one entry per view', async () => {
    const first = await image('/og?region=37&from=2019&by=applicant');
    const etag = first.res.headers.get('etag');
    expect(etag).toMatch(/^"og-/);
    expect(first.res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');

    const again = await image('/og?region=37&from=2019&by=applicant', { 'if-none-match': etag! });
    expect(again.res.status).toBe(304);
    expect(again.bytes.byteLength).toBe(0);
    expect(again.res.headers.get('etag')).toBe(etag);

    // another spelling of the same view: the same image and ETag
    const respelled = await image('/og?by=applicant&from=2019&q=x&metric=applications.new&region=37');
    expect(respelled.res.headers.get('etag')).toBe(etag);
    expect(Buffer.compare(respelled.bytes, first.bytes)).toBe(0);

    // another view: another ETag, and a stale one gets the full image
    const other = await image('/og?region=37&from=2019&by=outcome&metric=outcomes.total', { 'if-none-match': etag! });
    expect(other.res.status).toBe(200);
    expect(other.res.headers.get('etag')).not.toBe(etag);
  }, 60_000);
});
