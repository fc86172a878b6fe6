// `npm run bench [-- parse|ingest|pages|og|all] [--rounds N] [--seconds S]`: runs the benches on one
// core, prints a table and merges the results into bench/results/latest.json (one key per bench,
// so benches run on different days keep each other's figures). Benchmarks are not tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_OPTIONS, type BenchOptions, type BenchReport } from '../bench/harness';
import { benchParse } from '../bench/parse';
import { benchIngest } from '../bench/ingest';
import { benchLoad } from '../bench/load';
import { benchOg } from '../bench/og';
import { benchPages } from '../bench/pages';
import { benchQueries } from '../bench/queries';

type Options = BenchOptions & { reports?: number; db?: string };
type Bench = (options: Options) => BenchReport | Promise<BenchReport>;

/** Every bench by name; ingest, pages and og slot in here as bench/<name>.ts. */
const BENCHES: Record<string, Bench | null> = {
  parse: benchParse,
  ingest: benchIngest,
  queries: benchQueries,
  pages: benchPages,
  og: benchOg,
  load: benchLoad,
};

const RESULTS = path.resolve(import.meta.dirname, '../bench/results/latest.json');

function parseArgs(argv: string[]): { names: string[]; options: Options } {
  const options: Options = { ...DEFAULT_OPTIONS };
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (arg === '--rounds') options.rounds = Math.max(1, Number(argv[++i]) || options.rounds);
    else if (arg === '--reports') options.reports = Math.max(1, Number(argv[++i]) || 2000);
    else if (arg === '--db') options.db = argv[++i];
    else if (arg === '--seconds') options.roundMs = Math.max(0.1, Number(argv[++i]) || 3) * 1000;
    else names.push(arg);
  }
  const wanted = names.length === 0 || names.includes('all') ? Object.keys(BENCHES) : names;
  for (const name of wanted) {
    if (!(name in BENCHES)) {
      throw new Error(
        `Unknown bench "${name}"; choose from ${Object.keys(BENCHES).join(', ')}, all.`,
      );
    }
  }
  return { names: wanted, options };
}

function printTable(report: BenchReport): void {
  const fmt = (n: number) => n.toFixed(n >= 100 ? 0 : 1);
  console.log(`\n${report.bench} (${report.node}, peak RSS ${report.peakRssMb.toFixed(0)} MB)`);
  console.log('| bench | inputs | median | min–max | target | |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of report.rows) {
    const met = r.lowerIsBetter ? r.rate.median <= (r.target ?? 0) : r.rate.median >= (r.target ?? 0);
    const verdict = r.target === undefined ? '' : met ? 'ok' : 'MISSED';
    const target = r.target === undefined ? '' : `${r.target}`;
    const cpu = r.rate.cpuMedian === undefined ? '' : ` (${fmt(r.rate.cpuMedian)} per CPU-second)`;
    console.log(
      `| ${r.name} | ${r.inputs} | ${fmt(r.rate.median)} ${r.unit}${cpu} | ${fmt(r.rate.min)}–${fmt(r.rate.max)} | ${target} | ${verdict} |`,
    );
  }
}

function saveResults(reports: BenchReport[]): void {
  const previous: Record<string, unknown> = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {};
  for (const report of reports) previous[report.bench] = report;
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(previous, null, 2)}\n`);
  console.error(`\nResults merged into ${path.relative(process.cwd(), RESULTS)}.`);
}

async function main(): Promise<void> {
  const { names, options } = parseArgs(process.argv.slice(2));
  const reports: BenchReport[] = [];
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) {
      console.error(`${name}: not written yet, skipped.`);
      continue;
    }
    const report = await bench(options);
    printTable(report);
    reports.push(report);
  }
  if (reports.length) saveResults(reports);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
