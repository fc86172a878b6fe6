// db:check finds each kind of damage a partial write could leave (made here by hand), and nothing on a
// database that ingest and the admin wrote.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { checkConsistency } from '@/db/check';
import { refreshRollups } from '@/db/derived';
import { queryRows } from '@/db/rows';
import { describeEachDb } from './harness';
import { ingestPaths, sample } from './ingest-helpers';

describeEachDb('consistency check', (ctx) => {
  const checks = async () => (await checkConsistency(ctx.handle.db)).problems.map((p) => p.check);
  const exec = (q: ReturnType<typeof sql>) => ctx.handle.db.execute(q);

  it('finds nothing wrong after an ingest', async () => {
    await ingestPaths(ctx.handle.db, ['001.txt', '003.txt', '005.txt', '007.txt', '010.txt'].map(sample));
    const result = await checkConsistency(ctx.handle.db);
    expect(result.reports).toBe(5);
    expect(result.problems).toEqual([]);
  });

  it('finds a report without its metrics row', async () => {
    const [r] = await queryRows<{ id: number }>(ctx.handle.db, sql`select id from reports order by id limit 1`);
    const saved = await queryRows<Record<string, unknown>>(ctx.handle.db, sql`select * from report_metrics where report_id = ${r.id}`);
    await exec(sql`delete from report_metrics where report_id = ${r.id}`);
    expect(await checks()).toContain('metrics');
    await exec(sql`insert into report_metrics select * from jsonb_populate_record(null::report_metrics, ${JSON.stringify(saved[0])}::jsonb)`);
    expect(await checks()).toEqual([]);
  });

  it('finds a report missing some of its findings', async () => {
    const [f] = await queryRows<Record<string, unknown>>(ctx.handle.db, sql`select * from findings where scope = 'report' order by id limit 1`);
    await exec(sql`delete from findings where id = ${f.id}`);
    expect(await checks()).toContain('findings');
    await exec(sql`insert into findings select * from jsonb_populate_record(null::findings, ${JSON.stringify(f)}::jsonb)`);
    expect(await checks()).toEqual([]);
  });

  it('finds an agency-year with no current version, and a hidden current one', async () => {
    const [r] = await queryRows<{ id: number }>(ctx.handle.db, sql`select id from reports where is_current order by id limit 1`);
    await exec(sql`update reports set is_current = false where id = ${r.id}`);
    expect(await checks()).toContain('current');
    await exec(sql`update reports set is_current = true, hidden = true where id = ${r.id}`);
    expect(await checks()).toContain('current');
    await exec(sql`update reports set hidden = false where id = ${r.id}`);
    expect(await checks()).toEqual([]);
  });

  it('finds rollups that do not equal the sums, and an orphan agency', async () => {
    await exec(sql`update rollups set reports = reports + 1 where region_code = 'CN'`);
    await exec(sql`insert into agencies (agency_key, name, level, region_status) values ('orphan', '无报告机关', 'township', 'unresolved')`);
    expect((await checks()).sort()).toEqual(['agencies', 'rollups']);
    await refreshRollups(ctx.handle.db);
    await exec(sql`delete from agencies where agency_key = 'orphan'`);
    expect(await checks()).toEqual([]);
  });

  it('counts lagging sums as pending, not as damage, while an interrupted ingest has left its flag up', async () => {
    await exec(sql`update rollups set reports = reports + 1 where region_code = 'CN'`);
    await exec(sql`update data_version set rollups_stale = true`);
    const pending = await checkConsistency(ctx.handle.db);
    expect(pending).toMatchObject({ pendingRefresh: true, problems: [] });
    await exec(sql`update data_version set rollups_stale = false`);
    expect(await checks()).toEqual(['rollups']);
    await refreshRollups(ctx.handle.db);
    expect(await checkConsistency(ctx.handle.db)).toMatchObject({ pendingRefresh: false, problems: [] });
  });
});
