// `npm run bench -- load [--seconds S]`: 50 concurrent clients against a production build on localhost for
// 60 s (S), over the overview, a township page and the share image (/og), with the bundled reports loaded.
// autocannon is not installed, so the clients are a bounded loop of Node's fetch (undici keeps connections
// alive). Reports requests/s, p50/p99 latency and errors per URL. Never points anywhere but 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createDb } from '../db/client';
import { queryRows } from '../db/rows';
import { benchReport, type BenchOptions, type BenchReport, type BenchRow } from './harness';

const CLIENTS = 50;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function township(dataDir: string): Promise<string> {
  const handle = await createDb({ url: null, dir: dataDir });
  try {
    const [row] = await queryRows<{ code: string }>(
      handle.db,
      sql`select township_code as code from reports where township_code is not null and is_current group by 1 order by count(*) desc limit 1`,
    );
    if (!row) throw new Error('the bundled reports name no township');
    return row.code;
  } finally {
    await handle.close();
  }
}

interface Stats {
  latencies: number[];
  errors: number;
  statuses: Map<number, number>;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

export async function benchLoad(options: BenchOptions & { roundMs: number }): Promise<BenchReport> {
  const seconds = options.roundMs === 3000 ? 60 : options.roundMs / 1000; // --seconds overrides the 60 s
  if (!fs.existsSync('.next/BUILD_ID')) spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-load-'));
  const ingest = spawnSync('npx', ['tsx', 'scripts/ingest.ts', 'samples/reports', '--quiet'], { env: { ...process.env, GONGKAI_DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: 'inherit' });
  if (ingest.status !== 0) throw new Error('ingest of samples/reports failed');
  const code = await township(dataDir);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, GONGKAI_DATA_DIR: dataDir, DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let i = 0; i < 200; i++) {
      if ((await fetch(`${base}/`).then((r) => r.status).catch(() => 0)) === 200) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const urls = ['/', `/regions/${code}`, `/og?region=${code}`];
    const stats = new Map<string, Stats>(urls.map((u) => [u, { latencies: [], errors: 0, statuses: new Map() }]));
    for (const u of urls) await fetch(base + u).then((r) => r.arrayBuffer()); // warm caches and JIT
    const end = Date.now() + seconds * 1000;
    let turn = 0;
    const client = async () => {
      while (Date.now() < end) {
        const u = urls[turn++ % urls.length];
        const s = stats.get(u)!;
        const t0 = performance.now();
        try {
          const res = await fetch(base + u);
          await res.arrayBuffer();
          s.statuses.set(res.status, (s.statuses.get(res.status) ?? 0) + 1);
          if (res.status !== 200) s.errors += 1;
        } catch {
          s.errors += 1;
        }
        s.latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const rows: BenchRow[] = urls.map((u) => {
      const s = stats.get(u)!;
      const sorted = [...s.latencies].sort((a, b) => a - b);
      const rate = s.latencies.length / seconds;
      const summary = `p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, ${s.errors} errors ${JSON.stringify(Object.fromEntries(s.statuses))}`;
      return { name: `${u.replace(code, '<township>')} (${summary})`, rate: { median: rate, min: rate, max: rate, rounds: 1, roundMs: seconds * 1000 }, unit: 'req/s', inputs: s.latencies.length };
    });
    return benchReport('load', rows);
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
