// One file's bytes → its parsed report and text; a read failure becomes a failed report with its reason.
import { createHash } from 'node:crypto';
import { readReportBytes } from '../lib/ingest/read';
import { failedReport, parseReport } from '../lib/report/parse';
import type { ParsedReport } from '../lib/report/types';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function parseBytes(
  file: string,
  bytes: Uint8Array,
  today: string,
  regionHint: string | null,
): { parsed: ParsedReport; text: string } {
  const hash = sha256(bytes);
  const read = readReportBytes(bytes, file);
  if (!read.ok) return { parsed: failedReport({ path: file, sha256: hash }, read.error), text: '' };
  const parsed = parseReport(read.value, { today, regionHint }, { path: file, sha256: hash });
  return { parsed, text: read.value.text };
}
