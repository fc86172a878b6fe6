// Hard stops during ingest: kill -9 at random moments, a disk that fills up, a corrupt embedded database,
// PostgreSQL stopped mid-ingest. Each ends with a clear message, no partial report, and `npm run db:check`
// confirms the database is consistent; what did land is whole.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterAvailable, startCluster } from '../e2e/faults-pg';
import { SAMPLES, tempDir } from './ingest-helpers';

const env = (extra: Record<string, string>) => ({ ...process.env, DATABASE_URL: '', ...extra });

function cli(script: string, args: string[], extra: Record<string, string>) {
  return spawnSync('npx', ['tsx', script, ...args], { env: env(extra), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300_000 });
}

function dbCheck(extra: Record<string, string>): { status: number | null; out: { ok: boolean; reports?: number; problems?: unknown[]; error?: string } } {
  const r = cli('scripts/db-check.ts', ['--json'], extra);
  return { status: r.status, out: JSON.parse(r.stdout.trim().split('\n').pop() || '{}') };
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('faults during ingest', () => {
  it('kill -9 at random moments leaves whole reports only; a re-run completes the set', async () => {
    const data = tempDir('gk-kill-');
    dirs.push(data);
    for (const delay of [2500, 4500, 6500]) {
      const child = spawn('npx', ['tsx', 'scripts/ingest.ts', SAMPLES, '--quiet'], { env: env({ GONGKAI_DATA_DIR: data }), detached: true, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // it finished first
      }
      await new Promise((r) => setTimeout(r, 300));
      const check = dbCheck({ GONGKAI_DATA_DIR: data });
      expect(check.out.problems ?? [], `after a kill at ${delay} ms`).toEqual([]);
    }
    const rerun = cli('scripts/ingest.ts', [SAMPLES, '--json'], { GONGKAI_DATA_DIR: data });
    expect(rerun.status).toBe(0);
    const check = dbCheck({ GONGKAI_DATA_DIR: data });
    expect(check.out).toMatchObject({ ok: true, reports: 144 });
  });

  it('a corrupt embedded database gives one clear sentence and changes nothing', () => {
    const data = tempDir('gk-corrupt-');
    dirs.push(data);
    expect(cli('scripts/ingest.ts', [path.join(SAMPLES, '001.txt'), '--json'], { GONGKAI_DATA_DIR: data }).status).toBe(0);
    // the cluster's control file scribbled over: PostgreSQL cannot start from it
    fs.writeFileSync(path.join(data, 'global', 'pg_control'), Buffer.alloc(8192, 0x5a));
    const ingest = cli('scripts/ingest.ts', [path.join(SAMPLES, '003.txt')], { GONGKAI_DATA_DIR: data });
    expect(ingest.status).toBe(1);
    expect(ingest.stderr).toMatch(/could not be opened.*move the directory away/s);
    const check = dbCheck({ GONGKAI_DATA_DIR: data });
    expect(check.status).toBe(1);
    expect(check.out.error).toMatch(/could not be opened/);
  });

  it.skipIf(process.getuid?.() !== 0)('a disk that fills up mid-ingest: files that did not fit are named, none is partial', () => {
    const mount = tempDir('gk-full-');
    dirs.push(mount);
    const seed = tempDir('gk-seed-');
    dirs.push(seed);
    // a migrated database first, then a small file system with just a little room to spare
    expect(cli('scripts/migrate.ts', [], { GONGKAI_DATA_DIR: seed }).status).toBe(0);
    const sizeMb = Math.ceil(Number(spawnSync('du', ['-sm', seed], { encoding: 'utf8' }).stdout.split('\t')[0]) + 4);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', mount]).status).toBe(0);
    try {
      const data = path.join(mount, 'data');
      fs.cpSync(seed, data, { recursive: true });
      const free = Number(spawnSync('df', ['-k', '--output=avail', mount], { encoding: 'utf8' }).stdout.trim().split('\n').pop());
      fs.writeFileSync(path.join(mount, 'filler'), Buffer.alloc(Math.max(0, (free - 1024) * 1024)));
      const ingest = cli('scripts/ingest.ts', [SAMPLES, '--json'], { GONGKAI_DATA_DIR: data });
      expect([1, 2]).toContain(ingest.status);
      const last = ingest.stdout.trim().split('\n').pop() ?? '';
      let summary: { failed: { reason: string }[] } | null = null;
      if (ingest.status === 2) {
        try {
          summary = JSON.parse(last);
        } catch {
          throw new Error(`ingest --json printed no complete summary (${last.length} characters, cut off)`);
        }
      }
      if (summary) {
        expect(summary.failed.length).toBeGreaterThan(0);
        // one clear sentence per file, not a dump of the SQL that failed
        for (const f of summary.failed) expect(f.reason.length, f.reason.slice(0, 300)).toBeLessThan(300);
      } else expect(ingest.stderr).toMatch(/space|空间/i);
      // room again: the database opens, and what landed is whole
      fs.rmSync(path.join(mount, 'filler'));
      const check = dbCheck({ GONGKAI_DATA_DIR: data });
      expect(check.out.problems ?? [check.out.error]).toEqual([]);
    } finally {
      spawnSync('umount', ['-l', mount]);
    }
  });

  it.skipIf(!clusterAvailable())('PostgreSQL stopped mid-ingest: the files that did not land are named, the rest is whole', { timeout: 240_000 }, async () => {
    const cluster = await startCluster();
    // six copies of the samples, each copy different bytes (a corrected version): long enough to stop midway
    const folder = tempDir('gk-pgstop-');
    dirs.push(folder);
    for (const copy of [1, 2, 3, 4, 5, 6])
      for (const f of fs.readdirSync(SAMPLES))
        fs.writeFileSync(path.join(folder, `${copy}-${f}`), `${fs.readFileSync(path.join(SAMPLES, f), 'utf8')}\n${'　'.repeat(copy)}\n`);
    try {
      expect(cli('scripts/migrate.ts', [], { DATABASE_URL: cluster.url }).status).toBe(0);
      const child = spawn('npx', ['tsx', 'scripts/ingest.ts', folder, '--json'], { env: env({ DATABASE_URL: cluster.url }), stdio: ['ignore', 'pipe', 'pipe'] });
      const exited = new Promise<number | null>((r) => child.on('exit', r));
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      // stop the server once the first reports have landed, whatever the machine's speed
      const probe = postgres(cluster.url, { max: 1, onnotice: () => {} });
      const started = Date.now();
      for (;;) {
        await new Promise((r) => setTimeout(r, 100));
        const [{ n }] = await probe`select count(*)::int as n from reports`;
        if (n > 0 || Date.now() - started > 60_000) break;
      }
      await probe.end();
      cluster.stop();
      const status = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 120_000))]);
      if (status === 'hung') child.kill('SIGKILL');
      expect(status, 'the ingest must end on its own when the server goes away').not.toBe('hung');
      expect([1, 2]).toContain(status);
      if (status === 2) expect(JSON.parse(stdout.trim().split('\n').pop()!).failed.length).toBeGreaterThan(0);
      else expect(stderr).toMatch(/Ingest stopped|Cannot open/);
      cluster.start();
      const check = dbCheck({ DATABASE_URL: cluster.url });
      expect(check.out.problems).toEqual([]);
    } finally {
      cluster.destroy();
    }
  });
});
