import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

describe('home page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the product name and the page heading', async () => {
    const page = await browser.newPage();
    const response = await page.goto(inject('baseURL') + '/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('link', { name: /公开透镜/ }).first().isVisible()).resolves.toBe(true);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toContain('政府信息公开工作年度报告');
    expect(await page.title()).toContain('公开透镜');
    await page.close();
  });
});
