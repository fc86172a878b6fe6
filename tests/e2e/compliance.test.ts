// The compliance lists page by page in the browser: the bundled corpus has 56 arithmetic findings in 平潭县
// (350128), so a server of its own with 20 rows per page shows three pages. Each "next page" link keeps the
// region and year in a shareable URL, the total in the heading stays the same on every page, the pages hold
// every row once, "first page" comes back, and the CSV still holds every row of every list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { ingestCorpus } from './corpus';
import { startServer, type RunningServer } from './server';

const PAGE_SIZE = 20;

describe('compliance lists, paged', () => {
  let browser: Browser;
  let server: RunningServer;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-e2e-paging-'));
    expect(ingestCorpus(dataDir).new).toBeGreaterThan(0);
    server = await startServer({
      GONGKAI_DATA_DIR: dataDir,
      GONGKAI_COMPLIANCE_PAGE_SIZE: String(PAGE_SIZE),
    });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const section = (page: Page, label: RegExp) =>
    page.locator('section', { has: page.getByRole('heading', { name: label }) });
  const totalOf = async (page: Page) => {
    const heading = await section(page, /算术错误/)
      .getByRole('heading')
      .textContent();
    return Number(/（([\d,]+)）/.exec(heading ?? '')?.[1].replace(/,/g, ''));
  };
  const rowsOf = (page: Page) =>
    section(page, /算术错误/)
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            `${tr.firstElementChild?.textContent} ${tr.querySelector('a')?.getAttribute('href')} ${tr.lastElementChild?.textContent}`,
        ),
      );

  it('walks the arithmetic list of 平潭县 page by page, keeping region, total and every row once', async () => {
    const page = await browser.newPage();
    await page.goto(server.baseURL + '/compliance?region=350128');
    const total = await totalOf(page);
    expect(total).toBeGreaterThan(2 * PAGE_SIZE);
    const seen: string[] = [];
    let pages = 0;
    for (;;) {
      pages++;
      const rows = await rowsOf(page);
      expect(await totalOf(page)).toBe(total);
      seen.push(...rows);
      const next = section(page, /算术错误/).getByRole('link', { name: /下一页/ });
      if (!(await next.count())) {
        expect(rows.length).toBeLessThanOrEqual(PAGE_SIZE);
        break;
      }
      expect(rows).toHaveLength(PAGE_SIZE);
      const href = (await next.getAttribute('href')) ?? '';
      expect(href).toMatch(
        /^\/compliance\?region=350128&list=arithmetic&after=[\d-]+#list-arithmetic$/,
      );
      await next.click();
      await page.waitForURL((u) => u.pathname + u.search + u.hash === href);
      const url = new URL(page.url());
      expect(url.searchParams.get('region')).toBe('350128');
      expect(url.hash).toBe('#list-arithmetic');
      // the other lists stay on their first page
      await expect(
        section(page, /照抄上年/)
          .locator('tbody tr')
          .count(),
      ).resolves.toBeGreaterThan(0);
    }
    expect(pages).toBe(Math.ceil(total / PAGE_SIZE));
    expect(seen).toHaveLength(total);
    // one order across the pages: newest year first
    const years = seen.map((r) => Number(r.split(' ')[0]));
    expect(years).toEqual([...years].sort((a, b) => b - a));

    // a shared link opens the same page; "first page" leads back
    const shared = await browser.newPage();
    await shared.goto(page.url());
    expect(await rowsOf(shared)).toEqual(await rowsOf(page));
    await shared.getByRole('link', { name: /第一页/ }).click();
    await shared.waitForURL((u) => !u.search.includes('after='));
    expect(new URL(shared.url()).searchParams.get('region')).toBe('350128');
    expect(await rowsOf(shared)).toEqual(seen.slice(0, PAGE_SIZE));
    await shared.close();
    await page.close();
  });

  it('keeps the year in every page link, and the CSV holds every row', async () => {
    const page = await browser.newPage();
    await page.goto(server.baseURL + '/compliance?region=350128');
    const year = await page.locator('#f-year option').nth(1).getAttribute('value');
    await page.goto(server.baseURL + `/compliance?region=350128&year=${year}`);
    const next = section(page, /算术错误/).getByRole('link', { name: /下一页/ });
    if (await next.count())
      expect(await next.getAttribute('href')).toMatch(
        new RegExp(`^/compliance\\?region=350128&year=${year}&list=arithmetic&after=`),
      );
    await page.goto(server.baseURL + '/compliance?region=350128');
    const total = await totalOf(page);
    const csv = await (await fetch(server.baseURL + '/compliance/csv?region=350128')).text();
    expect(csv.split('\r\n').filter((line) => line.startsWith('"算术错误"'))).toHaveLength(total);
    await page.close();
  });
});
