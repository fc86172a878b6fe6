// `npm run bench -- pages [--reports N]`: server response times of every page type (time to first byte,
import fs from 'node:fs';
// warm, repeated) on a production build serving a database of N generated reports, and the JavaScript a
// chart page ships (gzipped). Targets (issue 6): median < 100 ms, p95 < 250 ms, JS < 350 KB.
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';
import { sql } from 'drizzle-orm';
import { createDb } from '../db/client';
import { queryRows } from '../db/rows';
import { buildApp, startServer } from '../tests/e2e/server';
import { loadedDatabase } from './loaded-db';
import { benchReport, type BenchOptions, type BenchReport, type BenchRow } from './harness';

async function pickUrls(dataDir: string): Promise<Record<string, string>> {
  const handle = await createDb({ url: null, dir: dataDir });
  try {
    const [r] = await queryRows<{ id: number; township: string; county: string; province: string }>(
      handle.db,
      sql`select id, township_code as township, county_code as county, province_code as province
          from reports where is_current and township_code is not null order by id desc limit 1`,
    );
    return {
      overview: '/',
      province: `/regions/${r.province}`,
      county: `/regions/${r.county}`,
      township: `/regions/${r.township}`,
      report: `/reports/${r.id}`,
      compliance: `/compliance?region=${r.county}`,
      search: '/search?q=zhen',
    };
  } finally {
    await handle.close();
  }
}

async function ttfb(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  const reader = res.body!.getReader();
  await reader.read(); // first byte
  const elapsed = performance.now() - started;
  while (!(await reader.read()).done) {
    // drain
  }
  if (res.status >= 500) throw new Error(`${url} answered ${res.status}`);
  return elapsed;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function chartPageJsKb(base: string, pagePath: string): Promise<number> {
  const html = await (await fetch(base + pagePath)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return bytes / 1024;
}

/** Everything a real browser downloads as script for the page once every chart has scrolled into view and
 * drawn (ECharts is loaded then, not with the page): the honest total beside the first-paint figure. */
async function chartPageJsAllKb(base: string, pagePath: string): Promise<number> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const urls = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') urls.add(r.url());
    });
    await page.goto(base + pagePath, { waitUntil: 'networkidle' });
    for (const chart of await page.$$('.chart')) await chart.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const url of urls) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
    return bytes / 1024;
  } finally {
    await browser.close();
  }
}

export async function benchPages(options: BenchOptions & { reports?: number }): Promise<BenchReport> {
  const reports = options.reports ?? 20_000;
  const dataDir = await loadedDatabase(reports);
  const urls = await pickUrls(dataDir);
  if (!fs.existsSync('.next/BUILD_ID')) buildApp(); // reuse a current build: run `npx next build` first after changes
  const server = await startServer({ GONGKAI_DATA_DIR: dataDir });
  const rows: BenchRow[] = [];
  try {
    const repeats = Math.max(20, options.rounds * 10);
    for (const [name, p] of Object.entries(urls)) {
      for (let i = 0; i < 3; i++) await ttfb(server.baseURL + p); // warm
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) times.push(await ttfb(server.baseURL + p));
      rows.push({
        name: `${name} ${p}`,
        rate: { median: quantile(times, 0.5), min: Math.min(...times), max: quantile(times, 0.95), rounds: repeats, roundMs: 0 },
        unit: 'ms TTFB (max = p95)',
        target: 100,
        lowerIsBetter: true,
        inputs: reports,
      });
    }
    const kb = await chartPageJsKb(server.baseURL, urls.county);
    rows.push({ name: 'chart page JavaScript before first paint (gzipped)', rate: { median: kb, min: kb, max: kb, rounds: 1, roundMs: 0 }, unit: 'KB', target: 350, lowerIsBetter: true, inputs: 1 });
    const all = await chartPageJsAllKb(server.baseURL, urls.county);
    rows.push({ name: 'chart page JavaScript once the charts are live (gzipped)', rate: { median: all, min: all, max: all, rounds: 1, roundMs: 0 }, unit: 'KB', inputs: 1 });
  } finally {
    await server.stop();
  }
  return benchReport('pages', rows);
}

