// The OpenAPI 3.1 document of the open read API, generated from the same zod schemas the handlers validate
// with (lib/api/params.ts) and answer in (lib/api/schemas.ts): ROUTES is the one table of paths, parameters
// and responses; the document and the end-to-end test both read it.
import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT, QUERY, metricKeyParam, regionCodeParam, reportIdParam, type QueryName } from './params';
import * as S from './schemas';

type Json = Record<string, unknown>;

export interface RouteSpec {
  /** OpenAPI path template, e.g. /api/v1/reports/{id} */
  path: string;
  summary: string;
  description: string;
  query: QueryName;
  pathParams?: Record<string, { schema: z.ZodType; example: string }>;
  /** status → the body schema (several: any one of them) */
  responses: Record<number, z.ZodType | z.ZodType[]>;
  example: string;
}

const errors = { 400: S.ErrorBody, 404: S.ErrorBody };

export const ROUTES: RouteSpec[] = [
  {
    path: '/api/v1/regions',
    summary: 'Regions under a parent',
    description:
      'The regions of one level under a parent region. Without parameters: the provinces. With only parent: its ' +
      'direct children. With level: every region of that level under the parent (e.g. all counties of a province).',
    query: 'regions',
    responses: { 200: S.RegionList, ...errors },
    example: '/api/v1/regions?parent=5117',
  },
  {
    path: '/api/v1/regions/{code}',
    summary: 'One region',
    description: 'The region, its path from the nation (CN), and every year with report counts.',
    query: 'none',
    pathParams: { code: { schema: regionCodeParam, example: '5117' } },
    responses: { 200: S.RegionDetail, ...errors },
    example: '/api/v1/regions/5117',
  },
  {
    path: '/api/v1/reports',
    summary: 'Current reports of a scope',
    description:
      `The current, published reports filed in a region (default: the nation), optionally of one year and template, ` +
      `in id order, ${DEFAULT_LIMIT} per page by default and at most ${MAX_LIMIT}. Pass the \`next\` value of a page as ` +
      '`cursor` for the following page; `next` is null on the last page. (POST on this path is the administrators\' ' +
      'upload and needs their token; it is not part of the open API.)',
    query: 'reports',
    responses: { 200: S.ReportPage, ...errors },
    example: '/api/v1/reports?region=5117&year=2024&limit=50',
  },
  {
    path: '/api/v1/reports/{id}',
    summary: 'One report',
    description: 'Meta data, every cell of its template with the value and status, narrative figures, findings, versions.',
    query: 'none',
    pathParams: { id: { schema: reportIdParam, example: '1' } },
    responses: { 200: S.ReportDetail, ...errors },
    example: '/api/v1/reports/1',
  },
  {
    path: '/api/v1/metrics',
    summary: 'The metric registry',
    description: 'Every metric the dashboard shows: key, Chinese and English label, unit, where it comes from in the form.',
    query: 'none',
    responses: { 200: S.MetricList, 400: S.ErrorBody },
    example: '/api/v1/metrics',
  },
  {
    path: '/api/v1/metrics/{key}',
    summary: 'A metric by year, or by child region',
    description:
      'Without `by`: the metric summed over the current reports of the region, per year (from/to narrow the years). ' +
      'With `by=region`: the metric for each region one level below in one year (`year`, default: the latest year).',
    query: 'metric',
    pathParams: { key: { schema: metricKeyParam, example: 'applications.new' } },
    responses: { 200: [S.MetricSeries, S.MetricByRegion], ...errors },
    example: '/api/v1/metrics/applications.new?region=51&from=2019&to=2024',
  },
];

const COMPONENTS = [
  S.ErrorBody, S.UnavailableBody, S.Region, S.RegionList, S.RegionYear, S.RegionDetail, S.ReportSummary, S.ReportPage, S.Cell,
  S.Finding, S.ReportDetail, S.MetricInfo, S.MetricList, S.MetricSeries, S.MetricByRegion,
];

/** The components/schemas of the document: every schema with an id, references between them as $ref. */
function componentSchemas(): Record<string, Json> {
  const all = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/components/schemas/${id}`, io: 'output' }).schemas;
  const wanted = new Set(COMPONENTS.map((s) => z.globalRegistry.get(s)?.id));
  // ids our schemas refer to (RegionCodes) belong too; any other schema with an id is not ours
  for (const id of [...wanted]) {
    for (const m of JSON.stringify(all[id ?? ''] ?? {}).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) wanted.add(m[1]);
  }
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(all)) {
    if (!wanted.has(id)) continue;
    const { $schema, $id, ...rest } = schema as Json;
    void $schema;
    void $id;
    out[id] = rest;
  }
  return out;
}

function ref(schema: z.ZodType): Json {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('response schemas need an id');
  return { $ref: `#/components/schemas/${id}` };
}

/** A parameter's schema as input (a query string value before coercion), without the draft marker. */
function paramSchema(schema: z.ZodType): { schema: Json; description?: string; example?: unknown } {
  const { $schema, description, example, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Json;
  void $schema;
  return { schema: rest, description: description as string | undefined, example };
}

function operation(route: RouteSpec): Json {
  const parameters: Json[] = [];
  for (const [name, p] of Object.entries(route.pathParams ?? {})) {
    const { schema, description } = paramSchema(p.schema);
    parameters.push({ name, in: 'path', required: true, description, schema, example: p.example });
  }
  for (const [name, field] of Object.entries(QUERY[route.query].shape as Record<string, z.ZodType>)) {
    const { schema, description, example } = paramSchema(field);
    parameters.push({ name, in: 'query', required: false, description, schema, ...(example === undefined ? {} : { example }) });
  }
  const responses: Json = {};
  const etag = { ETag: { description: 'Data version and canonical URL; send it back as If-None-Match.', schema: { type: 'string' } } };
  for (const [status, body] of Object.entries(route.responses)) {
    const schema = Array.isArray(body) ? { oneOf: body.map(ref) } : ref(body);
    const ok = status === '200';
    responses[status] = {
      description: ok ? 'OK' : status === '400' ? 'A parameter is unknown or malformed; `parameter` names it.' : 'No such id or region.',
      ...(ok ? { headers: etag } : {}),
      content: { 'application/json': { schema } },
    };
  }
  responses['304'] = { description: 'Not modified: If-None-Match matched the current ETag.' };
  responses['503'] = {
    description: 'The database is unreachable for a moment; retry after Retry-After seconds.',
    headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } },
    content: { 'application/json': { schema: ref(S.UnavailableBody) } },
  };
  return {
    operationId: route.path.replace(/^\/api\/v1\//, '').replace(/[{}]/g, '').replace(/\//g, '_') || 'root',
    summary: route.summary,
    description: route.description,
    parameters,
    responses,
  };
}

export function openApiDocument(): Json {
  const paths: Json = {};
  for (const route of ROUTES) paths[route.path] = { get: operation(route) };
  paths['/api/v1/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'This document',
      responses: { 200: { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Gongkai Lens open read API (公开透镜开放数据接口)',
      version: '1.0.0',
      description:
        'Read-only JSON over the government-information-disclosure annual reports (政府信息公开工作年度报告): regions, ' +
        'reports with every cell, and metrics by region and year. Open to any origin (CORS *), no key needed. ' +
        'Responses carry an ETag keyed by the data version (it changes with every ingest) and Cache-Control: ' +
        'max-age=60. Unknown or malformed parameters answer 400 with {"error": {"parameter", "message"}}; unknown ' +
        'ids 404. Bulk downloads of all current reports: /downloads/reports.csv and /downloads/reports.jsonl.',
      license: { name: 'Data: the reports are public government documents; code: see the project licence.' },
    },
    servers: [{ url: '/', description: 'This site' }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
