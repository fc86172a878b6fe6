// An axe-core scan of each page type (no serious or critical issues) and the screenshots at 1280 and
// 390 px kept in docs/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { shoot } from './shoot';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const SHOTS = path.resolve('docs/screenshots');

describe('accessibility and screenshots of every page type', () => {
  let browser: Browser;
  let reportPath = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(inject('baseURL') + '/regions/350128');
    reportPath = (await page.locator('td[data-status] a').first().getAttribute('href')) ?? '';
    await page.close();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pages = (): [string, string][] => [
    ['overview', '/'],
    ['county', '/regions/350128'],
    ['township', '/regions/370481111'],
    ['report', reportPath],
    ['compliance', '/compliance?region=350128'],
    ['search', '/search?q=chd'],
    ['metrics', '/metrics'],
  ];

  it('has no serious or critical axe violations', async () => {
    expect(reportPath).toMatch(/^\/reports\/\d+$/);
    const problems: string[] = [];
    for (const [name, url] of pages()) {
      const page = await browser.newPage();
      await page.goto(inject('baseURL') + url, { waitUntil: 'networkidle' });
      await page.addScriptTag({ path: AXE });
      const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as AxeResult;
      for (const v of result.violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          problems.push(`${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('takes screenshots at 1280 and 390 px', async () => {
    for (const [name, url] of pages()) await shoot(browser, inject('baseURL') + url, (w) => path.join(SHOTS, `${name}-${w}.png`));
    expect(fs.readdirSync(SHOTS).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(14);
  }, 300_000);
});
