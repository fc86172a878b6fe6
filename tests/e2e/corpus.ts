// The bundled sample reports the end-to-end suite loads, and the parser's own reading of them (the numbers
// the pages must show).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedReport } from '@/lib/report/types';

/** samples/reports: the product's bundled data, which the tests read too. */
export function corpusDir(): string {
  const dir = path.resolve('samples/reports');
  if (!fs.existsSync(dir) || fs.readdirSync(dir).length === 0)
    throw new Error(`No sample reports found in ${dir}`);
  return dir;
}

/** `npm run ingest -- <dir> --json` into a data directory (before the server owns it). */
export function ingestCorpus(dataDir: string): { new: number; failed: unknown[] } {
  const result = spawnSync('npx', ['tsx', 'scripts/ingest.ts', corpusDir(), '--json'], {
    env: { ...process.env, GONGKAI_DATA_DIR: dataDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`ingest failed (${result.status}):\n${result.stderr}`);
  const line = result.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line);
}

/** The parser's output for files of the corpus (by file name), through the parse CLI. */
export function parseFiles(names: string[]): ParsedReport[] {
  const dir = corpusDir();
  const result = spawnSync('npx', ['tsx', 'scripts/parse.ts', ...names.map((n) => path.join(dir, n))], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ParsedReport);
}

export function corpusFiles(pattern: RegExp): string[] {
  return fs.readdirSync(corpusDir()).filter((f) => pattern.test(f)).sort();
}
