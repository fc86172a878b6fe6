// The parameters of the open read API (/api/v1/*), one zod schema each. Route handlers validate with these,
// and lib/api/openapi.ts derives the OpenAPI parameter schemas from the same objects, so the documentation
// and the checks cannot drift. Messages are one English sentence that names what a good value looks like.
import { z } from 'zod';
import { METRICS } from '../metrics';

/** The most rows one page of /api/v1/reports returns, and the default. */
export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 100;

export const LEVELS = ['province', 'city', 'county', 'township'] as const;
export const TEMPLATES = ['gov2021', 'gov2019', 'legacyTable', 'legacyProse', 'notAReport', 'unknown'] as const;
export const METRIC_KEYS = METRICS.map((m) => m.key) as [string, ...string[]];

export const regionCodeParam = z
  .string()
  .regex(/^(CN|\d{2}|\d{4}|\d{6}|\d{9})$/, {
    error: 'must be CN (the nation) or a region code of 2, 4, 6 or 9 digits such as 51 or 511725',
  })
  .meta({ description: 'Region code: CN for the nation, or 2/4/6/9 digits (province/city/county/township).', example: '5117' });

export const yearParam = z.coerce
  .number({ error: 'must be a four-digit year such as 2024' })
  .int({ error: 'must be a four-digit year such as 2024' })
  .min(2000, { error: 'must be a year from 2000 to 2100' })
  .max(2100, { error: 'must be a year from 2000 to 2100' })
  .meta({ description: 'Report year (the year the report covers).', example: 2024 });

export const levelParam = z
  .enum(LEVELS, { error: `must be one of ${LEVELS.join(', ')}` })
  .meta({ description: 'Administrative level of the regions to list (default: one level below parent).' });

export const templateParam = z
  .enum(TEMPLATES, { error: `must be one of ${TEMPLATES.join(', ')}` })
  .meta({ description: 'Report template: gov2021 (2021 form), gov2019 (2019 form), or an older/unknown layout.' });

export const limitParam = z.coerce
  .number({ error: `must be a whole number from 1 to ${MAX_LIMIT}` })
  .int({ error: `must be a whole number from 1 to ${MAX_LIMIT}` })
  .min(1, { error: `must be a whole number from 1 to ${MAX_LIMIT}` })
  .max(MAX_LIMIT, { error: `must be a whole number from 1 to ${MAX_LIMIT}` })
  .default(DEFAULT_LIMIT)
  .meta({ description: `Rows per page, at most ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).` });

export const cursorParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'must be the "next" value of a previous page, unchanged' })
  .meta({ description: 'Opaque cursor: the `next` value of the previous page.' });

export const metricKeyParam = z
  .enum(METRIC_KEYS, { error: 'must be a metric key listed by /api/v1/metrics, such as applications.new' })
  .meta({ description: 'Metric key from /api/v1/metrics.' });

export const reportIdParam = z.coerce
  .number({ error: 'must be a positive whole number' })
  .int({ error: 'must be a positive whole number' })
  .min(1, { error: 'must be a positive whole number' })
  .max(2_147_483_647, { error: 'must be a positive whole number below 2147483648' })
  .meta({ description: 'Report id, as listed by /api/v1/reports.', example: 1 });

export const byParam = z
  .enum(['region'], { error: 'must be region (the only breakdown the API offers)' })
  .meta({ description: 'by=region: the metric for each region one level below, in one year.' });

/** The query parameters of each endpoint: every key optional unless it has a default. */
export const QUERY = {
  regions: z.object({ parent: regionCodeParam.optional(), level: levelParam.optional() }),
  reports: z.object({
    region: regionCodeParam.optional(),
    year: yearParam.optional(),
    template: templateParam.optional(),
    limit: limitParam,
    cursor: cursorParam.optional(),
  }),
  metric: z.object({
    region: regionCodeParam.optional(),
    from: yearParam.optional(),
    to: yearParam.optional(),
    by: byParam.optional(),
    year: yearParam.optional(),
  }),
  none: z.object({}),
} as const;

export type QueryName = keyof typeof QUERY;
export type Query<N extends QueryName> = z.output<(typeof QUERY)[N]>;

const DIGITS_ONLY = new Set(['year', 'from', 'to', 'limit']);

export interface ParamError {
  parameter: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParamError };

/** Validates a query string: unknown or repeated parameters and malformed values are errors naming the parameter. */
export function parseQuery<N extends QueryName>(name: N, params: URLSearchParams): Parsed<Query<N>> {
  const schema = QUERY[name];
  const known = new Set(Object.keys(schema.shape));
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!known.has(key)) {
      const allowed = [...known].join(', ');
      return fail(key, allowed ? `is not a parameter of this endpoint (allowed: ${allowed})` : 'is not a parameter of this endpoint (it takes none)');
    }
    if (key in raw) return fail(key, 'is given more than once; give it once');
    // coercion would take ' 7', '1e3' or '0x7e8'; numbers in a URL are plain digits
    if (DIGITS_ONLY.has(key) && !/^\d{1,10}$/.test(value)) {
      const field = (schema.shape as Record<string, z.ZodType>)[key];
      return fail(key, field.safeParse('x').error?.issues[0]?.message ?? 'must be plain digits');
    }
    raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (!result.success) return fromIssue(result.error.issues[0]);
  return { ok: true, value: result.data as Query<N> };
}

/** Validates one path segment (a report id, a region code, a metric key). */
export function parsePath<T>(parameter: string, schema: z.ZodType<T>, value: string): Parsed<T> {
  const result = schema.safeParse(value);
  if (!result.success) return fail(parameter, result.error.issues[0]?.message ?? 'is malformed');
  return { ok: true, value: result.data };
}

function fromIssue(issue: z.core.$ZodIssue | undefined): Parsed<never> {
  return fail(String(issue?.path[0] ?? 'query'), issue?.message ?? 'is malformed');
}

function fail(parameter: string, message: string): Parsed<never> {
  return { ok: false, error: { parameter, message: sentence(parameter, message) } };
}

/** "year must be …." — the parameter's name starts the sentence so the message stands alone. */
function sentence(parameter: string, message: string): string {
  const text = message.startsWith(parameter) ? message : `${parameter} ${message}`;
  return /[.。]$/.test(text) ? text : `${text}.`;
}
