// `npm run parse -- <file> [<file> ...]`: parse each file without touching the database and print
// one ParsedReport per line (JSON Lines, ../shared/spec/parse-output.md), in the order given.
// Exit 0 when every file could be read, 1 when any could not (it still gets its line, with `error`).
import { readReportBytesAsync } from '../lib/ingest/read';
import { failedReport, parseReport } from '../lib/report/parse';
import type { ParsedReport } from '../lib/report/types';
import { readFileBytes } from './read-file';

/** Today in the machine's local time zone: the deadline check (C1) counts calendar days. */
function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function parseFile(path: string, today: string): Promise<ParsedReport> {
  try {
    return await readAndParse(path, today);
  } catch (error) {
    // A throw is a bug in the reader or parser, not a property of the file: stop, naming the file.
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}

async function readAndParse(path: string, today: string): Promise<ParsedReport> {
  const file = await readFileBytes(path);
  if (!file.ok) return failedReport({ path, sha256: file.sha256 }, file.error);
  const read = await readReportBytesAsync(file.bytes, path);
  if (!read.ok) return failedReport({ path, sha256: file.sha256 }, read.error);
  return parseReport(read.value, { today }, { path, sha256: file.sha256 });
}

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('Usage: npm run parse -- <file> [<file> ...] (text, HTML, DOCX or text-layer PDF reports).');
    return 1;
  }
  const today = todayIso();
  let failed = 0;
  for (const path of paths) {
    const report = await parseFile(path, today);
    if (report.error) {
      failed++;
      console.error(report.error.message); // names the file already
    }
    process.stdout.write(`${JSON.stringify(report)}\n`);
  }
  if (failed > 0) console.error(`${failed} of ${paths.length} file(s) could not be read.`);
  return failed > 0 ? 1 : 0;
}

const args = process.argv.slice(2);
main(args[0] === '--' ? args.slice(1) : args).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 2;
  },
);
