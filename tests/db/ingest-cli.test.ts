import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { createDb } from '@/db/client';
import { migrate } from '@/db/migrate';
import { queryRows } from '@/db/rows';
import type { IngestSummary } from '@/db/ingest';
import type { Db } from '@/db/client';
import { adminUrl, freshDatabase } from './harness';
import { lastJson, runIngest, runIngestAsync } from './cli';
import { SAMPLES, tempDir } from './ingest-helpers';

const work = tempDir('gk-cli-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Only whole reports: every report has its metrics row and exactly the findings its parse produced. */
async function assertWholeReports(db: Db) {
  const broken = await queryRows<{ id: number }>(
    db,
    sql`select r.id from reports r
        left join report_metrics m on m.report_id = r.id
        where m.report_id is null
           or jsonb_array_length(r.parsed->'findings') <>
              (select count(*) from findings f where f.report_id = r.id and f.scope = 'report')`,
  );
  expect(broken).toEqual([]);
  const orphans = await queryRows<{ id: number }>(
    db,
    sql`select a.id from agencies a where not exists (select 1 from reports r where r.agency_id = a.id)`,
  );
  expect(orphans).toEqual([]);
}

describe('ingest command line on the embedded database', () => {
  it('prints the JSON summary last and exits 2 when a file failed', () => {
    const dir = path.join(work, 'json');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(SAMPLES, 'seed-bacun-2023.txt'), path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    const result = runIngest([dir, '--json'], { GONGKAI_DATA_DIR: path.join(work, 'json-db') });
    expect(result.status).toBe(2);
    const summary = lastJson<IngestSummary>(result.stdout);
    expect(summary).toMatchObject({ new: 1, newVersions: 0, unchanged: 0, skipped: 0 });
    expect(summary.failed).toEqual([{ file: path.join(dir, 'b.txt'), reason: expect.stringMatching(/empty|空文件/i) }]);
    expect(Object.keys(summary)).toEqual(['new', 'newVersions', 'unchanged', 'skipped', 'failed', 'findings', 'regions']);
  });

  it('answers a usage error with exit 1', () => {
    expect(runIngest([], { GONGKAI_DATA_DIR: path.join(work, 'usage-db') }).status).toBe(1);
    const bad = runIngest(['x', '--region', '99999'], { GONGKAI_DATA_DIR: path.join(work, 'usage-db') });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--region 99999');
  });

  it('refuses to open a data directory another process owns, and says what to do', async () => {
    const dir = path.join(work, 'owned-db');
    const owner = await createDb({ url: null, dir });
    try {
      const result = runIngest([path.join(SAMPLES, 'seed-bacun-2023.txt')], { GONGKAI_DATA_DIR: dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/in use by process \d+/);
      expect(result.stderr).toMatch(/admin/);
    } finally {
      await owner.close();
    }
  });

  it('survives kill -9 at random moments: only whole reports, and a rerun completes the set', async () => {
    const dataDir = path.join(work, 'kill-db');
    const reference = path.join(work, 'kill-ref-db');
    const full = runIngest([SAMPLES, '--json'], { GONGKAI_DATA_DIR: reference });
    const expected = lastJson<IngestSummary>(full.stdout);
    for (const delay of [3000, 5000, 7000]) {
      const run = runIngestAsync([SAMPLES, '--json'], { GONGKAI_DATA_DIR: dataDir });
      await new Promise((r) => setTimeout(r, delay + Math.floor(Math.random() * 800)));
      run.child.kill('SIGKILL');
      await run.done;
      const handle = await createDb({ url: null, dir: dataDir });
      try {
        await migrate(handle); // a kill during the very first migration leaves no tables yet
        await assertWholeReports(handle.db);
      } finally {
        await handle.close();
      }
    }
    const rerun = runIngest([SAMPLES, '--json'], { GONGKAI_DATA_DIR: dataDir });
    const summary = lastJson<IngestSummary>(rerun.stdout);
    const handle = await createDb({ url: null, dir: dataDir });
    try {
      await assertWholeReports(handle.db);
      const [{ n }] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from reports`);
      expect(n).toBe(expected.new + expected.newVersions);
      expect(summary.failed).toEqual(expected.failed);
    } finally {
      await handle.close();
    }
  }, 300_000);
});

const pgReachable = await (async () => {
  const s = postgres(adminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await s`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await s.end({ timeout: 1 }).catch(() => {});
  }
})();

describe.skipIf(!pgReachable && !process.env.CI)('ingest command line on PostgreSQL', () => {
  it('two overlapping ingests at once end with no duplicate report, agency or region rows', async () => {
    const db = await freshDatabase('postgres');
    try {
      const env = { DATABASE_URL: db.url! };
      const a = runIngestAsync([SAMPLES, '--json'], env);
      const b = runIngestAsync([path.join(SAMPLES, 'pingtan-*.txt'), path.join(SAMPLES, 'seed-*.txt'), '--json'], env);
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect(ra.stderr + rb.stderr).not.toMatch(/Saving failed/);
      const q = (query: ReturnType<typeof sql>) => queryRows<{ n: number }>(db.handle.db, query);
      expect(await q(sql`select count(*)::int as n from (select sha256 from reports group by 1 having count(*) > 1) d`)).toEqual([{ n: 0 }]);
      expect(await q(sql`select count(*)::int as n from (select agency_key from agencies group by 1 having count(*) > 1) d`)).toEqual([{ n: 0 }]);
      expect(await q(sql`select count(*)::int as n from (select agency_id, year from reports where is_current group by 1, 2 having count(*) > 1) d`)).toEqual([{ n: 0 }]);
      const [{ n: regions }] = await q(sql`select count(*)::int as n from regions`);
      const [{ n: distinct }] = await q(sql`select count(distinct code)::int as n from regions`);
      expect(regions).toBe(distinct);
      await assertWholeReports(db.handle.db);
    } finally {
      await db.drop();
    }
  }, 300_000);
});

// Root reads every file whatever its mode, so the unreadable case runs the command as the unprivileged
// user `nobody` (the machine has one; CI runs as root on the same kind of machine).
const asNobody = process.getuid?.() === 0 && spawnSync('id', ['nobody']).status === 0;

describe.skipIf(!asNobody)('an unreadable file', () => {
  it('is reported with one sentence while the readable ones land', () => {
    const dir = path.join(work, 'perm');
    fs.mkdirSync(dir, { mode: 0o777 });
    fs.chmodSync(dir, 0o777);
    fs.copyFileSync(path.join(SAMPLES, 'seed-bacun-2023.txt'), path.join(dir, 'ok.txt'));
    fs.copyFileSync(path.join(SAMPLES, 'seed-bodang-2022.txt'), path.join(dir, 'secret.txt'));
    fs.chmodSync(path.join(dir, 'ok.txt'), 0o644);
    fs.chmodSync(path.join(dir, 'secret.txt'), 0o600);
    fs.chmodSync(work, 0o755);
    const r = spawnSync(
      'runuser',
      ['-u', 'nobody', '--', 'env', 'HOME=/tmp', 'CI=1', `GONGKAI_DATA_DIR=${path.join(dir, 'db')}`,
        process.execPath, '--import', 'tsx', 'scripts/ingest.ts', dir, '--json'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status).toBe(2);
    const summary = lastJson<IngestSummary>(r.stdout);
    expect(summary.new).toBe(1);
    expect(summary.failed).toEqual([{ file: path.join(dir, 'secret.txt'), reason: expect.stringMatching(/权限/) }]);
  }, 180_000);
});
