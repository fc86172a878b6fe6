// Security headers on every kind of response, and the strict CSP in Chromium: every page renders its
// charts with no CSP violation and no page error; only /embed/* may be framed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

const base = () => inject('baseURL');

function expectHeaders(res: Response, path: string, frameable = false) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
  if (path.endsWith('/source')) return expect(csp, path).toContain('sandbox');
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, path).toContain(frameable ? 'frame-ancestors *' : "frame-ancestors 'none'");
}

describe('security headers', () => {
  it('are on pages, route handlers, static files, errors and images', async () => {
    const home = await fetch(`${base()}/`);
    const html = await home.text();
    const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    const paths = ['/', '/regions/37', '/reports/1', '/reports/1/source', '/compliance/csv', '/search?q=x', '/metrics', '/admin', '/no-such-page', '/og', '/api/v1/reports'];
    if (chunk) paths.push(chunk);
    for (const path of paths) expectHeaders(await fetch(base() + path, { redirect: 'manual' }), path);
    const post = await fetch(`${base()}/api/v1/reports`, { method: 'POST', body: new FormData() });
    expectHeaders(post, 'POST /api/v1/reports');
  });

  it('give each response its own nonce, and Next puts it on its scripts', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => {
        const res = await fetch(`${base()}/`);
        const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
        const html = await res.text();
        expect(html).toContain(`nonce="${nonce}"`);
        // every script tag carries it
        for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
        return nonce;
      }),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('let embeds be framed, when the route exists', async () => {
    const res = await fetch(`${base()}/embed/applications.new`);
    if (res.status === 404) return; // issue 7 adds /embed
    expectHeaders(res, '/embed/applications.new', true);
  });
});

describe('the strict CSP in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('breaks no page: charts draw, client code runs, nothing is reported', async () => {
    const problems: string[] = [];
    for (const path of ['/', '/regions/37', '/regions/370402', '/compliance', '/search?q=chd', '/metrics', '/reports/1', '/admin']) {
      const page = await browser.newPage();
      page.on('console', (m) => {
        // a missing favicon is logged as a failed resource; what matters is CSP and script errors
        if (/Content Security Policy/i.test(m.text()) || (m.type() === 'error' && !/Failed to load resource/.test(m.text())))
          problems.push(`${path}: ${m.text()}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 500) problems.push(`${path}: ${r.url()} → ${r.status()}`);
      });
      page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
      const res = await page.goto(base() + path, { waitUntil: 'networkidle' });
      expect(res?.status(), path).toBeLessThan(400);
      if (await page.$('.chart')) {
        // each chart's live ECharts instance (loaded as it comes into view) replaced the server picture:
        // client JavaScript, including the lazily loaded chunk, ran under the CSP
        for (const chart of await page.$$('.chart')) await chart.scrollIntoViewIfNeeded();
        await page.waitForFunction(() => !document.querySelector('.chart-ssr'), null, { timeout: 15_000 });
        expect(await page.$$('.chart-host svg')).not.toHaveLength(0);
      }
      await page.close();
    }
    expect(problems.join('\n')).toBe('');
  });
});
