import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { migrate } from '@/db/migrate';
import { queryRows } from '@/db/rows';
import { getDatabaseSummary } from '@/db/queries/overview';
import { describeEachDb } from './harness';

describeEachDb('migrations and gazetteer', (ctx) => {
  it('creates the tables of the data model', async () => {
    const tables = await queryRows<{ table_name: string }>(
      ctx.handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['agencies', 'findings', 'regions', 'reports']),
    );
  });

  it('loads every official division down to townships, with parents', async () => {
    const summary = await getDatabaseSummary(ctx.handle.db);
    expect(summary.regions).toBeGreaterThan(40_000);
    expect(summary.reports).toBe(0);
    const [town] = await queryRows<{ name: string; level: string; parent_code: string }>(
      ctx.handle.db,
      sql`select name, level, parent_code from regions where code = ${'370481111'}`,
    );
    expect(town).toEqual({ name: '柴胡店镇', level: 'township', parent_code: '370481' });
  });

  it('applying the migrations again changes nothing', async () => {
    await migrate(ctx.handle);
    const summary = await getDatabaseSummary(ctx.handle.db);
    const [{ n }] = await queryRows<{ n: number }>(
      ctx.handle.db,
      sql`select count(*)::int as n from regions`,
    );
    expect(n).toBe(summary.regions);
  });

  it('compresses stored reports with lz4 where the server offers it (PostgreSQL), pglz otherwise', async () => {
    const rows = await queryRows<{ attname: string; attcompression: string }>(
      ctx.handle.db,
      sql`select attname, attcompression::text as attcompression from pg_attribute
          where attrelid = 'reports'::regclass and attname in ('parsed', 'source_text', 'source_bytes')
          order by attname`,
    );
    // '' = the server default (pglz), 'l' = lz4
    const expected = ctx.driver === 'postgres' ? 'l' : '';
    expect(rows).toEqual(['parsed', 'source_bytes', 'source_text'].map((attname) => ({ attname, attcompression: expected })));
  });
});

describe('the embedded database has one owner', () => {
  it('refuses a second process with a clear message and keeps the store usable', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-lock-'));
    try {
      const first = await createDb({ url: null, dir });
      await migrate(first, { gazetteer: false });
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', '-e', `import('./db/client.ts').then(m => m.createDb({ url: null, dir: ${JSON.stringify(dir)} })).then(() => { console.log('OPENED'); process.exit(0); }, (e) => { console.error(e.message); process.exit(3); })`],
        { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 },
      );
      expect(child.stdout).not.toContain('OPENED');
      expect(child.status).toBe(3);
      expect(child.stderr).toContain(`is in use by process ${process.pid}`);
      const [{ n }] = await queryRows<{ n: number }>(first.db, sql`select 1 as n`);
      expect(n).toBe(1);
      await first.close();
      // once released, the next owner gets in
      const second = await createDb({ url: null, dir });
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a lock left by a process that was killed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-stale-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'gongkai.lock'),
        JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), command: 'killed' }),
      );
      const handle = await createDb({ url: null, dir });
      await handle.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
