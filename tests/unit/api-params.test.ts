// The open read API's parameter checks: good values pass (with defaults), each bad value is refused with
// one sentence that names the parameter; and the OpenAPI document is built from the same schemas.
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { openApiDocument, ROUTES } from '@/lib/api/openapi';
import { DEFAULT_LIMIT, QUERY, metricKeyParam, parsePath, parseQuery, regionCodeParam, reportIdParam } from '@/lib/api/params';
import { reportDetail } from '@/lib/api/report-detail';
import { ReportDetail } from '@/lib/api/schemas';
import { METRICS } from '@/lib/metrics';

const q = (s: string) => new URLSearchParams(s);

function refused(result: ReturnType<typeof parseQuery>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('parseQuery', () => {
  it('accepts good values and fills the default limit', () => {
    const r = parseQuery('reports', q('region=511725&year=2024&template=gov2021&cursor=cjE6MTI'));
    expect(r).toEqual({ ok: true, value: { region: '511725', year: 2024, template: 'gov2021', cursor: 'cjE6MTI', limit: DEFAULT_LIMIT } });
    expect(parseQuery('reports', q('limit=500'))).toMatchObject({ ok: true, value: { limit: 500 } });
    expect(parseQuery('regions', q('parent=CN&level=county'))).toEqual({ ok: true, value: { parent: 'CN', level: 'county' } });
    expect(parseQuery('metric', q('region=51&from=2019&to=2025'))).toMatchObject({ ok: true, value: { from: 2019, to: 2025 } });
    expect(parseQuery('none', q(''))).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['reports', 'year=abc', 'year', /year must be a four-digit year/],
    ['reports', 'year=1999', 'year', /year must be a year from 2000 to 2100\./],
    ['reports', 'year=2024.5', 'year', /year must be/],
    ['reports', 'year=0x7e8', 'year', /year must be/],
    ['reports', 'year=', 'year', /year must be/],
    ['reports', 'limit=0', 'limit', /limit must be a whole number from 1 to 500\./],
    ['reports', 'limit=501', 'limit', /from 1 to 500/],
    ['reports', 'limit=1e2', 'limit', /from 1 to 500/],
    ['reports', 'region=123', 'region', /region must be CN .* 2, 4, 6 or 9 digits/],
    ['reports', 'region=cn', 'region', /region must be CN/],
    ['reports', 'template=gov2020', 'template', /template must be one of gov2021, gov2019/],
    ['reports', 'cursor=a%20b', 'cursor', /cursor must be the "next" value/],
    ['reports', 'sort=id', 'sort', /sort is not a parameter of this endpoint \(allowed: region, year, template, limit, cursor\)\./],
    ['reports', 'year=2024&year=2023', 'year', /year is given more than once/],
    ['regions', 'level=nation', 'level', /level must be one of province, city, county, township/],
    ['metric', 'by=applicant', 'by', /by must be region/],
    ['none', 'x=1', 'x', /x is not a parameter of this endpoint \(it takes none\)\./],
  ] as const)('%s ?%s → 400 naming %s', (name, query, parameter, message) => {
    const error = refused(parseQuery(name, q(query)));
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
    // one sentence, ending with a full stop
    expect(error.message.trim().split(/\.\s/).length).toBe(1);
    expect(error.message).toMatch(/\.$/);
  });
});

describe('parsePath', () => {
  it('takes region codes, report ids and metric keys', () => {
    expect(parsePath('code', regionCodeParam, '511725100')).toEqual({ ok: true, value: '511725100' });
    expect(parsePath('id', reportIdParam, '42')).toEqual({ ok: true, value: 42 });
    expect(parsePath('key', metricKeyParam, METRICS[0].key)).toEqual({ ok: true, value: METRICS[0].key });
  });

  it('names the segment when it is malformed', () => {
    expect(parsePath('id', reportIdParam, '0')).toEqual({ ok: false, error: { parameter: 'id', message: 'id must be a positive whole number.' } });
    expect(parsePath('id', reportIdParam, '99999999999')).toMatchObject({ ok: false, error: { parameter: 'id' } });
    expect(parsePath('key', metricKeyParam, 'nope')).toMatchObject({ ok: false, error: { parameter: 'key', message: /metric key listed by \/api\/v1\/metrics/ } });
  });
});

describe('cursor', () => {
  it('round-trips an id and refuses text it did not issue', () => {
    expect(decodeCursor(encodeCursor(12345))).toBe(12345);
    expect(decodeCursor('abc')).toBeNull();
    expect(decodeCursor(Buffer.from('r1:-5').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('r1:99999999999').toString('base64url'))).toBeNull();
  });
});

describe('report detail', () => {
  it('gives every cell a status from the parse notes', () => {
    const base = {
      id: 1, agencyName: '渠县人民政府', year: 2024, template: 'gov2021', publishedOn: '2025-01-20', regionCode: '511725',
      isCurrent: true, synthetic: false, late: false, findings: [], versions: [], otherYears: [],
    };
    const parsed = {
      file: 'a.txt', sha256: 'x', parserVersion: 'p1', error: null,
      meta: {
        title: 't', issuer: '渠县人民政府', issuerLevel: 'county' as const, year: 2024, publishedOn: '2025-01-20', template: 'gov2021' as const,
        region: { status: 'resolved' as const, code: '511725', province: { code: '51', name: '四川省' }, city: { code: '5117', name: '达州市' }, county: { code: '511725', name: '渠县' }, township: null, candidates: [] },
      },
      cells: { a: 3, b: null, c: 0 },
      cellNotes: { c: { raw: '—', state: 'dash' as const } },
      legacy: null,
      narrative: { n: { value: 7, sentence: '共7件。' } },
      sections: { overview: null, proactive: null, applications: null, reviewLitigation: null, problems: null, other: null },
      findings: [],
    };
    const d = reportDetail({ ...base, parsed });
    expect(d.cells).toEqual([
      { key: 'a', value: 3, status: 'stated', raw: null },
      { key: 'b', value: null, status: 'absent', raw: null },
      { key: 'c', value: 0, status: 'dash', raw: '—' },
    ]);
    expect(d.regionCodes).toEqual({ province: '51', city: '5117', county: '511725', township: null });
    expect(d.narrative).toEqual([{ key: 'n', value: 7, sentence: '共7件。' }]);
    expect(ReportDetail.safeParse(d).success).toBe(true);
  });
});

describe('OpenAPI document', () => {
  const doc = openApiDocument() as {
    openapi: string;
    paths: Record<string, { get: { parameters: { name: string; in: string }[]; responses: Record<string, { content?: { 'application/json': { schema: unknown } } }> } }>;
    components: { schemas: Record<string, unknown> };
  };

  it('is OpenAPI 3.1 and lists every route with its parameters from the zod schemas', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const op = doc.paths[route.path]?.get;
      expect(op, route.path).toBeDefined();
      const names = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      expect(names).toEqual(Object.keys(QUERY[route.query].shape));
      for (const status of Object.keys(route.responses)) expect(op.responses[status]?.content, `${route.path} ${status}`).toBeDefined();
    }
  });

  it('resolves every $ref to a component', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const id of refs) expect(doc.components.schemas[id], id).toBeDefined();
  });
});
