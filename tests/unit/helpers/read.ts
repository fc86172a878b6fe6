import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { readReportBytes } from '@/lib/ingest/read';
import type { ParseError, ReportText } from '@/lib/report/types';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const READ_FIXTURES = path.join(ROOT, 'tests/fixtures/read');
export const CORPUS = path.join(ROOT, 'samples/reports');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(READ_FIXTURES, name)));
}

export function corpusBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(CORPUS, name)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function readOk(bytes: Uint8Array, name = 'report.txt'): ReportText {
  const result = readReportBytes(bytes, name);
  if (!result.ok)
    throw new Error(`expected ${name} to read, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function readFails(bytes: Uint8Array, name = 'report.txt'): ParseError {
  const result = readReportBytes(bytes, name);
  expect(result.ok, `expected ${name} to be rejected`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  // Every rejection is one sentence naming the file.
  expect(result.error.message).toContain(name);
  return result.error;
}
