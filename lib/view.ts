// URL search params ⇄ view. Parsing never throws: a bad or unknown value falls back to its default, so any
// shared link opens something. Serialising omits defaults and writes parameters in one fixed order, so
// equal views have equal URLs (the share links and /og images of issue 7 rely on that).
import { z } from 'zod';
import { COMPLIANCE_KINDS, CURSOR_PATTERN, type ComplianceKind } from './compliance';
import { METRIC_BY_KEY } from './metrics';
import { inertLine } from './security/text';

/** The legal values of each parameter: the URL vocabulary in one place. */
export const SORTS = ['desc', 'asc', 'name'] as const;
export const BREAKDOWNS = ['applicant', 'outcome', 'proactive', 'review'] as const;
/** What a single chart (permalink, embed, share image) splits its metric by: one of the four trend
 * breakdowns, or 'region' = the units one level below the scope in one year (the comparison chart). */
export const CHART_BYS = [...BREAKDOWNS, 'region'] as const;
export const YEAR_MIN = 2008;
export const YEAR_MAX = 2100;
export const DEFAULT_METRIC = 'applications.new';
/** Parameter order of every serialised view. */
export const PARAM_ORDER = ['region', 'year', 'from', 'to', 'metric', 'sort', 'by', 'q', 'list', 'after'] as const;

export type Sort = (typeof SORTS)[number];
export type Breakdown = (typeof BREAKDOWNS)[number];
export type ChartBy = (typeof CHART_BYS)[number];

export interface View {
  /** scope: 'CN' or a 2/4/6/9-digit region code */
  region: string;
  /** selected year; null = the latest year with data */
  year: number | null;
  from: number | null;
  to: number | null;
  /** metric of the comparison chart (a key of lib/metrics.ts) */
  metric: string;
  sort: Sort;
  /** what a single chart splits its metric by (permalinks, embeds, share images); null = the metric alone */
  by: ChartBy | null;
  /** search text */
  q: string;
  /** the compliance list that `after` pages (lib/compliance.ts); null = every list on its first page */
  list: ComplianceKind | null;
  /** where that list's page starts (formatCursor); '' = its first page */
  after: string;
}

export const DEFAULT_VIEW: View = {
  region: 'CN',
  year: null,
  from: null,
  to: null,
  metric: DEFAULT_METRIC,
  sort: 'desc',
  by: null,
  q: '',
  list: null,
  after: '',
};

const year = z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX);
const fields = {
  region: z.string().regex(/^(CN|\d{2}|\d{4}|\d{6}|\d{9})$/),
  year,
  from: year,
  to: year,
  metric: z.string().refine((k) => METRIC_BY_KEY.has(k)),
  sort: z.enum(SORTS),
  by: z.enum(CHART_BYS),
  // control characters (a NUL reaches PostgreSQL as an encoding error) and bidi overrides are dropped
  q: z.string().transform((s) => inertLine(s).trim()).pipe(z.string().max(50)),
  list: z.enum(COMPLIANCE_KINDS),
  after: z.string().regex(CURSOR_PATTERN),
};

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, name: string): string | undefined {
  const v = params instanceof URLSearchParams ? params.get(name) ?? undefined : params[name];
  return Array.isArray(v) ? v[0] : v;
}

function pick<K extends keyof typeof fields>(params: Params, name: K): z.infer<(typeof fields)[K]> | undefined {
  const raw = first(params, name);
  if (raw === undefined || raw === '') return undefined;
  const parsed = fields[name].safeParse(raw);
  return parsed.success ? (parsed.data as z.infer<(typeof fields)[K]>) : undefined;
}

/** Reads a view from search params (Next's searchParams object or URLSearchParams). Never throws. */
export function parseView(params: Params, base: Partial<View> = {}): View {
  const view: View = { ...DEFAULT_VIEW, ...base };
  const region = pick(params, 'region');
  if (region) view.region = region;
  view.year = pick(params, 'year') ?? view.year;
  view.from = pick(params, 'from') ?? view.from;
  view.to = pick(params, 'to') ?? view.to;
  // a reversed range is read as meant, not thrown away
  if (view.from !== null && view.to !== null && view.from > view.to) [view.from, view.to] = [view.to, view.from];
  view.metric = pick(params, 'metric') ?? view.metric;
  view.sort = pick(params, 'sort') ?? view.sort;
  view.by = pick(params, 'by') ?? view.by;
  view.q = pick(params, 'q') ?? view.q;
  view.list = pick(params, 'list') ?? view.list;
  // a cursor pages one list: without it there is nothing to start after
  view.after = view.list ? pick(params, 'after') ?? view.after : '';
  return view;
}

/** The canonical query string of a view ('' or '?a=b&…'); `omit` drops parameters the path already says. */
export function viewQuery(view: Partial<View>, omit: readonly (keyof View)[] = []): string {
  const parts: string[] = [];
  for (const name of PARAM_ORDER) {
    if (omit.includes(name)) continue;
    const value = view[name];
    if (value === undefined || value === null || value === DEFAULT_VIEW[name]) continue;
    parts.push(`${name}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Path of a scope: the overview for the nation, a region page otherwise. */
export function scopePath(region: string): string {
  return region === 'CN' ? '/' : `/regions/${region}`;
}

/** The link to a view of a scope; the region rides in the path, everything else in the query. */
export function viewHref(view: Partial<View> & { region?: string }): string {
  return scopePath(view.region ?? 'CN') + viewQuery(view, ['region']);
}

/** Region level from the length of its code. */
export function levelOf(code: string): 'nation' | 'province' | 'city' | 'county' | 'township' {
  return code === 'CN'
    ? 'nation'
    : code.length === 2
      ? 'province'
      : code.length === 4
        ? 'city'
        : code.length === 6
          ? 'county'
          : 'township';
}

/** Trend charts start with the national format (2019) unless the view asks for earlier years. */
export const TREND_FIRST_YEAR = 2019;
