// `npm run synth -- --townships <n> --years 2019-2025 --out <dir> [--seed <n>] [--error-rate 0.03]`:
// write generated reports, each with <name>.truth.json beside it (issue 5). Files are written one by
// one as they are generated, so 400,000 reports need no more memory than one.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIRST_YEAR, generateReports, type SynthOptions } from '../lib/synth/generate';
import { issuerCapacity } from '../lib/synth/issuers';
import { progressBar } from './progress';

const USAGE =
  'Usage: npm run synth -- --townships <n> --years 2019-2025 --out <dir> [--seed <n>] [--error-rate 0.03]';
const LAST_YEAR = 2025;

class UsageError extends Error {}

function parseArgs(argv: string[]): SynthOptions & { out: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!['--townships', '--years', '--out', '--seed', '--error-rate'].includes(flag))
      throw new UsageError(`Unknown argument "${flag}".`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value.`);
    values.set(flag, value);
  }
  const townships = Number(values.get('--townships'));
  if (!values.has('--townships') || !Number.isInteger(townships) || townships < 1)
    throw new UsageError('--townships must be a whole number of at least 1.');
  if (townships > issuerCapacity())
    throw new UsageError(
      `--townships ${townships} is more than the ${issuerCapacity()} issuers the gazetteer offers.`,
    );
  const years = /^(\d{4})(?:-(\d{4}))?$/.exec(
    values.get('--years') ?? `${FIRST_YEAR}-${LAST_YEAR}`,
  );
  const fromYear = years ? Number(years[1]) : NaN;
  const toYear = years ? Number(years[2] ?? years[1]) : NaN;
  if (!years || fromYear < FIRST_YEAR || toYear > LAST_YEAR || fromYear > toYear)
    throw new UsageError(
      `--years must be a year or a range like 2019-2025, within ${FIRST_YEAR}-${LAST_YEAR}.`,
    );
  const out = values.get('--out');
  if (!out) throw new UsageError('--out <dir> is required: the folder to write the reports to.');
  const seed = Number(values.get('--seed') ?? '1');
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new UsageError('--seed must be a whole number of at least 0.');
  const errorRate = Number(values.get('--error-rate') ?? '0.03');
  if (!Number.isFinite(errorRate) || errorRate < 0 || errorRate > 1)
    throw new UsageError('--error-rate must be a number from 0 to 1, e.g. 0.03.');
  return { townships, fromYear, toYear, seed, errorRate, out };
}

function main(argv: string[]): number {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv[0] === '--' ? argv.slice(1) : argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 1;
  }
  const total = options.townships * (options.toYear - options.fromYear + 1);
  const bar = process.stderr.isTTY ? progressBar(total) : null;
  const made = new Set<string>();
  const errors: Record<string, number> = {};
  const started = performance.now();
  let done = 0;
  try {
    mkdirSync(options.out, { recursive: true });
    for (const report of generateReports(options)) {
      const file = path.join(options.out, report.path);
      const dir = path.dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(file, report.content);
      writeFileSync(file.replace(/\.(txt|html)$/, '.truth.json'), report.truthJson);
      const kind = report.error;
      if (kind) errors[kind] = (errors[kind] ?? 0) + 1;
      done++;
      bar?.update(done);
    }
  } catch (error) {
    const e = error as Error;
    console.error(`Could not write to ${options.out}: ${e.message}.`);
    return 1;
  }
  bar?.finish();
  const secs = (performance.now() - started) / 1000;
  const summary = {
    ...options,
    reports: done,
    deliberateErrors: errors,
    seconds: Number(secs.toFixed(1)),
  };
  writeFileSync(path.join(options.out, 'synth.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const kinds =
    Object.entries(errors)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  console.error(
    `Wrote ${done} synthetic reports (+ truth files) to ${options.out} in ${secs.toFixed(1)} s ` +
      `(${Math.round(done / secs)} reports/s); deliberate errors: ${kinds}.`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
