// `npm run bench -- ingest [--reports N] [--db pglite|postgres|both]`: ingest a folder of generated reports
// into a fresh database, end to end (read, parse, save, cross-report checks, rollups), and report files per
// second and peak memory. The folder is generated once per size and seed and kept in bench/work/.
// 20,000 reports by default: a run has about 0.7 s of fixed cost (parse workers starting and warming up,
// the cross-report refresh, statistics), which is a third of a 2,000-report run into PostgreSQL and would
// measure that rather than the rate a folder loads at; `--reports 2000` shows the smaller run.
import fs from 'node:fs';
import path from 'node:path';
import { createDb, type DbHandle } from '../db/client';
import { ingestSources } from '../db/ingest';
import { parseWorkersFor } from '../db/parse-pool';
import { migrate } from '../db/migrate';
import { fileSource } from '../lib/ingest/file-source';
import { walkInputs } from '../lib/ingest/walk';
import { generateReports } from '../lib/synth/generate';
import { freshPostgres } from './postgres';
import { benchReport, type BenchOptions, type BenchReport, type BenchRow } from './harness';

const WORK = path.resolve('bench/work');
const YEARS = { fromYear: 2019, toYear: 2025 };

/** The generated folder for `reports` reports (townships × 7 years), written once. */
export function syntheticFolder(reports: number, seed = 1): string {
  const townships = Math.max(1, Math.ceil(reports / 7));
  const dir = path.join(WORK, `synth-${townships}x7-seed${seed}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  for (const r of generateReports({ townships, ...YEARS, seed, errorRate: 0.03 })) {
    const file = path.join(dir, r.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, r.content);
  }
  fs.writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}

/** CPU seconds used so far by every PostgreSQL server process of this machine (Linux /proc), or null. */
function postgresCpuSeconds(): number | null {
  try {
    let ticks = 0;
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended while we looked
      }
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

interface IngestRun {
  rate: number;
  /** CPU milliseconds per report in this process (main thread and parse workers) */
  clientMs: number;
  /** CPU milliseconds per report in the PostgreSQL server (null for the embedded database or off Linux) */
  serverMs: number | null;
}

// Where the CPU goes is printed beside the rate: on two cores the wall time can never be below the sum of
// both halves divided by two, which is what bounds the PostgreSQL rate.
async function timeIngest(handle: DbHandle, files: string[]): Promise<IngestRun> {
  await migrate(handle);
  const cpu = process.cpuUsage();
  const server = handle.kind === 'postgres' ? postgresCpuSeconds() : null;
  const started = performance.now();
  const summary = await ingestSources(handle.db, files.map(fileSource), {
    today: '2026-11-23',
    parseWorkers: parseWorkersFor(),
  });
  const secs = (performance.now() - started) / 1000;
  if (summary.failed.length)
    throw new Error(`ingest bench: ${summary.failed.length} files failed, e.g. ${JSON.stringify(summary.failed[0])}`);
  const used = process.cpuUsage(cpu);
  const serverAfter = server === null ? null : postgresCpuSeconds();
  return {
    rate: files.length / secs,
    clientMs: (used.user + used.system) / 1000 / files.length,
    serverMs: server === null || serverAfter === null ? null : ((serverAfter - server) * 1000) / files.length,
  };
}

export async function benchIngest(
  options: BenchOptions & { reports?: number; db?: string },
): Promise<BenchReport> {
  const reports = options.reports ?? 20_000;
  const dir = syntheticFolder(reports);
  const files = walkInputs([dir]).files;
  const rows: BenchRow[] = [];
  const which = options.db === 'both' || !options.db ? ['pglite', 'postgres'] : [options.db];
  const rounds = Math.max(1, Math.min(options.rounds, 3));
  for (const kind of which) {
    const runs: IngestRun[] = [];
    for (let round = 0; round < rounds; round++) {
      if (kind === 'pglite') {
        const dataDir = path.join(WORK, `ingest-db-${process.pid}`);
        fs.rmSync(dataDir, { recursive: true, force: true });
        const handle = await createDb({ url: null, dir: dataDir });
        try {
          runs.push(await timeIngest(handle, files));
        } finally {
          await handle.close();
          fs.rmSync(dataDir, { recursive: true, force: true });
        }
      } else {
        const pg = await freshPostgres();
        try {
          runs.push(await timeIngest(pg.handle, files));
        } finally {
          await pg.drop();
        }
      }
    }
    const summary = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { median: sorted[sorted.length >> 1], min: sorted[0], max: sorted[sorted.length - 1], rounds, roundMs: 0 };
    };
    rows.push({
      name: `ingest into ${kind}`,
      rate: summary(runs.map((r) => r.rate)),
      unit: 'reports/s',
      target: kind === 'pglite' ? 300 : 1000,
      inputs: files.length,
    });
    rows.push({
      name: `  CPU in this process (reader, parse workers, driver${kind === 'pglite' ? ', database' : ''})`,
      rate: summary(runs.map((r) => r.clientMs)),
      unit: 'ms/report',
      inputs: files.length,
    });
    const server = runs.map((r) => r.serverMs).filter((v): v is number => v !== null);
    if (server.length)
      rows.push({ name: '  CPU in the PostgreSQL server', rate: summary(server), unit: 'ms/report', inputs: files.length });
  }
  return benchReport('ingest', rows);
}
