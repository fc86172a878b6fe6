// The admin's writes on both databases: upload from memory with a result per file, hide/restore (sums
// follow), region fix, re-parse; after each, the consistency check finds nothing wrong.
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { fixReportRegion, reparseStored, setReportHidden } from '@/db/admin';
import { checkConsistency } from '@/db/check';
import { queryRows } from '@/db/rows';
import { ingestUploads } from '@/db/upload';
import { describeEachDb } from './harness';
import { sample, TODAY } from './ingest-helpers';

const upload = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text), error: null });

async function nationalReports(db: Parameters<typeof checkConsistency>[0], year: number): Promise<number> {
  const [row] = await queryRows<{ reports: number }>(db, sql`select reports from rollups where region_code = 'CN' and year = ${year}`);
  return row ? Number(row.reports) : 0;
}

describeEachDb('admin writes', (ctx) => {
  const original = fs.readFileSync(sample('007.txt'), 'utf8');
  let firstId = 0;
  let secondId = 0;

  it('uploads several files from memory and answers per file', async () => {
    const result = await ingestUploads(
      ctx.handle.db,
      [
        upload('007.txt', original),
        upload('007-corrected.txt', `${original}\n（更正版）`),
        upload('note.txt', '这不是年度报告。'),
        { name: 'big.txt', bytes: null, error: '文件大小为 21.0 MB，超过 20 MB 的报告文件不予处理。' },
      ],
      TODAY,
    );
    expect(result.files.map((f) => f.outcome)).toEqual(['new', 'newVersion', 'skipped', 'failed']);
    expect(result.summary).toMatchObject({ new: 1, newVersions: 1, skipped: 1 });
    expect(result.summary.failed).toEqual([{ file: 'big.txt', reason: expect.stringContaining('20 MB') }]);
    firstId = result.files[0].reportId!;
    secondId = result.files[1].reportId!;
    const again = await ingestUploads(ctx.handle.db, [upload('same.txt', original)], TODAY);
    expect(again.files[0]).toMatchObject({ outcome: 'unchanged', reportId: firstId });
    expect((await checkConsistency(ctx.handle.db)).problems).toEqual([]);
  });

  it('hides the current version: the older one counts instead; restore does not demote it', async () => {
    const db = ctx.handle.db;
    const year = 2023;
    expect(await nationalReports(db, year)).toBe(1);
    expect(await setReportHidden(db, secondId, true)).toBe('done');
    const rows = await queryRows<{ id: number; is_current: boolean; hidden: boolean }>(
      db,
      sql`select id, is_current, hidden from reports where id in (${firstId}, ${secondId}) order by id`,
    );
    expect(rows.map((r) => [Number(r.id), r.is_current, r.hidden])).toEqual([
      [firstId, true, false],
      [secondId, false, true],
    ]);
    expect(await nationalReports(db, year)).toBe(1);
    expect((await checkConsistency(db)).problems).toEqual([]);
    expect(await setReportHidden(db, secondId, true)).toBe('unchanged');
    expect(await setReportHidden(db, secondId, false)).toBe('done');
    expect(await setReportHidden(db, 99999999, true)).toBeNull();
    expect((await checkConsistency(db)).problems).toEqual([]);
  });

  it('hiding the only version takes it out of every sum', async () => {
    const db = ctx.handle.db;
    await setReportHidden(db, firstId, true);
    await setReportHidden(db, secondId, true);
    expect(await nationalReports(db, 2023)).toBe(0);
    expect((await checkConsistency(db)).problems).toEqual([]);
    await setReportHidden(db, secondId, false);
    await setReportHidden(db, firstId, false);
    expect(await nationalReports(db, 2023)).toBe(1);
    expect((await checkConsistency(db)).problems).toEqual([]);
  });

  it('fixes a region: the report moves, the sums follow, no orphan agency is left', async () => {
    const db = ctx.handle.db;
    expect(await fixReportRegion(db, firstId, '999999', TODAY)).toMatchObject({ ok: false });
    const outcome = await fixReportRegion(db, secondId, '350128', TODAY);
    expect(outcome).toMatchObject({ ok: true });
    const [moved] = await queryRows<{ county_code: string }>(
      db,
      sql`select county_code from reports where file_name = '007-corrected.txt'`,
    );
    expect(moved.county_code).toBe('350128');
    const [rollup] = await queryRows<{ reports: number }>(db, sql`select reports from rollups where region_code = '350128' and year = 2023`);
    expect(Number(rollup.reports)).toBe(1);
    expect((await checkConsistency(db)).problems).toEqual([]);
  });

  it('re-parses stale reports (none) or all of them, keeping a settled region', async () => {
    const db = ctx.handle.db;
    expect(await reparseStored(db, { staleOnly: true, today: TODAY })).toEqual({ reparsed: 0, failed: [] });
    const all = await reparseStored(db, { staleOnly: false, today: TODAY });
    expect(all.failed).toEqual([]);
    expect(all.reparsed).toBe(2);
    const [moved] = await queryRows<{ county_code: string }>(
      db,
      sql`select county_code from reports where file_name = '007-corrected.txt'`,
    );
    expect(moved.county_code).toBe('350128');
    expect((await checkConsistency(db)).problems).toEqual([]);
  });
});
