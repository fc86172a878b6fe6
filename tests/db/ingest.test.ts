import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { queryRows } from '@/db/rows';
import { parseBytes } from '@/db/ingest';
import { describeEachDb } from './harness';
import { ingestPaths, sample, tempDir, TODAY } from './ingest-helpers';

const work = tempDir('gk-ingest-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const SEEDS = [
  'seed-chaihudian-2022.txt',
  'seed-bacun-2023.txt',
  'seed-bodang-2022.txt',
  'seed-fudian-2020.txt',
  'seed-wucun-2022.txt',
];
const PINGTAN = ['pingtan-2019.html', 'pingtan-2021.html', '005.txt', '007.txt', 'pingtan-czj-2021.txt', 'pingtan-czj-2022.txt'];

describeEachDb('ingest', (ctx) => {
  const count = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ n: number }>(ctx.handle.db, query))[0].n;

  it('lands every report of a folder, then changes nothing when run again', async () => {
    const dir = path.join(work, `set-${ctx.driver}`);
    fs.mkdirSync(dir);
    for (const f of [...SEEDS, ...PINGTAN]) fs.copyFileSync(sample(f), path.join(dir, f));
    const first = await ingestPaths(ctx.handle.db, [dir]);
    expect(first.failed).toEqual([]);
    expect(first.new + first.newVersions).toBe(SEEDS.length + PINGTAN.length - first.skipped);
    expect(first.new).toBeGreaterThanOrEqual(10);
    const before = await count(sql`select count(*)::int as n from reports`);
    const findingsBefore = await count(sql`select count(*)::int as n from findings`);
    const second = await ingestPaths(ctx.handle.db, [dir]);
    expect(second).toMatchObject({ new: 0, newVersions: 0, unchanged: first.new + first.newVersions });
    expect(await count(sql`select count(*)::int as n from reports`)).toBe(before);
    expect(await count(sql`select count(*)::int as n from findings`)).toBe(findingsBefore);
  });

  it('stores exactly the cells the parser reads, for every file', async () => {
    for (const f of [...SEEDS, ...PINGTAN]) {
      const bytes = new Uint8Array(fs.readFileSync(sample(f)));
      const { parsed } = await parseBytes(path.join(work, `set-${ctx.driver}`, f), bytes, TODAY, null);
      const [row] = await queryRows<{ parsed: { cells: Record<string, number | null> } | string }>(
        ctx.handle.db,
        sql`select parsed from reports where sha256 = ${parsed.sha256}`,
      );
      const stored = typeof row.parsed === 'string' ? JSON.parse(row.parsed) : row.parsed;
      expect(stored.cells, f).toEqual(parsed.cells);
    }
  });

  it('makes a corrected file the current version and keeps the old one as history', async () => {
    const original = fs.readFileSync(sample('seed-chaihudian-2022.txt'), 'utf8');
    const corrected = path.join(work, `corrected-${ctx.driver}.txt`);
    fs.writeFileSync(corrected, original.replace('2023年1月29日', '2023年1月30日'));
    const result = await ingestPaths(ctx.handle.db, [corrected]);
    expect(result).toMatchObject({ new: 0, newVersions: 1, failed: [] });
    const versions = await queryRows<{ is_current: boolean; published_on: string }>(
      ctx.handle.db,
      sql`select r.is_current, r.published_on::text from reports r
          join agencies a on a.id = r.agency_id where a.region_code = ${'370481111'} and r.year = 2022
          order by r.id`,
    );
    expect(versions).toEqual([
      { is_current: false, published_on: '2023-01-29' },
      { is_current: true, published_on: '2023-01-30' },
    ]);
  });

  it('keeps rollups equal to the sum over current reports', async () => {
    const [roll] = await queryRows<{ reports: number; app_new: number | null }>(
      ctx.handle.db,
      sql`select reports, app_new from rollups where region_code = 'CN' and year = 2021`,
    );
    const [direct] = await queryRows<{ reports: number; app_new: number | null }>(
      ctx.handle.db,
      sql`select count(*)::int as reports, sum(m.app_new) as app_new from reports r
          join report_metrics m on m.report_id = r.id where r.is_current and r.year = 2021`,
    );
    expect(roll).toEqual(direct);
    expect(roll.reports).toBeGreaterThan(0);
  });

  it('a run stopped between saving and summing is made good by the next run, even with nothing new', async () => {
    const sums = sql`select region_code, year, reports, app_new from rollups order by region_code, year`;
    const before = await queryRows(ctx.handle.db, sums);
    const versionBefore = await count(sql`select version as n from data_version`);
    // what a kill -9 after the last saving transaction leaves: reports saved, flag up, sums not refreshed
    await ctx.handle.db.execute(sql`update data_version set rollups_stale = true`);
    await ctx.handle.db.execute(sql`delete from rollups where region_code <> 'CN'`);
    const again = await ingestPaths(ctx.handle.db, [path.join(work, `set-${ctx.driver}`)]);
    expect(again).toMatchObject({ new: 0, newVersions: 0, failed: [] });
    expect(await queryRows(ctx.handle.db, sums)).toEqual(before);
    expect(await count(sql`select count(*)::int as n from data_version where rollups_stale`)).toBe(0);
    expect(await count(sql`select version as n from data_version`)).toBeGreaterThan(versionBefore);
  });

  it('reports each bad file with one sentence and still lands the rest', async () => {
    const dir = path.join(work, `bad-${ctx.driver}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0]));
    const html = fs.readFileSync(sample('pingtan-2023.html'));
    fs.writeFileSync(path.join(dir, 'truncated.html'), html.subarray(0, Math.floor(html.length / 3)));
    fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024 + 1, 0x41));
    fs.copyFileSync(sample('seed-bacun-2023.txt'), path.join(dir, 'good.txt'));
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const result = await ingestPaths(ctx.handle.db, [dir, path.join(work, 'does-not-exist.txt')]);
    const reasons = Object.fromEntries(result.failed.map((f) => [path.basename(f.file), f.reason]));
    expect(reasons['empty.txt']).toMatch(/empty|空文件/i);
    expect(reasons['binary.txt']).toMatch(/binary|二进制|不是文本/i);
    expect(reasons['huge.txt']).toMatch(/20 MB/);
    expect(reasons['does-not-exist.txt']).toMatch(/不存在/);
    for (const reason of Object.values(reasons)) expect(reason.split(/[.。](\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(3);
    // the good file is already known (same bytes as a seed ingested above): unchanged, not lost
    expect(result.unchanged).toBe(1);
    expect(result.failed.map((f) => path.basename(f.file))).not.toContain('good.txt');
  });
});
