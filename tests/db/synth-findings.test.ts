// The generator's deliberate errors, end to end through ingest: the cross-report rules (X1 carry-over,
// C9 copied text) are raised in the database exactly where the ground truth says, and nowhere else.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { queryRows } from '@/db/rows';
import { generateReports } from '@/lib/synth/generate';
import { readTruth } from '@/lib/synth/report';
import { describeEachDb } from './harness';
import { ingestPaths, tempDir } from './ingest-helpers';

const CROSS_RULES = ['X1-carryChain', 'C9-duplication'];
const dir = tempDir('gk-synth-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const expected = new Map<string, string[]>(); // file name → cross rules it must raise
for (const r of generateReports({ townships: 14, fromYear: 2019, toYear: 2025, seed: 11, errorRate: 0.5 })) {
  const file = path.join(dir, r.path);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, r.content);
  const truth = readTruth(r.truthJson);
  expected.set(path.basename(file), truth.expectedFindings.map((f) => f.rule).filter((x) => CROSS_RULES.includes(x)));
}

describeEachDb('deliberate errors of generated reports', (ctx) => {
  it('raise X1 and C9 where the truth says, and only there', async () => {
    const summary = await ingestPaths(ctx.handle.db, [dir]);
    expect(summary.failed).toEqual([]);
    expect(summary.new).toBe(expected.size);
    const rows = await queryRows<{ file_name: string; rule: string }>(
      ctx.handle.db,
      sql`select r.file_name, f.rule from findings f join reports r on r.id = f.report_id
          where f.scope = 'crossReport' and f.rule in ('X1-carryChain', 'C9-duplication')`,
    );
    const actual = new Map<string, string[]>();
    for (const r of rows) actual.set(r.file_name, [...(actual.get(r.file_name) ?? []), r.rule].sort());
    const planted = [...expected].filter(([, rules]) => rules.length);
    expect(planted.length).toBeGreaterThan(3);
    for (const [file, rules] of expected) expect(actual.get(file) ?? [], file).toEqual([...rules].sort());
  });

  it('marks every generated report synthetic, and the rollups count them', async () => {
    const [{ n }] = await queryRows<{ n: number }>(ctx.handle.db, sql`select count(*)::int as n from reports where not synthetic`);
    expect(n).toBe(0);
    const [{ s }] = await queryRows<{ s: number }>(ctx.handle.db, sql`select sum(synthetic)::int as s from rollups where region_code = 'CN'`);
    expect(s).toBe(expected.size);
  });
});
