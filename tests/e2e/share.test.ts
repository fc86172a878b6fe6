// Sharing a chart, in Chromium over the bundled reports: the share action's link opens the same chart
// (the same numbers) in a new browser; chart, region and report pages carry their preview tags; the embed
// can be framed by another site while every other page refuses; bad links still open the default chart.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';

const base = () => inject('baseURL');
const SHOTS = path.resolve('docs/screenshots');
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** The numbers a figure's table holds: one [row label, ...cells] per row. */
function tableOf(scope: Locator | Frame): Promise<string[][]> {
  return scope
    .locator('table')
    .first()
    .evaluate((table) =>
      [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())),
    );
}

/** Opens a figure's share menu and reads its permalink once the page has made it absolute. */
async function permalinkOf(figure: Locator): Promise<string> {
  await figure.locator('summary', { hasText: '分享' }).click();
  const field = figure.getByRole('textbox', { name: '链接', exact: true });
  await expect.poll(() => field.inputValue()).toMatch(/^http:\/\//);
  return field.inputValue();
}

async function meta(page: Page, key: string): Promise<string | null> {
  const el = page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();
  return (await el.count()) ? el.getAttribute('content') : null;
}

async function seriousAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as {
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('sharing a chart', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every chart of a region page shares a link that shows the same numbers in a new browser', async () => {
    const shared: [string, string][] = [];
    for (const scope of ['/regions/350128', '/regions/35']) {
      const page = await browser.newPage();
      await page.goto(base() + scope, { waitUntil: 'networkidle' });
      const figures = page.getByRole('figure');
      const count = await figures.count();
      expect(count, `charts on ${scope}`).toBeGreaterThanOrEqual(scope === '/regions/35' ? 5 : 4);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const numbers = await tableOf(figure);
        expect(numbers.length).toBeGreaterThan(0);
        const link = await permalinkOf(figure);
        expect(link.startsWith(base() + '/charts/')).toBe(true);

        // a fresh browser context: no state carried over from the page the link came from
        const context = await browser.newContext();
        const other = await context.newPage();
        const response = await other.goto(link, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        const chart = other.getByRole('figure');
        expect(await tableOf(chart), `${scope} chart ${i}: ${link}`).toEqual(numbers);
        // the live chart took over from the server picture
        expect(await chart.locator('.chart-host svg').count()).toBe(1);
        await context.close();
        shared.push([scope, link]);
      }
      await page.close();
    }
    // the trend charts and the comparison of the province
    expect(shared.some(([, l]) => /by=applicant/.test(l))).toBe(true);
    expect(shared.some(([s, l]) => s === '/regions/35' && /by=region/.test(l))).toBe(true);
  });

  it('copies the link to the clipboard, or selects it where the clipboard is refused', async () => {
    const allowed = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    let page = await allowed.newPage();
    await page.goto(base() + '/regions/350128', { waitUntil: 'networkidle' });
    let figure = page.getByRole('figure').first();
    const link = await permalinkOf(figure);
    await figure.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => figure.getByRole('status').first().textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await figure.getByRole('button', { name: '复制嵌入代码' }).click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/applications\.new\?region=350128&amp;by=applicant" title="[^"]+"/);
    // Escape closes the menu and gives focus back to its button
    await page.keyboard.press('Escape');
    expect(await figure.locator('details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await allowed.close();

    const refused = await browser.newContext();
    await refused.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    page = await refused.newPage();
    await page.goto(base() + '/regions/350128', { waitUntil: 'networkidle' });
    figure = page.getByRole('figure').first();
    await permalinkOf(figure);
    await figure.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => figure.getByRole('status').first().textContent()).toContain('无法自动复制');
    const selection = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { label: el.labels?.[0]?.textContent, all: el.selectionStart === 0 && el.selectionEnd === el.value.length };
    });
    expect(selection).toEqual({ label: '链接', all: true });
    await refused.close();
  });

  it('chart, region, report and overview pages carry their preview tags', async () => {
    const page = await browser.newPage();
    await page.goto(base() + '/regions/350128');
    const reportPath = (await page.locator('td[data-status] a').first().getAttribute('href')) ?? '';
    expect(reportPath).toMatch(/^\/reports\/\d+$/);

    const expected: [string, string, RegExp][] = [
      ['/charts/applications.new?region=350128&by=applicant', '/og?region=350128&by=applicant', /平潭县 · 新收申请（按申请人类型）/],
      ['/regions/350128', '/og?region=350128&by=applicant', /平潭县/],
      ['/', '/og?by=applicant', /全国/],
      [reportPath, `/og?report=${reportPath.split('/').pop()}`, /年度报告/],
    ];
    for (const [url, image, title] of expected) {
      await page.goto(base() + url);
      expect(await meta(page, 'og:image'), url).toBe(base() + image);
      expect(await meta(page, 'twitter:image'), url).toBe(base() + image);
      expect(await meta(page, 'og:image:width')).toBe('1200');
      expect(await meta(page, 'og:image:height')).toBe('630');
      expect(await meta(page, 'og:title'), url).toMatch(title);
      expect(await meta(page, 'og:description'), url).toMatch(/[\u4e00-\u9fff]/);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      // the image route is built elsewhere: until it lands it may 404, but never a broken page or error
      const img = await page.request.get(base() + image);
      if (img.status() === 200) expect(img.headers()['content-type']).toBe('image/png');
      else expect(img.status()).toBe(404);
    }
    await page.goto(base() + '/charts/applications.new?by=applicant&region=350128&q=x&year=2024');
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(
      base() + '/charts/applications.new?region=350128&by=applicant',
    );
    expect(await meta(page, 'og:description')).toMatch(/^福建省 · 福州市 · 平潭县 · 本年新收申请 \d{4}–\d{4} 年：\d{4} 年 [\d,]+ 件/);
    await page.close();
  });

  it('the embed can be framed by another site; the chart page and the overview cannot', async () => {
    const embed = '/embed/applications.new?region=350128&by=applicant';
    const res = await fetch(base() + embed);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    for (const url of ['/charts/applications.new', '/']) {
      const r = await fetch(base() + url);
      expect(r.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(r.headers.get('x-frame-options')).toBe('DENY');
    }

    // a page on another origin (localhost vs 127.0.0.1, another port) with three frames
    const frames = [embed, '/charts/applications.new', '/'];
    const host = http.createServer((_req, out) => {
      out.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      out.end(
        `<!doctype html><title>host</title>` +
          frames.map((f) => `<iframe src="${base()}${f}" width="600" height="400"></iframe>`).join(''),
      );
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    const port = (host.address() as { port: number }).port;
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/`, { waitUntil: 'networkidle' });
    const framed = (f: string) => page.frames().find((fr) => fr.url() === base() + f);
    const inFrame = framed(embed);
    expect(inFrame, 'the embed loaded in the frame').toBeTruthy();
    expect(await inFrame!.getByRole('heading', { level: 1 }).textContent()).toContain('新收申请（按申请人类型）');
    expect(await inFrame!.getByRole('link', { name: '公开透镜' }).getAttribute('target')).toBe('_top');
    expect(await inFrame!.locator('.chart-host svg').count()).toBe(1);
    // no site chrome inside the embed
    expect(await inFrame!.getByRole('search').count()).toBe(0);
    expect(framed('/charts/applications.new')).toBeUndefined();
    expect(framed('/')).toBeUndefined();
    expect(page.frames().filter((f) => f.url().startsWith('chrome-error://')).length).toBe(2);
    await page.close();
    host.close();
  });

  it('an unknown metric or bad parameters open the default chart, never an error', async () => {
    const page = await browser.newPage();
    for (const kind of ['charts', 'embed']) {
      for (const bad of [
        '/nope?region=zz&from=abc&by=foo&year=-1',
        '/%E4%B8%AD?sort=%00&to=99999999999999999999',
        '/applications.new?region=999999999&by=region&by=x',
        '/%25?from=%&to=1800&metric=../../x&region=%E4%',
        '/..%2F..%2Fetc?by=%ZZ',
        '/constructor?by=constructor&region=__proto__',
        // (a malformed escape in the PATH, /charts/%, is answered 500 by Next's router before any of our
        // code runs, on every dynamic route of the site alike — a framework matter, not this page's)
      ]) {
        const response = await page.goto(base() + `/${kind}` + bad);
        expect(response?.status(), kind + bad).toBe(200);
        const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
        expect(heading, kind + bad).toContain('本年新收申请');
        expect(await page.getByText('全国').count(), kind + bad).toBeGreaterThan(0);
      }
    }
    await page.close();
  });

  it('has no serious accessibility problem; screenshots of the chart page, the embed and the open menu', async () => {
    const chart = '/charts/applications.new?region=350128&by=applicant';
    const problems: string[] = [];
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(base() + chart, { waitUntil: 'networkidle' });
      // nothing wider than the window
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SHOTS, `chart-${width}.png`), fullPage: true });
      problems.push(...(await seriousAxe(page)).map((p) => `chart ${width}: ${p}`));
      await page.close();
    }
    const embed = await browser.newPage({ viewport: { width: 600, height: 400 } });
    await embed.goto(base() + '/embed/applications.new?region=350128&by=applicant', { waitUntil: 'networkidle' });
    expect(await embed.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
    await embed.screenshot({ path: path.join(SHOTS, 'embed.png') });
    problems.push(...(await seriousAxe(embed)).map((p) => `embed: ${p}`));
    await embed.close();

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base() + '/regions/350128', { waitUntil: 'networkidle' });
    const figure = page.getByRole('figure').first();
    await permalinkOf(figure);
    await figure.scrollIntoViewIfNeeded();
    const box = (await figure.boundingBox())!;
    await page.screenshot({ path: path.join(SHOTS, 'share-menu.png'), clip: { x: 0, y: box.y - 16, width: 1280, height: Math.min(box.height + 32, 900) } });
    problems.push(...(await seriousAxe(page)).map((p) => `share menu: ${p}`));
    await page.close();
    expect(problems).toEqual([]);
  });
});
