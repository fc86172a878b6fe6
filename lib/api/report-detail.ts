// One stored report as the API shows it: every cell of its template with a status, the narrative figures,
// the findings and its versions. Pure: takes what db/queries/reports.ts getReport returns.
import type { ParsedReport } from '../report/types';
import type { ReportDetailT } from './schemas';

type Cell = ReportDetailT['cells'][number];

function cellsOf(parsed: ParsedReport): Cell[] {
  return Object.entries(parsed.cells).map(([key, value]) => {
    const note = parsed.cellNotes[key];
    const status: Cell['status'] = note ? note.state : value === null ? 'absent' : 'stated';
    return { key, value, status, raw: note?.raw ?? null };
  });
}

export interface StoredReport {
  id: number;
  agencyName: string;
  year: number | null;
  template: string;
  publishedOn: string | null;
  regionCode: string | null;
  isCurrent: boolean;
  synthetic: boolean;
  late: boolean;
  parsed: ParsedReport;
  findings: ReportDetailT['findings'];
  versions: { id: number; ingestedAt: string; isCurrent: boolean; parserVersion: string }[];
  otherYears: { id: number; year: number | null }[];
}

export function reportDetail(r: StoredReport): ReportDetailT {
  const region = r.parsed.meta.region;
  return {
    id: r.id,
    issuer: r.agencyName,
    title: r.parsed.meta.title,
    year: r.year,
    template: r.template as ReportDetailT['template'],
    publishedOn: r.publishedOn,
    regionCode: r.regionCode,
    regionCodes: {
      province: region.province?.code ?? null,
      city: region.city?.code ?? null,
      county: region.county?.code ?? null,
      township: region.township?.code ?? null,
    },
    isCurrent: r.isCurrent,
    synthetic: r.synthetic,
    late: r.late,
    parserVersion: r.parsed.parserVersion,
    cells: cellsOf(r.parsed),
    narrative: Object.entries(r.parsed.narrative).map(([key, f]) => ({ key, value: f.value, sentence: f.sentence })),
    findings: r.findings,
    versions: r.versions.map((v) => ({ id: v.id, ingestedAt: v.ingestedAt, isCurrent: v.isCurrent, parserVersion: v.parserVersion })),
    otherYears: r.otherYears,
  };
}
