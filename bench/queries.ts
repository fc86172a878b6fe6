// `npm run bench -- queries [--reports N]`: the database reads behind each page type, timed in-process on
// the embedded database holding N generated reports (issue 5: median < 20 ms at 400,000 on PGlite), with
// their query plans printed for docs/performance.md.
import { sql } from 'drizzle-orm';
import { createDb, type Db } from '../db/client';
import { migrate } from '../db/migrate';
import { queryRows } from '../db/rows';
import { getChildComparison } from '../db/queries/compare';
import {
  complianceListQuery,
  getComplianceList,
  getComplianceLists,
} from '../db/queries/compliance';
import { COMPLIANCE_PAGE_SIZE, type ComplianceCursor } from '../lib/compliance';
import { getRegion, getRegionPath } from '../db/queries/regions';
import { getScopeYears } from '../db/queries/trends';
import { getChildUnits, getOwnIssuers } from '../db/queries/units';
import { getReport } from '../db/queries/reports';
import { loadedDatabase } from './loaded-db';
import { benchReport, type BenchOptions, type BenchReport, type BenchRow } from './harness';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** Everything the scope page reads (lib: app/(site)/_scope/load-scope.ts), for one region. */
async function scopeReads(db: Db, code: string, township: boolean) {
  await getRegion(db, code);
  await getRegionPath(db, code);
  await getScopeYears(db, code);
  if (!township) {
    await getChildComparison(db, code, 'applications.new', 2025);
    await getChildUnits(db, code, YEARS, 2025);
  }
  await getOwnIssuers(db, code, YEARS, 2025);
}

async function timeIt(fn: () => Promise<unknown>, repeats: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

export async function benchQueries(
  options: BenchOptions & { reports?: number },
): Promise<BenchReport> {
  const reports = options.reports ?? 20_000;
  const dir = await loadedDatabase(reports);
  const handle = await createDb({ url: null, dir });
  const rows: BenchRow[] = [];
  try {
    await migrate(handle);
    const db = handle.db;
    const [pick] = await queryRows<{ id: number; p: string; c: string; k: string; t: string }>(
      db,
      sql`select id, province_code as p, city_code as c, county_code as k, township_code as t
          from reports where is_current and township_code is not null and city_code is not null
          order by id desc limit 1`,
    );
    const lists = (region: string, years: number[], after: ComplianceCursor | null = null) =>
      getComplianceLists(db, {
        region,
        years,
        list: 'arithmetic',
        after,
        limit: COMPLIANCE_PAGE_SIZE,
      });
    // a later page of the longest national list: the fifth, or the last there is
    const deepPage = { n: 1, after: null as ComplianceCursor | null };
    for (let n = 2; n <= 5; n++) {
      const page = await getComplianceList(db, {
        region: 'CN',
        years: [2025],
        kind: 'arithmetic',
        after: deepPage.after,
        limit: COMPLIANCE_PAGE_SIZE,
      });
      if (!page.next) break;
      Object.assign(deepPage, { n, after: page.next });
    }
    const cases: [string, () => Promise<unknown>][] = [
      ['overview (CN)', () => scopeReads(db, 'CN', false)],
      [`province ${pick.p}`, () => scopeReads(db, pick.p, false)],
      [`city ${pick.c}`, () => scopeReads(db, pick.c, false)],
      [`county ${pick.k}`, () => scopeReads(db, pick.k, false)],
      [`township ${pick.t}`, () => scopeReads(db, pick.t, true)],
      [`report ${pick.id}`, () => getReport(db, pick.id)],
      // the page's lists: each list's total (rollups) and one page of 100 rows of each of the five lists
      ['compliance (CN, 2025)', () => lists('CN', [2025])],
      ['compliance (CN, all years)', () => lists('CN', YEARS)],
      [
        `compliance (CN, 2025, arithmetic page ${deepPage.n})`,
        () => lists('CN', [2025], deepPage.after),
      ],
      [`compliance (province ${pick.p}, all years)`, () => lists(pick.p, YEARS)],
      [`compliance (county ${pick.k}, all years)`, () => lists(pick.k, YEARS)],
    ];
    const repeats = Math.max(20, options.rounds * 10);
    for (const [name, fn] of cases) {
      const times = await timeIt(fn, repeats);
      rows.push({
        name,
        rate: {
          median: times[times.length >> 1],
          min: times[0],
          max: times[Math.floor(times.length * 0.95)],
          rounds: repeats,
          roundMs: 0,
        },
        unit: 'ms (max = p95)',
        target: 20,
        lowerIsBetter: true,
        inputs: reports,
      });
    }
    if (process.env.GONGKAI_BENCH_PLANS) {
      for (const q of [
        sql`select * from rollups where region_code = ${'CN'} order by year`,
        sql`select r.code, u.* from regions r left join rollups u on u.region_code = r.code and u.year = 2025 where r.parent_code = ${pick.k}`,
        sql`select r.id from reports r where r.is_current and not r.hidden and r.county_code = ${pick.k} and r.township_code is null`,
        ...(
          [
            ['CN', [2025], 'arithmetic', null],
            ['CN', [2025], 'arithmetic', deepPage.after],
            ['CN', YEARS, 'late', null],
            [pick.p, YEARS, 'carry', null],
          ] as const
        ).map(([region, years, kind, after]) =>
          complianceListQuery({
            region,
            years: [...years],
            kind,
            after,
            limit: COMPLIANCE_PAGE_SIZE,
          })!,
        ),
      ]) {
        const plan = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain analyze ${q}`);
        console.log(plan.map((p) => p['QUERY PLAN']).join('\n') + '\n');
      }
    }
  } finally {
    await handle.close();
  }
  return benchReport('queries', rows);
}
