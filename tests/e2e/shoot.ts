// Screenshots of a page at the two widths the dashboard is checked at (1280 px desktop, 390 px phone).
import type { Browser } from 'playwright-core';

export const WIDTHS = [1280, 390] as const;

export async function shoot(browser: Browser, url: string, file: (width: number) => string): Promise<void> {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.screenshot({ path: file(width), fullPage: true });
    await page.close();
  }
}
