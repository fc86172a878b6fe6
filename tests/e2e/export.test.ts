// Exports, against the built app over the bundled reports: a chart's CSV holds the numbers its table shows
// and its JSON the same; PNG and SVG pictures with the Chinese title; a report's CSV holds every cell the
// page shows; units tables as shown; the bulk files hold every current report. Screenshots for review.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { createDb } from '@/db/client';
import { queryRows } from '@/db/rows';
import { BULK_KEYS } from '@/lib/export/bulk';
import { launchBrowser } from './browser';
import { ingestCorpus } from './corpus';
import { shoot } from './shoot';
import { parseCsv } from '../unit/helpers/csv';

const base = () => inject('baseURL');
const SHOTS = path.resolve('docs/screenshots');

async function get(href: string, init?: RequestInit): Promise<Response> {
  return fetch(new URL(href, base()), init);
}

async function csvAt(href: string): Promise<string[][]> {
  const res = await get(href);
  expect(res.status, href).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/csv');
  expect(res.headers.get('content-disposition')).toMatch(
    /^attachment; filename="[ -~]+"; filename\*=UTF-8''%/,
  );
  return parseCsv(await csvText(res, href));
}

/** The body after checking its UTF-8 byte-order mark (Response.text() would silently drop it). */
async function csvText(res: Response, what: string): Promise<string> {
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)], `${what} starts with a BOM`).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8');
}

/** A number as the page prints it ('1,234', '—') in the CSV's spelling ('1234', ''). */
const plain = (shown: string) => (shown === '—' ? '' : String(Number(shown.replace(/,/g, ''))));

/** The rows of a figure's table of numbers: [label, ...cells] as printed. */
function tableOf(figure: Locator): Promise<string[][]> {
  return figure
    .locator('table')
    .first()
    .evaluate((table) =>
      [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => (c.textContent ?? '').trim()),
      ),
    );
}

describe('exports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("every chart's CSV on a region page holds the numbers its table shows, and its JSON the same", async () => {
    let checked = 0;
    for (const scope of ['/regions/350128', '/regions/35']) {
      const page = await browser.newPage();
      await page.goto(base() + scope, { waitUntil: 'networkidle' });
      const figures = page.getByRole('figure');
      const count = await figures.count();
      expect(count).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const shown = await tableOf(figure);
        const csvHref = await figure
          .locator('a[download][href*=".csv"]')
          .first()
          .getAttribute('href');
        const jsonHref = await figure
          .locator('a[download][href*=".json"]')
          .first()
          .getAttribute('href');
        expect(csvHref).toMatch(/^\/export\/[\w.]+\.csv/);
        const csv = await csvAt(csvHref!);
        const header = await figure.locator('table thead th').allTextContents();
        expect(csv[0]).toEqual(header.map((h) => h.trim()));
        expect(csv.slice(1), `${scope} ${csvHref}`).toEqual(
          shown.map(([label, ...cells]) => [label, ...cells.map(plain)]),
        );
        const json = await (await get(jsonHref!)).json();
        expect(json.columns).toEqual(csv[0].slice(1));
        expect(
          json.rows.map((r: { label: string; values: (number | null)[] }) => [
            r.label,
            ...r.values.map((v) => (v === null ? '' : String(v))),
          ]),
        ).toEqual(csv.slice(1));
        expect(json.permalink).toMatch(/^http:\/\/[^/]+\/charts\//);
        checked++;
      }
      await page.close();
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });

  it('draws PNG and SVG pictures of a chart with its Chinese title, and revalidates with ETags', async () => {
    const q = '/export/applications.new.{fmt}?region=350128&by=applicant';
    const json = await (await get(q.replace('{fmt}', 'json'))).json();
    const svgRes = await get(q.replace('{fmt}', 'svg'));
    expect(svgRes.headers.get('content-type')).toContain('image/svg+xml');
    const svg = await svgRes.text();
    expect(svg).toContain(json.title);
    expect(svg).toContain('平潭县');
    const [, width, height] = svg.match(/<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/) ?? [];
    const pngRes = await get(q.replace('{fmt}', 'png'));
    expect(pngRes.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await pngRes.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(width), Number(height)]);
    expect(png.readUInt32BE(16)).toBe(960);
    fs.writeFileSync(path.join(SHOTS, 'export-chart.png'), png);

    const etag = pngRes.headers.get('etag');
    expect(etag).toMatch(/^"v\d+-\w+"$/);
    expect(pngRes.headers.get('cache-control')).toContain('max-age');
    expect(
      (await get(q.replace('{fmt}', 'png'), { headers: { 'if-none-match': etag! } })).status,
    ).toBe(304);
    // another view, another tag
    const other = await get('/export/applications.new.png?region=35&by=applicant', {
      method: 'HEAD',
    });
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('falls back to the default chart for bad parameters and answers 404 only for an unknown format', async () => {
    const bad = await get('/export/nonsense.csv?region=zz&from=abc&by=foo&year=99999');
    expect(bad.status).toBe(200);
    const rows = parseCsv(await csvText(bad, 'fallback'));
    expect(rows[0][0]).toBe('年度');
    expect((await get('/export/applications.new.xlsx')).status).toBe(404);
    expect((await get('/export/units.png?region=35')).status).toBe(404);
  });

  it("a report's CSV holds every cell value the page shows; each table links to its own cells", async () => {
    const page = await browser.newPage();
    await page.goto(base() + '/regions/350128', { waitUntil: 'networkidle' });
    const reportPath = (await page.locator('td[data-status] a').first().getAttribute('href')) ?? '';
    expect(reportPath).toMatch(/^\/reports\/\d+$/);
    await page.goto(base() + reportPath, { waitUntil: 'networkidle' });
    // the cell's own printed text (before the 推算/待核 tags and the finding numbers)
    const cells = await page
      .locator('td[data-key]')
      .evaluateAll((tds) =>
        tds.map((td) => [
          td.getAttribute('data-key') ?? '',
          td.firstChild?.nodeType === 3 ? (td.firstChild.textContent ?? '') : '',
        ]),
      );
    expect(cells.length).toBeGreaterThan(100);
    const csv = await csvAt(`${reportPath}/export.csv`);
    expect(csv[0]).toEqual(['表格', '单元格键', '项目', '数值', '原表显示', '状态', '需人工核对']);
    const byKey = new Map(csv.slice(1).map((r) => [r[1], r]));
    expect(byKey.size).toBe(cells.length);
    let numbers = 0;
    for (const [key, text] of cells) {
      const row = byKey.get(key);
      expect(row, key).toBeDefined();
      if (row![5] === '待核' && text === '?') continue;
      expect(row![4], key).toBe(text);
      // a read or inferred number is printed as the number; a cell printed as text keeps its text
      if (row![3] !== '' && (row![5] === '已读出' || row![5] === '推算')) {
        expect(text.replace(/,/g, ''), key).toBe(row![3]);
        numbers++;
      }
    }
    expect(numbers).toBeGreaterThan(20);

    const links = page.locator('.table-exports a[href*="export.csv?table="]');
    const tables = page.locator('table.printed');
    expect(await links.count()).toBe(await tables.count());
    const second = await links.nth(1).getAttribute('href');
    const keys = await tables
      .nth(1)
      .locator('td[data-key]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-key')));
    expect((await csvAt(second!)).slice(1).map((r) => r[1])).toEqual(keys);
    const json = await (await get(`${reportPath}/export.json`)).json();
    expect(json.report.id).toBe(Number(reportPath.split('/').pop()));
    expect(json.cells.length).toBe(cells.length);
    expect((await get(`${reportPath}/export.csv?table=abc`)).status).toBe(400);
    await page.close();
  });

  it('a units table exports the rows, figures and statuses it shows', async () => {
    const page = await browser.newPage();
    await page.goto(base() + '/regions/35', { waitUntil: 'networkidle' });
    const table = page.locator('table.units').first();
    const shown = await table.evaluate((t) =>
      [...t.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, '')),
      ),
    );
    const href = await page
      .locator('.table-exports a[href^="/export/units.csv"]')
      .first()
      .getAttribute('href');
    expect(href).toBe('/export/units.csv?region=35');
    const csv = await csvAt(href!);
    expect(csv.length - 1).toBe(shown.length);
    csv.slice(1).forEach((r, i) => {
      const [name, , appNew, outTotal, cases, ...status] = r;
      expect([name, appNew, outTotal, cases, ...status.map((s) => s.replace(/\s+/g, ''))]).toEqual([
        shown[i][0],
        ...shown[i].slice(1, 4).map(plain),
        ...shown[i].slice(4),
      ]);
    });
    await page.close();
  });

  it('the bulk files hold every current report once, with the key columns', async () => {
    // the server owns its database: count the current reports in a second ingest of the same corpus
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-e2e-bulk-'));
    let expected = 0;
    try {
      ingestCorpus(dir);
      const handle = await createDb({ url: null, dir });
      const [row] = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from reports where is_current and not hidden`,
      );
      expected = Number(row.n);
      await handle.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const csv = await csvAt('/downloads/reports.csv');
    const header = csv[0];
    for (const key of BULK_KEYS) expect(header).toContain(key);
    expect(header.slice(0, 3)).toEqual(['report_id', 'agency_id', 'agency']);
    const ids = csv.slice(1).map((r) => r[0]);
    expect(expected).toBeGreaterThan(50);
    expect(ids.length).toBe(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(csv.every((r) => r.length === header.length)).toBe(true);

    const jsonl = await (await get('/downloads/reports.jsonl')).text();
    const lines = jsonl
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => String(l.report_id))).toEqual(ids);
    // a report's numbers in the bulk file are its page's numbers
    const first = lines.find((l) => Object.values(l.cells).some((v) => typeof v === 'number'));
    const report = await (await get(`/reports/${first.report_id}/export.json`)).json();
    for (const c of report.cells as { key: string; value: number | null }[])
      expect(first.cells[c.key], c.key).toBe(c.value);

    const province = lines.find((l) => l.province_code)!.province_code as string;
    const year = lines.find((l) => l.province_code === province && l.year)!.year as number;
    const some = (
      await (await get(`/downloads/reports.jsonl?year=${year}&region=${province}`)).text()
    )
      .trimEnd()
      .split('\n');
    expect(some.length).toBe(
      lines.filter((l) => l.province_code === province && l.year === year).length,
    );
    const bad = await get('/downloads/reports.csv?year=abc');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: 'year' });
    expect((await get('/downloads/reports.csv?region=99')).status).toBe(400);
  });

  it('screenshots the downloads page', async () => {
    await shoot(browser, base() + '/downloads', (w) => path.join(SHOTS, `downloads-${w}.png`));
    expect(fs.existsSync(path.join(SHOTS, 'downloads-390.png'))).toBe(true);
  });
});
