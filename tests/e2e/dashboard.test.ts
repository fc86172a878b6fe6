// The dashboard over the bundled real reports, in Chromium: drill-down from the overview to a report and
// back with the numbers checked against the parser's own output; compliance; search.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatNumber } from '@/lib/format';
import type { ParsedReport } from '@/lib/report/types';
import { launchBrowser } from './browser';
import { corpusFiles, parseFiles } from './corpus';

const base = () => inject('baseURL');

/** What a printed cell must show for the parser's reading of it. */
function expectedText(report: ParsedReport, key: string): string {
  const note = report.cellNotes[key];
  if (note?.state === 'blank') return '';
  if (note && ['dash', 'text', 'needsReview'].includes(note.state)) return note.raw || (note.state === 'dash' ? '—' : '?');
  const v = report.cells[key];
  return v === null || v === undefined ? '' : formatNumber(v);
}

async function printedCells(page: Page): Promise<Record<string, string>> {
  const pairs = await page.$$eval('td[data-key]', (tds) =>
    tds.map((td) => [td.getAttribute('data-key') ?? '', td.childNodes[0]?.nodeType === 3 ? (td.childNodes[0].textContent ?? '') : '']),
  );
  return Object.fromEntries(pairs);
}

async function expectCellsMatch(page: Page, report: ParsedReport) {
  const shown = await printedCells(page);
  const keys = Object.keys(report.cells);
  expect(keys.length).toBeGreaterThan(150);
  const wrong = keys.filter((k) => shown[k] !== expectedText(report, k)).map((k) => `${k}: page "${shown[k]}" parser "${expectedText(report, k)}"`);
  expect(wrong).toEqual([]);
}

async function fileOfReport(page: Page): Promise<string> {
  const text = (await page.getByRole('link', { name: /^下载 / }).textContent()) ?? '';
  return text.replace(/^下载\s*/, '').trim();
}

describe('dashboard in Chromium on the bundled reports', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('overview → province → city → county → township → report, and back', async () => {
    page = await browser.newPage();
    await page.goto(base() + '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('全国概览');
    expect(Number((await page.getByTestId('headline-reports').textContent())?.replace(/,/g, ''))).toBeGreaterThan(0);

    await page.getByRole('link', { name: '山东省', exact: true }).first().click();
    await page.waitForURL(/\/regions\/37(\?|$)/);
    await page.getByRole('link', { name: '枣庄市', exact: true }).first().click();
    await page.waitForURL(/\/regions\/3704(\?|$)/);
    await page.getByRole('link', { name: '滕州市', exact: true }).first().click();
    await page.waitForURL(/\/regions\/370481(\?|$)/);

    // every township of the county is listed, filed or not
    const townships = page.locator('table.units').first().locator('tbody tr');
    expect(await townships.count()).toBeGreaterThan(10);
    expect(await page.locator('td[data-status]').count()).toBeGreaterThan(0);
    expect(await page.getByText('未报送').count()).toBeGreaterThan(10);

    await page.getByRole('link', { name: '柴胡店镇', exact: true }).first().click();
    await page.waitForURL(/\/regions\/370481111(\?|$)/);
    const townshipURL = page.url();
    await page.locator('td[data-status] a').first().click();
    await page.waitForURL(/\/reports\/\d+$/);
    const [parsed] = parseFiles([await fileOfReport(page)]);
    expect(parsed.meta.region.code).toBe('370481111');
    await expect(page.getByTestId('report-year').textContent()).resolves.toBe(String(parsed.meta.year));
    await expectCellsMatch(page, parsed);

    await page.goBack();
    await page.waitForURL(townshipURL);
    expect(page.url()).toBe(townshipURL);
    await page.close();
  });

  it('a county page shows the figures of the reports filed at its level', async () => {
    page = await browser.newPage();
    await page.goto(base() + '/regions/350128?year=2025');
    const row = page.locator('table.units tbody tr', { has: page.getByRole('link', { name: '平潭综合实验区', exact: true }) });
    await row.getByRole('link', { name: /已报送|有误|逾期/ }).last().click();
    await page.waitForURL(/\/reports\/\d+$/);
    const [parsed] = parseFiles([await fileOfReport(page)]);
    expect(parsed.meta.year).toBe(2025);
    await expectCellsMatch(page, parsed);
    await page.goBack();
    await page.waitForURL(/\/regions\/350128\?year=2025$/);
    const newApps = await row.locator('td.num').first().textContent();
    expect(newApps).toBe(formatNumber(parsed.cells['applications.newReceived.total']));
    await page.close();
  });

  it('compliance marks a report whose tables do not add up', async () => {
    const files = corpusFiles(/^pingtan-[a-z]+-\d{4}\.txt$/);
    const bad = parseFiles(files).find(
      (r) => r.meta.region.code === '350128' && r.findings.some((f) => /^[AR]\d/.test(f.rule) && f.severity === 'error'),
    );
    expect(bad, 'a Pingtan report with an arithmetic error').toBeTruthy();
    page = await browser.newPage();
    await page.goto(base() + `/compliance?region=350128&year=${bad!.meta.year}`);
    const row = page.locator('table.matrix tbody tr', { has: page.getByRole('rowheader', { name: bad!.meta.issuer!, exact: true }) });
    await expect(row.locator('td[data-status]').first().getAttribute('data-status')).resolves.toBe('error');
    const listed = page.locator('section', { has: page.getByRole('heading', { name: /算术错误/ }) }).getByRole('link', { name: bad!.meta.issuer!, exact: true });
    expect(await listed.count()).toBeGreaterThan(0);
    const csv = await page.request.get(base() + `/compliance/csv?region=350128&year=${bad!.meta.year}`);
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain(bad!.meta.issuer!);
    await page.close();
  });

  it('search finds 柴胡店镇 by pinyin and by initials, also from the header box', async () => {
    page = await browser.newPage();
    for (const q of ['chaihudian', 'chd']) {
      await page.goto(base() + `/search?q=${q}`);
      const link = page.getByRole('link', { name: '柴胡店镇', exact: true }).first();
      await expect(link.getAttribute('href')).resolves.toBe('/regions/370481111');
    }
    await page.goto(base() + '/metrics');
    await page.getByRole('searchbox', { name: '搜索地区或发布机关' }).fill('chd');
    await page.getByRole('searchbox', { name: '搜索地区或发布机关' }).press('Enter');
    await page.waitForURL(/\/search\?q=chd$/);
    expect(await page.getByRole('link', { name: '柴胡店镇', exact: true }).count()).toBeGreaterThan(0);
    await page.close();
  });
});
