import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readReportBytes } from '../lib/ingest/read';
import { parseReport } from '../lib/report/parse';
import {
  measureRate,
  benchReport,
  type BenchOptions,
  type BenchReport,
  type BenchRow,
} from './harness';

// Reader + parser throughput over the corpus: bytes are read from disk once, then every report
// goes through readReportBytes and parseReport as ingest runs them. Text and HTML are measured
// apart because an HTML page is 10–40 times the bytes of its text.

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS_DIRS = [
  path.join(ROOT, 'samples/reports'),
  path.join(ROOT, '../shared/corpus/reports'),
];

interface Input {
  name: string;
  bytes: Uint8Array;
}

function loadCorpus(): { text: Input[]; html: Input[]; dir: string } {
  const dir = CORPUS_DIRS.find((d) => existsSync(d));
  if (!dir) throw new Error(`No corpus found (looked in ${CORPUS_DIRS.join(', ')}).`);
  const text: Input[] = [];
  const html: Input[] = [];
  for (const name of readdirSync(dir).sort()) {
    const input = { name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) };
    if (/\.html?$/i.test(name)) html.push(input);
    else if (/\.(txt|md)$/i.test(name)) text.push(input);
  }
  return { text, html, dir };
}

const ctx = { today: '2026-06-01' };

function readAndParse(input: Input): void {
  const read = readReportBytes(input.bytes, input.name);
  if (!read.ok) throw new Error(`${input.name}: ${read.error.message}`);
  parseReport(read.value, ctx, { path: input.name, sha256: '' });
}

function row(name: string, inputs: Input[], target: number, options: BenchOptions): BenchRow {
  const rate = measureRate((i) => readAndParse(inputs[i % inputs.length]), options);
  return { name, rate, unit: 'reports/s', target, inputs: inputs.length };
}

export function benchParse(options: BenchOptions): BenchReport {
  const { text, html, dir } = loadCorpus();
  console.error(`parse: ${text.length} text and ${html.length} HTML reports from ${dir}`);
  const rows = [row('parse text', text, 1000, options), row('parse html', html, 300, options)];
  return benchReport('parse', rows);
}
