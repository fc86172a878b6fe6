// Reads a corpus report as the parser receives it: decoded and normalised.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeText } from '@/lib/report/normalize';

const LOCAL = path.resolve(__dirname, '../../fixtures/corpus/reports');
const SHARED = '/work/shared/corpus/reports';

export function corpusDir(): string {
  return existsSync(LOCAL) ? LOCAL : SHARED;
}

export function corpusText(file: string): string {
  const local = path.join(LOCAL, file);
  return normalizeText(readFileSync(existsSync(local) ? local : path.join(SHARED, file), 'utf8'));
}
