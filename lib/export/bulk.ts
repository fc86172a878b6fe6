// The bulk files of all current reports: one row (CSV) or one JSON line per report, the report's facts and
// region path, then one column per cell key of the two national templates (the 2021 form's keys, then the
// keys only the 2019 form has).
import { csvLines, toCsv } from '../csv';
import { GOV2019_KEYS, GOV2021_KEYS } from '../report/keys';

/** Every cell key of the two forms: the 2021 form's in its order, then the 2019 form's own in theirs. */
export const BULK_KEYS: readonly string[] = [...GOV2021_KEYS, ...GOV2019_KEYS.filter((k) => !GOV2021_KEYS.includes(k))];

/** The facts of a report as the bulk files spell them (db/queries/bulk.ts reads them into this shape). */
export interface BulkRow {
  id: number;
  agencyId: number;
  agencyName: string;
  year: number | null;
  template: string;
  publishedOn: string | null;
  provinceCode: string | null;
  provinceName: string | null;
  cityCode: string | null;
  cityName: string | null;
  countyCode: string | null;
  countyName: string | null;
  townshipCode: string | null;
  townshipName: string | null;
  errorCount: number;
  warningCount: number;
  synthetic: boolean;
  cells: Record<string, number | null>;
}

export const BULK_FACT_COLUMNS = [
  'report_id',
  'agency_id',
  'agency',
  'year',
  'template',
  'published_on',
  'province_code',
  'province',
  'city_code',
  'city',
  'county_code',
  'county',
  'township_code',
  'township',
  'errors',
  'warnings',
  'synthetic',
] as const;

export const BULK_COLUMNS: readonly string[] = [...BULK_FACT_COLUMNS, ...BULK_KEYS];

const cell = (cells: Record<string, number | null>, key: string): number | null =>
  typeof cells[key] === 'number' ? cells[key] : null;

function facts(r: BulkRow): (string | number | null)[] {
  return [
    r.id,
    r.agencyId,
    r.agencyName,
    r.year,
    r.template,
    r.publishedOn,
    r.provinceCode,
    r.provinceName,
    r.cityCode,
    r.cityName,
    r.countyCode,
    r.countyName,
    r.townshipCode,
    r.townshipName,
    r.errorCount,
    r.warningCount,
    r.synthetic ? 'true' : 'false',
  ];
}

/** The BOM and the header line. */
export function bulkCsvHeader(): string {
  return toCsv([...BULK_COLUMNS], []);
}

export function bulkCsvChunk(rows: BulkRow[]): string {
  return csvLines(rows.map((r) => [...facts(r), ...BULK_KEYS.map((k) => cell(r.cells, k))]));
}

/** One JSON object per line; cells keep only the keys of the two templates, null where not read. */
export function bulkJsonLines(rows: BulkRow[]): string {
  return rows
    .map((r) => {
      const values = facts(r);
      const record: Record<string, unknown> = {};
      BULK_FACT_COLUMNS.forEach((c, i) => (record[c] = values[i]));
      record.synthetic = r.synthetic;
      record.cells = Object.fromEntries(BULK_KEYS.map((k) => [k, cell(r.cells, k)]));
      return JSON.stringify(record) + '\n';
    })
    .join('');
}

export type BulkFilterInput = { year: number | null; region: string | null };

/** Reads ?year= and ?region=; a bad value is an error naming the parameter (never silently ignored: a
 * user filtering to one province must not get the whole country). */
export function parseBulkFilter(
  params: URLSearchParams,
): { ok: true; filter: BulkFilterInput } | { ok: false; parameter: string; error: string } {
  const year = params.get('year');
  const region = params.get('region');
  if (year !== null && !/^(19|20)\d{2}$/.test(year))
    return { ok: false, parameter: 'year', error: '参数 year 须为四位年份，例如 2024。' };
  if (region !== null && !/^(\d{2}|\d{4}|\d{6}|\d{9})$/.test(region))
    return {
      ok: false,
      parameter: 'region',
      error: '参数 region 须为 2、4、6 或 9 位地区代码，例如 51（四川省）。',
    };
  return {
    ok: true,
    filter: { year: year === null ? null : Number(year), region: region || null },
  };
}
