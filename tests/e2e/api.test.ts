// The open read API against the running app over the bundled reports: every endpoint answers, and every
// answer validates against the OpenAPI document the app serves (JSON Schema, via ajv) and against the zod
// schemas it was generated from; pagination walks each report exactly once; bad parameters are 400s that
// name the parameter; the admin upload still refuses requests without the token; /developers renders.
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openApiDocument, ROUTES } from '@/lib/api/openapi';
import { METRICS } from '@/lib/metrics';
import { launchBrowser } from './browser';

const base = () => inject('baseURL');
const SHOTS = path.resolve('docs/screenshots');

type Json = Record<string, unknown>;
interface Doc {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: Json }> }> } }>;
  components: { schemas: Record<string, Json> };
}

let doc: Doc;
// OpenAPI 3.1 schemas are JSON Schema 2020-12; strict mode would refuse OpenAPI's own keywords (example)
const ajv = new Ajv2020({ allErrors: true, strict: false });

/** The OpenAPI path template a concrete path belongs to (/api/v1/reports/7 → /api/v1/reports/{id}). */
function templateOf(pathname: string): string {
  const exact = Object.keys(doc.paths).find((p) => p === pathname);
  if (exact) return exact;
  const match = Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname));
  if (!match) throw new Error(`openapi.json has no path for ${pathname}`);
  return match;
}

/** Fetches a URL of the API, checks the status, and validates the body against openapi.json and zod. */
async function call<T = Json>(url: string, status: number, init?: RequestInit): Promise<{ body: T; res: Response }> {
  const res = await fetch(`${base()}${url}`, init);
  expect(res.status, url).toBe(status);
  expect(res.headers.get('content-type'), url).toMatch(/^application\/json/);
  expect(res.headers.get('access-control-allow-origin'), url).toBe('*');
  const body = (await res.json()) as T;
  const pathname = new URL(url, base()).pathname;
  const template = templateOf(pathname);
  const schema = doc.paths[template].get.responses[String(status)]?.content?.['application/json']?.schema;
  expect(schema, `${template} documents status ${status}`).toBeDefined();
  const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"openapi#/components')));
  expect(validate(body) ? [] : validate.errors, `${url} matches openapi.json`).toEqual([]);
  const route = ROUTES.find((r) => r.path === template);
  const zods = [route?.responses[status]].flat();
  expect(zods.some((z) => z?.safeParse(body).success), `${url} matches the zod schema`).toBe(true);
  return { body, res };
}

interface Summary {
  id: number;
  year: number | null;
  regionCodes: { province: string | null; city: string | null; county: string | null };
}

async function walk(query: string, limit: number): Promise<Summary[]> {
  const out: Summary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const url: string = `/api/v1/reports?${query}${query ? '&' : ''}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const { body }: { body: { reports: Summary[]; next: string | null } } = await call(url, 200);
    expect(body.reports.length).toBeLessThanOrEqual(limit);
    out.push(...body.reports);
    if (!body.next) return out;
    expect(body.reports.length).toBe(limit);
    cursor = body.next;
  }
  throw new Error('pagination did not end');
}

beforeAll(async () => {
  const res = await fetch(`${base()}/api/v1/openapi.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  doc = (await res.json()) as Doc;
  ajv.addSchema(doc as unknown as object, 'openapi');
});

describe('openapi.json', () => {
  it('is the document the code generates, with every route', () => {
    expect(doc).toEqual(openApiDocument());
    for (const r of ROUTES) expect(Object.keys(doc.paths)).toContain(r.path);
  });
});

describe('endpoints', () => {
  let all: Summary[] = [];
  let county = '';
  let province = '';

  beforeAll(async () => {
    all = await walk('', 500);
    expect(all.length).toBeGreaterThan(50);
    const counts = new Map<string, number>();
    for (const r of all) if (r.regionCodes.county) counts.set(r.regionCodes.county, (counts.get(r.regionCodes.county) ?? 0) + 1);
    county = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    province = county.slice(0, 2);
  });

  it('regions: provinces, children, one level under a parent, one region with its years', async () => {
    const provinces = await call<{ regions: { code: string; level: string }[] }>('/api/v1/regions', 200);
    expect(provinces.body.regions.length).toBeGreaterThanOrEqual(31);
    expect(new Set(provinces.body.regions.map((r) => r.level))).toEqual(new Set(['province']));
    const cities = await call<{ regions: { code: string; parentCode: string }[] }>(`/api/v1/regions?parent=${province}`, 200);
    expect(cities.body.regions.every((r) => r.parentCode === province)).toBe(true);
    const counties = await call<{ regions: { code: string }[] }>(`/api/v1/regions?parent=${province}&level=county`, 200);
    expect(counties.body.regions.map((r) => r.code)).toContain(county);
    const one = await call<{ region: { code: string }; path: { code: string }[]; years: { year: number; reports: number }[] }>(
      `/api/v1/regions/${county}`,
      200,
    );
    expect(one.body.path.map((r) => r.code)).toEqual(['CN', province, county.slice(0, 4), county]);
    // the years' report counts are the reports the list gives for that region and year
    for (const y of one.body.years) expect((await walk(`region=${county}&year=${y.year}`, 500)).length, String(y.year)).toBe(y.reports);
    await call('/api/v1/regions/CN', 200);
  });

  it('reports: pagination walks every report of a region exactly once, in id order', async () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect((await walk('', 7)).map((r) => r.id)).toEqual(ids);
    const inProvince = all.filter((r) => r.regionCodes.province === province).map((r) => r.id);
    expect(inProvince.length).toBeGreaterThan(3);
    expect((await walk(`region=${province}`, 3)).map((r) => r.id)).toEqual(inProvince);
    const inCounty = all.filter((r) => r.regionCodes.county === county).map((r) => r.id);
    expect((await walk(`region=${county}`, 2)).map((r) => r.id)).toEqual(inCounty);
    const page = await call<{ reports: Summary[] }>('/api/v1/reports', 200);
    expect(page.body.reports.length).toBe(Math.min(100, all.length));
  });

  it('reports/<id>: every cell with a status, findings and versions', async () => {
    const { body } = await call<{ id: number; cells: { key: string; status: string }[]; versions: { id: number }[] }>(
      `/api/v1/reports/${all[0].id}`,
      200,
    );
    expect(body.id).toBe(all[0].id);
    expect(body.versions.map((v) => v.id)).toContain(all[0].id);
    const rich = all.find((r) => r.year !== null && r.year >= 2021);
    if (rich) {
      const detail = await call<{ template: string; cells: { status: string }[] }>(`/api/v1/reports/${rich.id}`, 200);
      if (detail.body.template === 'gov2021') expect(detail.body.cells.length).toBe(200);
    }
  });

  it('metrics: the registry, a series by year, and children in one year', async () => {
    const list = await call<{ metrics: { key: string }[] }>('/api/v1/metrics', 200);
    expect(list.body.metrics.map((m) => m.key)).toEqual(METRICS.map((m) => m.key));
    const region = await call<{ years: { year: number }[] }>(`/api/v1/regions/${province}`, 200);
    const series = await call<{ series: { year: number; value: number | null }[] }>(
      `/api/v1/metrics/applications.new?region=${province}`,
      200,
    );
    expect(series.body.series.map((s) => s.year)).toEqual(region.body.years.map((y) => y.year));
    const first = region.body.years[0].year;
    const narrowed = await call<{ series: { year: number }[] }>(`/api/v1/metrics/applications.new?region=${province}&from=${first}&to=${first}`, 200);
    expect(narrowed.body.series.map((s) => s.year)).toEqual([first]);
    const byRegion = await call<{ year: number; regions: { code: string }[] }>(`/api/v1/metrics/applications.new?region=${province}&by=region`, 200);
    expect(byRegion.body.year).toBe(region.body.years.at(-1)?.year);
    expect(byRegion.body.regions.length).toBeGreaterThan(0);
    expect(byRegion.body.regions.every((r) => r.code.startsWith(province) && r.code.length === 4)).toBe(true);
    for (const m of METRICS) await call(`/api/v1/metrics/${m.key}?region=${county}`, 200);
  });

  it('ETag: the same data and view answer 304 to If-None-Match, whatever the parameter order', async () => {
    const a = await call(`/api/v1/reports?region=${province}&limit=5`, 200);
    const etag = a.res.headers.get('etag');
    expect(etag).toMatch(/^W\/"v\d+-/);
    expect(a.res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const b = await fetch(`${base()}/api/v1/reports?limit=5&region=${province}`, { headers: { 'if-none-match': etag! } });
    expect(b.status).toBe(304);
    // a browser's preflight is answered for any origin, for reading only
    const pre = await fetch(`${base()}/api/v1/reports`, { method: 'OPTIONS', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).not.toMatch(/POST/);
    const other = await fetch(`${base()}/api/v1/reports?limit=6&region=${province}`, { headers: { 'if-none-match': etag! } });
    expect(other.status).toBe(200);
  });
});

describe('bad input', () => {
  it.each([
    ['/api/v1/reports?year=20x4', 400, 'year'],
    ['/api/v1/reports?limit=501', 400, 'limit'],
    ['/api/v1/reports?limit=-1', 400, 'limit'],
    ['/api/v1/reports?cursor=bm9wZQ', 400, 'cursor'],
    ['/api/v1/reports?region=19', 404, 'region'],
    ['/api/v1/reports?region=5', 400, 'region'],
    ['/api/v1/reports?template=x', 400, 'template'],
    ['/api/v1/reports?page=2', 400, 'page'],
    ['/api/v1/reports/abc', 400, 'id'],
    ['/api/v1/reports/0', 400, 'id'],
    ['/api/v1/reports/2147483647', 404, 'id'],
    ['/api/v1/regions?parent=99', 404, 'parent'],
    ['/api/v1/regions?level=nation', 400, 'level'],
    ['/api/v1/regions?parent=51&level=province', 400, 'level'],
    ['/api/v1/regions/51x', 400, 'code'],
    ['/api/v1/regions/990000', 404, 'code'],
    ['/api/v1/metrics?region=51', 400, 'region'],
    ['/api/v1/metrics/nope', 404, 'key'],
    ['/api/v1/metrics/applications.new?from=2025&to=2019', 400, 'from'],
    ['/api/v1/metrics/applications.new?year=2024', 400, 'year'],
    ['/api/v1/metrics/applications.new?by=region&from=2020', 400, 'from'],
    ['/api/v1/metrics/applications.new?by=applicant', 400, 'by'],
  ])('%s → %i naming %s', async (url, status, parameter) => {
    const { body } = await call<{ error: { parameter: string; message: string } }>(url, status);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toMatch(new RegExp(`^${parameter} .+\\.$`));
  });

  it('POST /api/v1/reports without the admin token is still refused and stores nothing', async () => {
    const before = (await walk('', 500)).length;
    const form = new FormData();
    form.append('files', new Blob(['2024年政府信息公开工作年度报告'], { type: 'text/plain' }), 'x.txt');
    const res = await fetch(`${base()}/api/v1/reports`, { method: 'POST', body: form });
    expect([401, 403]).toContain(res.status);
    const bearer = await fetch(`${base()}/api/v1/reports`, { method: 'POST', body: form, headers: { authorization: 'Bearer wrong' } });
    expect([401, 403]).toContain(bearer.status);
    expect((await walk('', 500)).length).toBe(before);
  });
});

describe('/developers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every endpoint with a curl line and fits 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const res = await page.goto(`${base()}/developers`, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      await expect.poll(() => page.locator('h1').textContent()).toContain('开放数据接口');
      const text = (await page.locator('main').textContent()) ?? '';
      for (const r of ROUTES) {
        expect(text).toContain(`GET ${r.path}`);
        expect(text).toContain(`curl '${base()}${r.example}'`);
      }
      expect(await page.locator('a[href="/api/v1/openapi.json"]').count()).toBeGreaterThan(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SHOTS, `developers-${width}.png`), fullPage: true });
      await page.close();
    }
  });
});
