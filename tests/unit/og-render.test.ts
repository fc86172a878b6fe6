import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderOptionPng, renderPng } from '@/app/og/render';
import { OG_HEIGHT, OG_WIDTH, ReportCard } from '@/components/og/card';
import { chartCard } from '@/components/og/chart-card';
import { reportCardData } from '@/lib/og/report';
import { buildChartModel } from '@/lib/share/chart-model';
import { DEFAULT_VIEW } from '@/lib/view';
import { pngSize } from './helpers/png';

// Satori asks for a font over the network when a glyph is missing from the fonts it was given: the shipped
// font must cover every character a card draws (CJK, '–', '·', '（）', '−', '±', digits), offline.
const fetched: string[] = [];
beforeAll(() => {
  const real = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('data:')) {
      fetched.push(url);
      return Promise.reject(new Error('share images must not fetch'));
    }
    return real(input, init);
  });
});
afterAll(() => vi.unstubAllGlobals());

const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({
  year,
  reports: 3,
  synthetic: 1,
  values: { 'applications.new': 1000 - i * 90, 'applications.new.naturalPerson': 600 - i, 'proactive.feesWan': 0.25 * i } as Record<string, number | null>,
}));

describe('share image rendering', () => {
  it('draws a chart card as a 1200×630 PNG with the shipped font, fetching nothing', async () => {
    const model = buildChartModel(
      { ...DEFAULT_VIEW, region: '511724', by: 'applicant' },
      {
        region: { code: '511724', name: '大竹县', level: 'county' },
        path: [
          { code: '51', name: '四川省', level: 'province' },
          { code: '5117', name: '达州市', level: 'city' },
          { code: '511724', name: '大竹县', level: 'county' },
        ],
        years,
        compare: [],
        dataDate: '2026-11-23T08:00:00Z',
        synthetic: 7,
      },
    );
    expect(model.headline?.change).toMatch(/^−/); // the minus sign the card must be able to draw
    const png = await renderPng(chartCard(model), OG_WIDTH, OG_HEIGHT);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeGreaterThan(20_000); // a drawn card, not a blank
    expect(fetched).toEqual([]);
  }, 60_000);

  it('draws a report card and a bare chart (the PNG export) the same way', async () => {
    const data = reportCardData({
      agencyName: '渠县人民政府',
      year: 2024,
      template: 'gov2021',
      publishedOn: '2025-01-20',
      synthetic: false,
      parsed: { cells: { 'applications.newReceived.total': 12 }, narrative: {} },
      findings: [{ severity: 'warning', message: '表三合计与分项之和不符（±2）。' }],
      regionNames: ['四川省', '达州市', '渠县'],
      dataUpdatedAt: '2026-11-23T08:00:00Z',
    });
    expect(data.figures[0]).toMatchObject({ label: '新收申请', value: 12, text: '12', unit: '件' });
    expect(data.figures[3].value).toBeNull();
    expect(data.findings).toEqual({ total: 1, errors: 0, warnings: 1, infos: 0 });
    const png = await renderPng(ReportCard({ report: data }), OG_WIDTH, OG_HEIGHT);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const model = buildChartModel(DEFAULT_VIEW, {
      region: { code: 'CN', name: '全国', level: 'nation' },
      path: [],
      years,
      compare: [],
      dataDate: '2026-11-23T08:00:00Z',
      synthetic: 0,
    });
    expect(pngSize(await renderOptionPng(model.option, 800, model.height))).toEqual({ width: 800, height: model.height });
    expect(fetched).toEqual([]);
  }, 60_000);
});
