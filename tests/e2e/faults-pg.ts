// A throw-away PostgreSQL cluster on a free port (initdb + pg_ctl as the postgres user, data under /tmp),
// so fault tests can stop and start a server without touching the machine's main one on 5432.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './server';

export interface Cluster {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}

function pgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((v) => path.join(root, v, 'bin')).find((d) => fs.existsSync(path.join(d, 'pg_ctl')));
  return found ?? null;
}

export function clusterAvailable(): boolean {
  return pgBin() !== null && process.getuid?.() === 0;
}

export async function startCluster(): Promise<Cluster> {
  const bin = pgBin();
  if (!bin) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'log');
  const asPostgres = (cmd: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { stdio: 'pipe', timeout: 60_000 });
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', 'start']);
  const stop = () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  asPostgres('createdb', ['-h', '127.0.0.1', '-p', String(port), 'gongkai']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/gongkai`,
    start,
    stop,
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
