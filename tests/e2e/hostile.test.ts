// Report files carrying script tags, event handlers, javascript: links, huge lines, control characters and
// bidi overrides (tests/fixtures/hostile, built from real sample reports) are uploaded, then every page
// that shows their text is opened in Chromium: no script of theirs runs, no dialog opens, the text shows
// without its invisible characters, and the layout stays within bounds.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import type { RunningServer } from './server';
import { apiUpload, startAdminServer } from './security-server';

const DIR = 'tests/fixtures/hostile';

describe('hostile report content is inert everywhere', () => {
  let server: RunningServer;
  let browser: Browser;
  let ids: number[] = [];
  const dialogs: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    server = await startAdminServer();
    const files = fs.readdirSync(DIR).filter((f) => /\.(html|txt)$/.test(f));
    const result = await apiUpload(server.baseURL, files.map((f) => [f, new Uint8Array(fs.readFileSync(path.join(DIR, f)))]));
    expect(result.status).toBe(200);
    ids = result.body.files!.map((f) => f.reportId!).filter(Boolean);
    expect(ids.length).toBe(files.length);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(`${url}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(`${url}: ${m.text()}`);
    });
    const res = await page.goto(server.baseURL + url, { waitUntil: 'networkidle' });
    expect(res?.status(), url).toBe(200);
    return page;
  }

  async function expectInert(page: Page, url: string) {
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      // markup of the report only as text: no element a report could have brought
      injected: document.querySelectorAll('main script, main iframe, main object, main embed, main svg[onload], main img[onerror], main [onclick], main a[href^="javascript" i], main form[action*="evil"], base').length,
      bidi: /[\u202A-\u202E\u2066-\u2069]/.test(document.body.innerText),
      control: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(document.body.innerText),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(state.pwned, url).toBeNull();
    expect(state.title, url).not.toBe('PWNED');
    expect(state.injected, url).toBe(0);
    expect(state.bidi, url).toBe(false);
    expect(state.control, url).toBe(false);
    expect(state.overflow, `${url} is wider than the window`).toBeLessThan(50);
  }

  it('report pages show the script text as text and run none of it', async () => {
    for (const id of ids) {
      const url = `/reports/${id}`;
      const page = await open(url);
      // open the folded sections too, so their text is laid out
      await page.$$eval('details', (ds) => ds.forEach((d) => d.setAttribute('open', '')));
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toMatch(/<script>|<img src=x onerror/);
      await expectInert(page, url);
      await page.close();
    }
  });

  it('search results, region pages, compliance and the admin list stay inert', async () => {
    for (const url of ['/search?q=%E5%B9%B3%E6%BD%AD', '/regions/350128', '/compliance?region=350128', '/']) {
      const page = await open(url);
      await expectInert(page, url);
      await page.close();
    }
  });

  it('no dialog opened and no CSP violation was reported', () => {
    expect(dialogs.join('\n')).toBe('');
    expect(violations.join('\n')).toBe('');
  });

  it('the source download is an attachment in a sandbox, never a page of ours', async () => {
    const res = await fetch(`${server.baseURL}/reports/${ids[0]}/source`);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('CSV exports neutralise formulas', async () => {
    const res = await fetch(`${server.baseURL}/compliance/csv?region=350128`);
    expect(res.status).toBe(200);
    const csv = await res.text();
    for (const line of csv.split('\r\n').slice(1)) for (const cell of line.match(/"(?:[^"]|"")*"/g) ?? []) expect(cell).not.toMatch(/^"[=+\-@]/);
  });

  it('share images, when the route exists, render for the hostile report’s region', async () => {
    const res = await fetch(`${server.baseURL}/og?region=350128`);
    if (res.status === 404) return; // issue 7 adds /og
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
  });
});
