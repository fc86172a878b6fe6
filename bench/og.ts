// `npm run bench -- og [--reports N]`: share image response times on a production build serving a database
// of N generated reports: uncached renders (distinct views, so every one misses the cache), cached answers
// (the same URLs again), and 304 revalidations (If-None-Match). Targets (issue 7, at 400,000 reports):
// uncached median < 400 ms, cached median < 20 ms.
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { createDb } from '../db/client';
import { queryRows } from '../db/rows';
import { buildApp, startServer } from '../tests/e2e/server';
import { loadedDatabase } from './loaded-db';
import { benchReport, type BenchOptions, type BenchReport, type BenchRow } from './harness';

/** Distinct views over every level: each region with the chart kinds a share menu offers. */
async function pickUrls(dataDir: string, count: number): Promise<string[]> {
  const handle = await createDb({ url: null, dir: dataDir });
  try {
    const regions = await queryRows<{ code: string }>(
      handle.db,
      sql`(select distinct province_code as code from reports where province_code is not null limit 8)
          union all (select distinct city_code from reports where city_code is not null limit 12)
          union all (select distinct county_code from reports where county_code is not null limit 20)
          union all (select distinct township_code from reports where township_code is not null limit 20)`,
    );
    const kinds = ['', '&by=applicant', '&by=region', '&metric=outcomes.total&by=outcome', '&metric=review.total&by=review'];
    const urls: string[] = [];
    for (let i = 0; urls.length < count && i < regions.length * kinds.length; i++) {
      urls.push(`/og?region=${regions[i % regions.length].code}${kinds[Math.floor(i / regions.length) % kinds.length]}`);
    }
    return urls;
  } finally {
    await handle.close();
  }
}

async function timed(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; etag: string }> {
  const started = performance.now();
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status >= 500) throw new Error(`${url} answered ${res.status}`);
  return { ms, status: res.status, etag: res.headers.get('etag') ?? '' };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

function row(name: string, times: number[], target: number, inputs: number): BenchRow {
  return {
    name,
    rate: { median: quantile(times, 0.5), min: Math.min(...times), max: quantile(times, 0.95), rounds: times.length, roundMs: 0 },
    unit: 'ms (max = p95)',
    target,
    lowerIsBetter: true,
    inputs,
  };
}

export async function benchOg(options: BenchOptions & { reports?: number }): Promise<BenchReport> {
  const reports = options.reports ?? 2000;
  const dataDir = await loadedDatabase(reports);
  const urls = await pickUrls(dataDir, Math.max(20, options.rounds * 8));
  if (!fs.existsSync('.next/BUILD_ID')) buildApp(); // reuse a current build: run `npx next build` first after changes
  const server = await startServer({ GONGKAI_DATA_DIR: dataDir });
  try {
    const base = server.baseURL;
    // the first image of a process parses the fonts (~1–2 s): not what a visitor of a running server waits for
    await timed(`${base}/og?metric=proactive.items`);
    const uncached: number[] = [];
    const etags: string[] = [];
    for (const u of urls) {
      const r = await timed(base + u);
      uncached.push(r.ms);
      etags.push(r.etag);
    }
    const cached: number[] = [];
    for (const u of urls) cached.push((await timed(base + u)).ms);
    const revalidated: number[] = [];
    for (let i = 0; i < urls.length; i++) {
      const r = await timed(base + urls[i], { 'if-none-match': etags[i] });
      if (r.status !== 304) throw new Error(`${urls[i]}: expected 304, got ${r.status}`);
      revalidated.push(r.ms);
    }
    return benchReport('og', [
      row('uncached image (distinct views)', uncached, 400, reports),
      row('cached image (same URL again)', cached, 20, reports),
      row('304 revalidation (If-None-Match)', revalidated, 20, reports),
    ]);
  } finally {
    await server.stop();
  }
}
