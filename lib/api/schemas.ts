// The response bodies of the open read API as zod schemas. Route handlers build values of these types,
// lib/api/openapi.ts turns them into the OpenAPI document's JSON schemas, and the end-to-end test checks
// every live answer against them: one definition for code, documentation and test.
import { z } from 'zod';
import { LEVELS, TEMPLATES } from './params';

export const ErrorBody = z
  .object({
    error: z.object({
      parameter: z.string().meta({ description: 'The query parameter or path segment at fault.' }),
      message: z.string().meta({ description: 'One English sentence saying what a good value looks like.' }),
    }),
  })
  .meta({ id: 'Error', example: { error: { parameter: 'year', message: 'year must be a year from 2000 to 2100.' } } });

export const UNAVAILABLE_MESSAGE =
  'The database cannot be reached for now; no data is lost. Retry after the number of seconds in Retry-After.';

export const UnavailableBody = z
  .object({
    error: z.object({
      message: z.string().meta({ description: 'One English sentence: what happened and when to retry.' }),
    }),
  })
  .meta({ id: 'Unavailable', example: { error: { message: UNAVAILABLE_MESSAGE } } });

const RegionLevel = z.enum(['nation', ...LEVELS]);

export const Region = z
  .object({
    code: z.string(),
    name: z.string(),
    level: RegionLevel,
    parentCode: z.string().nullable(),
  })
  .meta({ id: 'Region', example: { code: '5117', name: '达州市', level: 'city', parentCode: '51' } });

export const RegionList = z
  .object({ parent: Region, level: z.enum(LEVELS).nullable(), regions: z.array(Region) })
  .meta({ id: 'RegionList' });

export const RegionYear = z
  .object({
    year: z.number().int(),
    reports: z.number().int().meta({ description: 'Current, visible reports filed in the region that year.' }),
    synthetic: z.number().int().meta({ description: 'Of those, generated (synthetic) reports.' }),
    withErrors: z.number().int(),
    late: z.number().int(),
  })
  .meta({ id: 'RegionYear' });

export const RegionDetail = z
  .object({
    region: Region,
    path: z.array(Region).meta({ description: 'The nation down to the region itself.' }),
    years: z.array(RegionYear),
  })
  .meta({ id: 'RegionDetail' });

const RegionCodes = z
  .object({
    province: z.string().nullable(),
    city: z.string().nullable(),
    county: z.string().nullable(),
    township: z.string().nullable(),
  })
  .meta({ id: 'RegionCodes' });

export const ReportSummary = z
  .object({
    id: z.number().int(),
    issuer: z.string(),
    year: z.number().int().nullable(),
    template: z.enum(TEMPLATES),
    publishedOn: z.string().nullable().meta({ description: 'Publication date, ISO yyyy-mm-dd, when stated.' }),
    regionCodes: RegionCodes,
    errors: z.number().int(),
    warnings: z.number().int(),
    late: z.boolean().meta({ description: 'Published after the statutory deadline (31 January).' }),
    synthetic: z.boolean().meta({ description: 'Generated test data, not a real report.' }),
  })
  .meta({ id: 'ReportSummary' });

export const ReportPage = z
  .object({
    reports: z.array(ReportSummary),
    next: z.string().nullable().meta({ description: 'Pass as cursor= for the next page; null on the last page.' }),
  })
  .meta({ id: 'ReportPage' });

const CellStatus = z.enum(['stated', 'blank', 'dash', 'text', 'inferred', 'needsReview', 'absent']).meta({
  description:
    'stated: a number printed in the form; blank/dash/text: the cell was empty, a dash or words (value is null, or 0 ' +
    'when the parser read a dash as zero); inferred: derived from other cells; needsReview: unreadable; absent: not stated.',
});

export const Cell = z
  .object({ key: z.string(), value: z.number().nullable(), status: CellStatus, raw: z.string().nullable() })
  .meta({ id: 'Cell' });

export const Finding = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    cells: z.array(z.string()),
    scope: z.string(),
  })
  .meta({ id: 'Finding' });

export const ReportDetail = z
  .object({
    id: z.number().int(),
    issuer: z.string(),
    title: z.string().nullable(),
    year: z.number().int().nullable(),
    template: z.enum(TEMPLATES),
    publishedOn: z.string().nullable(),
    regionCode: z.string().nullable(),
    regionCodes: RegionCodes,
    isCurrent: z.boolean(),
    synthetic: z.boolean(),
    late: z.boolean(),
    parserVersion: z.string(),
    cells: z.array(Cell),
    narrative: z.array(z.object({ key: z.string(), value: z.number(), sentence: z.string() })),
    findings: z.array(Finding),
    versions: z.array(
      z.object({ id: z.number().int(), ingestedAt: z.string(), isCurrent: z.boolean(), parserVersion: z.string() }),
    ),
    otherYears: z.array(z.object({ id: z.number().int(), year: z.number().int().nullable() })),
  })
  .meta({ id: 'ReportDetail' });

export const MetricInfo = z
  .object({
    key: z.string(),
    label: z.string(),
    labelEn: z.string(),
    unit: z.enum(['count', 'wan', 'items']).meta({ description: 'count: 件; wan: 万元; items: 条.' }),
    source: z.string(),
    templates: z.array(z.enum(['gov2019', 'gov2021'])),
  })
  .meta({ id: 'MetricInfo' });

export const MetricList = z.object({ metrics: z.array(MetricInfo) }).meta({ id: 'MetricList' });

export const MetricSeries = z
  .object({
    metric: MetricInfo,
    region: Region,
    series: z.array(
      z.object({
        year: z.number().int(),
        value: z.number().nullable().meta({ description: 'Sum over the reports; null when none states it.' }),
        reports: z.number().int(),
        synthetic: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'MetricSeries' });

export const MetricByRegion = z
  .object({
    metric: MetricInfo,
    region: Region,
    year: z.number().int().nullable().meta({ description: 'null when the region has no reports at all.' }),
    regions: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        value: z.number().nullable(),
        reports: z.number().int(),
        synthetic: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'MetricByRegion' });

export type RegionT = z.infer<typeof Region>;
export type ReportSummaryT = z.infer<typeof ReportSummary>;
export type ReportDetailT = z.infer<typeof ReportDetail>;
export type MetricInfoT = z.infer<typeof MetricInfo>;
