// Reads a corpus report as the parser receives it: decoded and normalised. The corpus reports are the
// bundled samples (samples/reports); their hand-checked expected files are in tests/fixtures/corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeText } from '@/lib/report/normalize';

const REPORTS = path.resolve(__dirname, '../../../samples/reports');

export function corpusDir(): string {
  return REPORTS;
}

export function corpusText(file: string): string {
  return normalizeText(readFileSync(path.join(REPORTS, file), 'utf8'));
}
