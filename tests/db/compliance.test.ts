// The compliance lists on both drivers: each list keeps to its scope at every level (nation, province, city,
// county, township) and to its year or all years, leaves out hidden and superseded versions, info findings and
// rules of no list, walks in its order (year, place, report, finding) a page at a time with nothing lost or
// repeated between pages, and its total (from the rollups ingest maintains) equals what the pages hold.
import { expect, it } from 'vitest';
import { checkConsistency } from '@/db/check';
import { refreshRollups } from '@/db/derived';
import {
  COMPLIANCE_KINDS,
  getComplianceCounts,
  getComplianceList,
  getComplianceLists,
  type ComplianceKind,
  type ComplianceRow,
} from '@/db/queries/compliance';
import { agencies, findings, regions, reportMetrics, reports } from '@/db/schema';
import { formatCursor, parseCursor, type ComplianceCursor } from '@/lib/compliance';
import type { ParsedReport } from '@/lib/report/types';
import { describeEachDb } from './harness';

const PLACES = [
  { code: '35', name: '福建省', level: 'province', parentCode: null },
  { code: '3501', name: '福州市', level: 'city', parentCode: '35' },
  { code: '350128', name: '平潭县', level: 'county', parentCode: '3501' },
  { code: '350128100', name: '潭城镇', level: 'township', parentCode: '350128' },
  { code: '350128101', name: '苏澳镇', level: 'township', parentCode: '350128' },
  { code: '350121', name: '闽侯县', level: 'county', parentCode: '3501' },
  { code: '3502', name: '厦门市', level: 'city', parentCode: '35' },
  { code: '37', name: '山东省', level: 'province', parentCode: null },
];
/** where agencies sit: every level, and one whose region was never resolved (null) */
const AGENCY_PLACES = [
  '350128100',
  '350128101',
  '350128',
  '350121',
  '3501',
  '3502',
  '35',
  '37',
  null,
];
const YEARS = [2023, 2024, 2025];
/** rules written per report, cycling: listed ones of every kind, plus some that are in no list */
const RULES = [
  'A1-row',
  'R2-sum',
  'C2-template',
  'X1-carry',
  'C9-copied',
  'T1-text',
  'C4-tables',
  'A3-balance',
];

const pathOf = (code: string | null) => ({
  provinceCode: code ? code.slice(0, 2) : null,
  cityCode: code && code.length >= 4 ? code.slice(0, 4) : null,
  countyCode: code && code.length >= 6 ? code.slice(0, 6) : null,
  townshipCode: code && code.length >= 9 ? code : null,
});

const kindOf = (rule: string): ComplianceKind | null =>
  /^[AR][0-9]/.test(rule)
    ? 'arithmetic'
    : rule.startsWith('C2')
      ? 'template'
      : rule.startsWith('X1')
        ? 'carry'
        : rule.startsWith('C9')
          ? 'copied'
          : null;

interface Expected {
  kind: ComplianceKind;
  year: number;
  place: string;
  reportId: number;
  findingId: number;
}

describeEachDb(
  'compliance lists',
  (ctx) => {
    const expected: Expected[] = [];

    it('loads reports with findings at every level', async () => {
      const db = ctx.handle.db;
      await db.insert(regions).values(PLACES);
      const agencyIds = (
        await db
          .insert(agencies)
          .values(
            AGENCY_PLACES.map((code, i) => ({
              agencyKey: `a${i}`,
              name: `机关${i}`,
              level: 'county',
              regionCode: code,
              regionStatus: code ? 'resolved' : 'unresolved',
            })),
          )
          .returning({ id: agencies.id })
      ).map((a) => a.id);
      let n = 0;
      for (const year of YEARS)
        for (const [i, code] of AGENCY_PLACES.entries())
          // every agency-year has a current version; some also an older (superseded) one, and one is hidden
          for (const version of i % 3 === 0 ? ['old', 'current'] : ['current']) {
            n++;
            const hidden = year === 2024 && i === 1;
            const isCurrent = version === 'current';
            const [report] = await db
              .insert(reports)
              .values({
                agencyId: agencyIds[i],
                year,
                template: 'gov2021',
                publishedOn: `${year + 1}-0${1 + (n % 4)}-15`,
                sha256: `sha${n}`,
                fileName: `r${n}.txt`,
                parserVersion: 't',
                parsed: {} as ParsedReport,
                sourceText: '',
                isCurrent,
                hidden,
                late: n % 2 === 0,
                errorCount: 1,
                ...pathOf(code),
              })
              .returning({ id: reports.id });
            await db.insert(reportMetrics).values({ reportId: report.id });
            const rules = [
              RULES[n % RULES.length],
              RULES[(n * 3) % RULES.length],
              RULES[(n + 5) % RULES.length],
            ];
            const inserted = await db
              .insert(findings)
              .values([
                ...rules.map((rule, k) => ({
                  reportId: report.id,
                  agencyId: agencyIds[i],
                  regionCode: code,
                  year,
                  rule,
                  severity: k === 2 && n % 5 === 0 ? 'info' : 'error',
                  message: `${rule} 相同比例 4${k}%`,
                })),
                ...(n % 2 === 0
                  ? [
                      {
                        reportId: report.id,
                        agencyId: agencyIds[i],
                        regionCode: code,
                        year,
                        rule: 'C1-deadline',
                        severity: 'warning',
                        message: `逾期 ${n}`,
                      },
                    ]
                  : []),
              ])
              .returning({ id: findings.id, rule: findings.rule, severity: findings.severity });
            if (!isCurrent || hidden) continue;
            if (n % 2 === 0)
              expected.push({
                kind: 'late',
                year,
                place: code ?? '',
                reportId: report.id,
                findingId: 0,
              });
            for (const f of inserted) {
              const kind = kindOf(f.rule);
              if (kind && f.severity !== 'info')
                expected.push({
                  kind,
                  year,
                  place: code ?? '',
                  reportId: report.id,
                  findingId: f.id,
                });
            }
          }
      await refreshRollups(db);
      for (const kind of COMPLIANCE_KINDS) expect(expected.some((e) => e.kind === kind)).toBe(true);
    });

    const scopes = ['CN', '35', '3501', '350128', '350128100', '37', '3502'];
    const order = (a: Expected, b: Expected) =>
      b.year - a.year ||
      (a.place < b.place ? -1 : a.place > b.place ? 1 : 0) ||
      a.reportId - b.reportId ||
      a.findingId - b.findingId;
    const want = (region: string, years: number[], kind: ComplianceKind) =>
      expected
        .filter(
          (e) =>
            e.kind === kind &&
            years.includes(e.year) &&
            (region === 'CN' || e.place.startsWith(region)),
        )
        .sort(order)
        .map((e) => `${e.year}/${e.reportId}/${e.findingId === 0 ? '' : e.findingId}`);
    const walkAll = async (
      region: string,
      years: number[],
      kind: ComplianceKind,
      limit: number,
    ) => {
      const rows: ComplianceRow[] = [];
      let after: ComplianceCursor | null = null;
      let pages = 0;
      do {
        const page = await getComplianceList(ctx.handle.db, { region, years, kind, after, limit });
        expect(page.rows.length).toBeLessThanOrEqual(limit);
        if (page.next) expect(page.rows).toHaveLength(limit);
        rows.push(...page.rows);
        // the cursor survives the URL
        after = page.next && parseCursor(formatCursor(page.next));
        pages++;
      } while (after && pages < 100);
      return { rows, pages };
    };

    it('lists every scope, every year and all years, in order, a page at a time', async () => {
      for (const region of scopes)
        for (const years of [[2025], [2024], YEARS])
          for (const kind of COMPLIANCE_KINDS) {
            const { rows, pages } = await walkAll(region, years, kind, 2);
            const ids = want(region, years, kind);
            expect(
              rows.map((r) => `${r.year}/${r.reportId}`),
              `${region} ${years} ${kind}`,
            ).toEqual(ids.map((s) => s.split('/').slice(0, 2).join('/')));
            expect(pages).toBe(Math.max(1, Math.ceil(ids.length / 2)));
            const counts = await getComplianceCounts(ctx.handle.db, region, years);
            expect(counts[kind], `${region} ${years} ${kind} total`).toBe(ids.length);
          }
    });

    it('pages: the second page starts where the first ended, the totals stay whole', async () => {
      const db = ctx.handle.db;
      const ids = want('35', YEARS, 'arithmetic');
      expect(ids.length).toBeGreaterThan(4);
      const first = await getComplianceLists(db, { region: '35', years: YEARS, limit: 3 });
      expect(first.counts.arithmetic).toBe(ids.length);
      expect(first.lists.arithmetic.rows).toHaveLength(3);
      const second = await getComplianceLists(db, {
        region: '35',
        years: YEARS,
        list: 'arithmetic',
        after: first.lists.arithmetic.next,
        limit: 3,
      });
      expect(second.counts).toEqual(first.counts);
      const key = (r: ComplianceRow) => `${r.year}/${r.reportId}`;
      expect([...first.lists.arithmetic.rows, ...second.lists.arithmetic.rows].map(key)).toEqual(
        ids.slice(0, 6).map((s) => s.split('/').slice(0, 2).join('/')),
      );
      // the other lists stay on their first page
      expect(second.lists.late).toEqual(first.lists.late);
      // rows carry what the page shows
      const late = first.lists.late.rows[0];
      expect(late.rule).toBe('C1-deadline');
      expect(late.message).toMatch(/^逾期 \d+$/);
      expect(late.agencyName).toMatch(/^机关\d$/);
      expect(late.publishedOn).toMatch(/^\d{4}-\d{2}-15$/);
    });

    it('keeps the rollups consistent (db:check) with the list totals', async () => {
      const result = await checkConsistency(ctx.handle.db);
      expect(result.problems.filter((p) => p.check === 'rollups')).toEqual([]);
    });

    it('reads a cursor only in its own format', () => {
      const c = { year: 2025, place: '350128', reportId: 12, findingId: 34 };
      expect(parseCursor(formatCursor(c))).toEqual(c);
      expect(parseCursor(formatCursor({ ...c, place: '' }))).toEqual({ ...c, place: '' });
      for (const bad of ['', '2025', '2025-35-x-1', "2025-35-1-1' or 1=1", '2025-35-99999999999-1'])
        expect(parseCursor(bad)).toBeNull();
    });
  },
  { gazetteer: false },
);
