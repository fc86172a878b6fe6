// The report generator (lib/synth) and, through it, the parser at scale: a few hundred generated
// reports in every layout must parse back to exactly the truth written beside them (issue 5).
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportBytes } from '@/lib/ingest/read';
import { crossReportFindings } from '@/lib/report/cross-checks';
import { resultRowKeys } from '@/lib/report/keys';
import { parseReport } from '@/lib/report/parse';
import { isSyntheticText, SYNTHETIC_MARKER } from '@/lib/report/synthetic';
import type { ParsedReport, ReportText } from '@/lib/report/types';
import { compareCells, compareFindings, compareMeta, compareNarrative } from '@/lib/synth/compare';
import { generateReports, type SynthOptions } from '@/lib/synth/generate';
import { readTruth, type SynthReport, type SynthTruth } from '@/lib/synth/report';

const all = (o: SynthOptions): SynthReport[] => [...generateReports(o)];
const OPTIONS: SynthOptions = {
  townships: 60,
  fromYear: 2019,
  toYear: 2025,
  seed: 20240601,
  errorRate: 0.1,
};

describe('synth: the generator', () => {
  it('is deterministic for a seed, and the seed matters', () => {
    const o = { ...OPTIONS, townships: 4 };
    const a = all(o);
    const b = all(o);
    expect(a.map((r) => r.content)).toEqual(b.map((r) => r.content));
    expect(a.map((r) => r.truthJson)).toEqual(b.map((r) => r.truthJson));
    const c = all({ ...o, seed: o.seed + 1 });
    expect(c.map((r) => r.content)).not.toEqual(a.map((r) => r.content));
  });

  it('writes one report per township and year, every one titled as synthetic test data', () => {
    const reports = all({ ...OPTIONS, townships: 10 });
    expect(reports).toHaveLength(70);
    expect(new Set(reports.map((r) => r.path)).size).toBe(70);
    for (const r of reports) {
      const truth = readTruth(r.truthJson);
      expect(truth.meta.title).toContain(SYNTHETIC_MARKER);
      expect(isSyntheticText(r.content), r.path).toBe(true);
      expect(truth.meta.template).toBe(truth.meta.year >= 2021 ? 'gov2021' : 'gov2019');
    }
    expect(new Set(reports.map((r) => readTruth(r.truthJson).layout))).toEqual(
      new Set(['lines', 'tsv', 'markdown', 'html']),
    );
  });

  it('keeps the tables’ arithmetic, the carry-over chain and the deadline except where an error is planted', () => {
    const reports = all({ ...OPTIONS, townships: 300, errorRate: 0.05 });
    let planted = 0;
    let previous: SynthTruth | null = null;
    for (const r of reports) {
      const truth = readTruth(r.truthJson);
      const sameIssuer =
        previous !== null &&
        previous.meta.issuer === truth.meta.issuer &&
        previous.meta.year + 1 === truth.meta.year;
      const broken = violations(truth, sameIssuer ? previous : null);
      expect(broken, r.path).toEqual(
        truth.expectedFindings
          .map((f) => f.rule)
          .filter((rule) => rule !== 'C9-duplication')
          .sort(),
      );
      if (truth.deliberateError) planted++;
      previous = truth;
    }
    expect(planted / reports.length).toBeGreaterThan(0.03);
    expect(planted / reports.length).toBeLessThan(0.08);
  });

  it('gives most townships 0–5 applications a year and a few dozens', () => {
    const received = all({ ...OPTIONS, townships: 300 }).map(
      (r) => readTruth(r.truthJson).cells['applications.newReceived.total'] ?? 0,
    );
    const share = (f: (n: number) => boolean) => received.filter(f).length / received.length;
    expect(share((n) => n <= 5)).toBeGreaterThan(0.75);
    expect(share((n) => n >= 20)).toBeGreaterThan(0.005);
    expect(share((n) => n >= 20)).toBeLessThan(0.1);
  });
});

/** The A, R, X1 and C1 rules a truth breaks, computed from the truth alone (report-format §5, §7.1). */
function violations(truth: SynthTruth, previous: SynthTruth | null): string[] {
  // A zero printed blank or as a dash is null in the truth; blank counts as 0 for the sums (§5.4).
  const c = new Proxy(truth.cells, { get: (t, k: string) => t[k] ?? 0 }) as Record<string, number>;
  const out = new Set<string>();
  const cols = [
    'naturalPerson',
    'commercialEnterprise',
    'researchInstitution',
    'publicInterestOrg',
    'legalServiceOrg',
    'otherOrg',
    'total',
  ];
  const rows = [
    ...new Set(
      Object.keys(c)
        .filter((k) => k.startsWith('applications.'))
        .map((k) => k.slice(13, k.lastIndexOf('.'))),
    ),
  ];
  const a = (row: string, col: string) => c[`applications.${row}.${col}`];
  for (const row of rows)
    if (cols.slice(0, 6).reduce((s, col) => s + a(row, col), 0) !== a(row, 'total'))
      out.add('A1-rowTotal');
  for (const col of cols) {
    const sum = resultRowKeys(truth.meta.template).reduce((s, row) => s + a(row, col), 0);
    if (sum !== a('resultsTotal', col)) out.add('A2-resultsSum');
    if (
      a('newReceived', col) + a('carriedOver', col) !==
      a('resultsTotal', col) + a('carriedForward', col)
    )
      out.add('A3-balance');
  }
  for (const [rule, g] of [
    ['R1-review', 'review'],
    ['R2-direct', 'litigation.direct'],
    ['R3-afterReview', 'litigation.afterReview'],
  ]) {
    if (
      ['upheld', 'corrected', 'other', 'pending'].reduce((s, k) => s + c[`${g}.${k}`], 0) !==
      c[`${g}.total`]
    )
      out.add(rule);
  }
  if (
    previous &&
    (previous.cells['applications.carriedForward.total'] ?? 0) !== a('carriedOver', 'total')
  )
    out.add('X1-carryChain');
  if (truth.meta.publishedOn > `${truth.meta.year + 1}-01-31`) out.add('C1-deadline');
  return [...out].sort();
}

describe('synth: the parser reproduces the truth of generated reports', () => {
  const results: {
    report: SynthReport;
    truth: SynthTruth;
    parsed: ParsedReport;
    cross: ParsedReport['findings'];
  }[] = [];

  beforeAll(async () => {
    let previous: { truth: SynthTruth; parsed: ParsedReport } | null = null;
    for (const report of generateReports(OPTIONS)) {
      const truth = readTruth(report.truthJson);
      const parsed = parseReport(
        await readInput(report),
        { today: '2026-12-31' },
        { path: report.path, sha256: '' },
      );
      // X1 and C9 compare a report with the same issuer's report for the year before.
      const prev =
        previous && previous.truth.meta.issuer === truth.meta.issuer ? previous.parsed : null;
      results.push({ report, truth, parsed, cross: prev ? crossReportFindings(prev, parsed) : [] });
      previous = { truth, parsed };
    }
  }, 120_000);

  const differences = (compare: (r: (typeof results)[number]) => string[]) => {
    const out = results.flatMap((r) =>
      compare(r).map((d) => `${r.report.path} (${r.truth.layout}): ${d}`),
    );
    return out.length > 25 ? [...out.slice(0, 25), `… and ${out.length - 25} more`] : out;
  };

  it('parses several hundred reports in all four layouts', () => {
    expect(results.length).toBe(420);
    expect(results.every((r) => r.parsed.error === null)).toBe(true);
  });

  it('year, template, publication date, issuer level and region code', () => {
    expect(differences((r) => compareMeta(r.parsed, r.truth))).toEqual([]);
  });

  it('every cell of the template, exactly', () => {
    expect(differences((r) => compareCells(r.parsed, r.truth))).toEqual([]);
  });

  it('the figures the prose quotes', () => {
    expect(differences((r) => compareNarrative(r.parsed, r.truth))).toEqual([]);
  });

  it('the planted errors raise their findings (A, R, X1, C1, C9) and clean reports raise none', () => {
    expect(differences((r) => compareFindings(r.parsed, r.truth, r.cross))).toEqual([]);
  });
});

describe('synth: county departments (the issuers after the townships)', () => {
  it('parse back to the department level and the county code', async () => {
    const o = { ...OPTIONS, townships: 80, fromYear: 2024, toYear: 2024, departmentsOnly: true };
    const out: string[] = [];
    for (const report of generateReports(o)) {
      const truth = readTruth(report.truthJson);
      expect(truth.meta.issuerLevel).toBe('department');
      const parsed = parseReport(
        await readInput(report),
        { today: '2026-12-31' },
        { path: report.path, sha256: '' },
      );
      for (const d of [...compareMeta(parsed, truth), ...compareCells(parsed, truth)])
        out.push(`${report.path} ${truth.meta.title}: ${d}`);
    }
    expect(out).toEqual([]);
  });
});

async function readInput(report: SynthReport): Promise<ReportText> {
  if (!report.path.endsWith('.html')) return { text: report.content, hints: {} };
  const read = await readReportBytes(new TextEncoder().encode(report.content), report.path);
  if (!read.ok) throw new Error(`${report.path}: ${read.error.message}`);
  return read.value;
}
