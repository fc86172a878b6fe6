// The units table of a scope page (the units below, or the scope's own issuers) as files: the same rows,
// the same three figures of the selected year, and the same filing-status words per year as the page shows.
import { toCsv } from '../csv';
import { viewQuery, type View } from '../view';

/** Structurally the components' UnitRow (lib/ does not import components). */
export interface ExportUnit {
  name: string;
  code: string | null;
  years: Record<
    number,
    { reports: number; late: number; withErrors: number; reportId?: number; findings?: number }
  >;
  figures: { appNew: number | null; outTotal: number | null; cases: number | null } | null;
}

export type UnitsTableKind = 'children' | 'issuers';

const WORDS = { missing: '未报送', error: '有误', late: '逾期', ok: '已报送' } as const;

/** What the page's status cell says for a unit and year (components/status-cell.tsx, as text). */
export function statusText(unit: ExportUnit, year: number): string {
  const s = unit.years[year];
  if (!s || s.reports === 0) return WORDS.missing;
  const status = s.withErrors ? 'error' : s.late ? 'late' : 'ok';
  const own = s.reportId !== undefined;
  const marks = own
    ? [s.late && s.withErrors ? '且逾期' : '', s.findings ? `${s.findings} 项问题` : '']
    : [s.late ? `逾期 ${s.late}` : '', s.withErrors ? `有误 ${s.withErrors}` : ''];
  return [own ? WORDS[status] : `${s.reports} 份`, ...marks.filter(Boolean)].join(' ');
}

export interface UnitsExport {
  columns: string[];
  rows: {
    name: string;
    code: string | null;
    appNew: number | null;
    outTotal: number | null;
    cases: number | null;
    status: Record<string, string>;
  }[];
}

export function unitsExport(units: ExportUnit[], years: number[], year: number): UnitsExport {
  return {
    columns: [
      '单位',
      '地区代码',
      `新收申请（${year}）`,
      `办结（${year}）`,
      `复议诉讼（${year}）`,
      ...years.map((y) => `${y} 年报送`),
    ],
    rows: units.map((u) => ({
      name: u.name,
      code: u.code,
      appNew: u.figures?.appNew ?? null,
      outTotal: u.figures?.outTotal ?? null,
      cases: u.figures?.cases ?? null,
      status: Object.fromEntries(years.map((y) => [String(y), statusText(u, y)])),
    })),
  };
}

export function unitsCsv(table: UnitsExport, years: number[]): string {
  return toCsv(
    table.columns,
    table.rows.map((r) => [
      r.name,
      r.code,
      r.appNew,
      r.outTotal,
      r.cases,
      ...years.map((y) => r.status[String(y)]),
    ]),
  );
}

/** `/export/units.csv?region=…&year=…[&table=issuers]`: the table of the page at this view. */
export function unitsExportHref(
  view: Pick<View, 'region' | 'year' | 'from' | 'to'>,
  kind: UnitsTableKind,
  format: 'csv' | 'json',
): string {
  const q = viewQuery({ region: view.region, year: view.year, from: view.from, to: view.to });
  const table = kind === 'issuers' ? `${q ? '&' : '?'}table=issuers` : '';
  return `/export/units.${format}${q}${table}`;
}

export function unitsExports(
  view: Pick<View, 'region' | 'year' | 'from' | 'to'>,
  kind: UnitsTableKind,
): { csv: string; json: string } {
  return { csv: unitsExportHref(view, kind, 'csv'), json: unitsExportHref(view, kind, 'json') };
}
