// PostgreSQL stopped while the site runs: pages answer 503 with a plain Chinese explanation (no stack
// trace) and come back by themselves once the server is back. A throw-away cluster, never the main one.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir } from './corpus';
import { clusterAvailable, startCluster, type Cluster } from './faults-pg';
import { startServer, type RunningServer } from './server';
import { UnavailableBody } from '@/lib/api/schemas';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function statusOf(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, text: await res.text() };
}

describe.skipIf(!clusterAvailable())('PostgreSQL lost and found while serving', () => {
  let cluster: Cluster;
  let server: RunningServer;
  beforeAll(async () => {
    cluster = await startCluster();
    const ingest = spawnSync('npx', ['tsx', 'scripts/ingest.ts', corpusDir(), '--json'], {
      env: { ...process.env, DATABASE_URL: cluster.url },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(ingest.status).toBe(0);
    server = await startServer({ DATABASE_URL: cluster.url });
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    cluster?.destroy();
  });

  it('serves, answers 503 in Chinese while the database is down, and recovers by itself', async () => {
    const pages = ['/', '/regions/37', '/compliance', '/search?q=%E9%95%87', '/reports/1'];
    for (const p of pages) expect((await statusOf(server.baseURL + p)).status).toBe(200);

    cluster.stop();
    await wait(1500); // the health probe's answer lives a second
    for (const p of pages) {
      const { status, text } = await statusOf(server.baseURL + p);
      expect(status, p).toBe(503);
      expect(text).toContain('数据库暂时无法连接');
      expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|ECONNREFUSED/);
    }
    const api = await fetch(server.baseURL + '/compliance/csv');
    expect(api.status).toBe(503);
    // the open API keeps its documented error shape (UnavailableBody in lib/api/schemas.ts)
    const open = await fetch(server.baseURL + '/api/v1/regions');
    expect(open.status).toBe(503);
    expect(open.headers.get('retry-after')).toBe('10');
    const body = (await open.json()) as { error: { message: string } };
    expect(UnavailableBody.safeParse(body).success, JSON.stringify(body)).toBe(true);

    cluster.start();
    const deadline = Date.now() + 30_000;
    let last = 0;
    while (Date.now() < deadline) {
      last = (await statusOf(server.baseURL + '/')).status;
      if (last === 200) break;
      await wait(500);
    }
    expect(last).toBe(200);
    for (const p of pages) expect((await statusOf(server.baseURL + p)).status, p).toBe(200);
  });
});
