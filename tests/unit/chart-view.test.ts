// One chart as a link: equal views give equal links, defaults are omitted, parameters come in one order,
// and no parameter — however bad — makes reading throw.
import { describe, expect, it } from 'vitest';
import {
  BREAKDOWN_HEAD,
  breakdownHas,
  canonicalChartView,
  chartExportHref,
  chartHref,
  chartPageHref,
  embedHref,
  ogHref,
  parseChartView,
} from '@/lib/share/chart-view';
import { TREND_CHARTS } from '@/lib/charts/trend';
import { METRICS } from '@/lib/metrics';
import { BREAKDOWNS, DEFAULT_VIEW, type View } from '@/lib/view';

const q = (s: string) => new URLSearchParams(s);
const view = (v: Partial<View>): View => ({ ...DEFAULT_VIEW, ...v });

describe('chart links', () => {
  it('the default chart has bare links', () => {
    expect(chartHref(DEFAULT_VIEW)).toBe('/charts/applications.new');
    expect(embedHref(DEFAULT_VIEW)).toBe('/embed/applications.new');
    expect(ogHref(DEFAULT_VIEW)).toBe('/og');
    expect(chartExportHref(DEFAULT_VIEW, 'csv')).toBe('/export/applications.new.csv');
  });

  it('writes parameters in one fixed order whatever order they came in', () => {
    const a = parseChartView(q('by=applicant&to=2025&from=2019&region=350128'), 'applications.new');
    const b = parseChartView(q('region=350128&from=2019&by=applicant&to=2025'), 'applications.new');
    expect(chartHref(a)).toBe('/charts/applications.new?region=350128&from=2019&to=2025&by=applicant');
    expect(chartHref(b)).toBe(chartHref(a));
    expect(embedHref(a)).toBe('/embed/applications.new?region=350128&from=2019&to=2025&by=applicant');
    // the image has no metric in its path: it rides in the query, in its place in the order
    expect(ogHref(view({ region: '35', metric: 'review.total', by: 'review' }))).toBe(
      '/og?region=35&metric=review.total&by=review',
    );
    expect(chartExportHref(a, 'svg')).toBe('/export/applications.new.svg?region=350128&from=2019&to=2025&by=applicant');
  });

  it('equal views have equal links, and a link read back is the same link', () => {
    for (const m of METRICS) {
      for (const by of [null, ...BREAKDOWNS, 'region'] as const) {
        const v = canonicalChartView(view({ region: '3501', metric: m.key, by, from: 2020, to: 2024, year: 2023, sort: 'asc' }));
        const href = chartHref(v);
        const [path, query = ''] = href.split('?');
        const back = parseChartView(q(query), path.split('/').pop());
        expect(chartHref(back)).toBe(href);
        expect(back).toEqual(v);
      }
    }
  });

  it('omits what the chart does not use: the year of a trend, the years of a comparison, search text', () => {
    expect(chartHref(view({ year: 2023, sort: 'asc', q: '福州', from: 2019 }))).toBe('/charts/applications.new?from=2019');
    expect(chartHref(view({ by: 'region', year: 2023, from: 2019, to: 2025, sort: 'asc' }))).toBe(
      '/charts/applications.new?year=2023&sort=asc&by=region',
    );
  });

  it('the metric in the path wins over ?metric=, and a percent-encoded path is read', () => {
    expect(parseChartView(q('metric=review.total'), 'outcomes.granted').metric).toBe('outcomes.granted');
    expect(parseChartView(q('metric=review.total')).metric).toBe('review.total');
    expect(parseChartView(q(''), encodeURIComponent('review.total')).metric).toBe('review.total');
  });
});

describe('bad or unknown parameters fall back and never throw', () => {
  const bad = [
    'region=zz&from=abc&to=&by=foo&sort=up&year=1700',
    'region=1234567&year=99999999999999999999&from=2019.5',
    'by=region&by=applicant&region=35&region=36',
    'q=%00%E2%80%AE&metric=__proto__&by=constructor',
    'from=2030&to=2010',
  ];
  const metrics = ['nope', '', '%E4%B8%AD', '%', '../../etc/passwd', 'constructor', 'toString', 'applications.new.x'];

  it.each(bad)('%s', (query) => {
    for (const m of metrics) {
      const v = parseChartView(q(query), m);
      expect(v.metric).toBe('applications.new');
      expect(() => [chartHref(v), embedHref(v), ogHref(v), chartPageHref(v)]).not.toThrow();
      expect(chartHref(v)).toMatch(/^\/charts\/applications\.new(\?[a-z]+=[\w.]+(&[a-z]+=[\w.]+)*)?$/);
    }
  });

  it('keeps what it can read and drops only the bad parts', () => {
    const v = parseChartView(q('region=350128&from=abc&to=2024&by=foo'), 'nope');
    expect(chartHref(v)).toBe('/charts/applications.new?region=350128&to=2024');
  });

  it('reads a reversed year range the right way round', () => {
    expect(chartHref(parseChartView(q('from=2025&to=2019')))).toBe('/charts/applications.new?from=2019&to=2025');
  });

  it('Next-style search params (arrays, undefined) read like URLSearchParams', () => {
    const v = parseChartView({ region: ['350128', '35'], by: undefined, from: ['2019'] }, 'review.total');
    expect(chartHref(v)).toBe('/charts/review.total?region=350128&from=2019');
  });
});

describe('breakdown and metric stay consistent', () => {
  it('each breakdown is headed by a metric it shows', () => {
    for (const b of BREAKDOWNS) expect(breakdownHas(b, BREAKDOWN_HEAD[b])).toBe(true);
  });

  it('a breakdown that does not show the metric is dropped; one that does is kept', () => {
    expect(parseChartView(q('by=review'), 'applications.new').by).toBeNull();
    expect(parseChartView(q('by=applicant'), 'applications.new').by).toBe('applicant');
    for (const b of BREAKDOWNS)
      for (const s of TREND_CHARTS[b].series) expect(parseChartView(q(`by=${b}`), s.key).by).toBe(b);
  });

  it('a comparison goes with every metric', () => {
    for (const m of METRICS) expect(parseChartView(q('by=region'), m.key).by).toBe('region');
  });
});

describe('the way back to the full page', () => {
  it('a trend leads to its scope page with its years, a comparison to the year and metric compared', () => {
    expect(chartPageHref(view({ region: '350128', by: 'applicant', from: 2020, to: 2024 }))).toBe(
      '/regions/350128?from=2020&to=2024',
    );
    expect(chartPageHref(view({ region: '35', by: 'region', year: 2023, metric: 'review.total', sort: 'name' }))).toBe(
      '/regions/35?year=2023&metric=review.total&sort=name',
    );
    expect(chartPageHref(DEFAULT_VIEW)).toBe('/');
  });
});
