// One file's bytes → its parsed report and text; a read failure becomes a failed report with its reason.
// Asynchronous because a PDF's text layer is read through pdf.js, which is; every other format is not.
import { createHash } from 'node:crypto';
import { readReportBytesAsync } from '../lib/ingest/read';
import { failedReport, parseReport } from '../lib/report/parse';
import type { ParsedReport } from '../lib/report/types';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function parseBytes(
  file: string,
  bytes: Uint8Array,
  today: string,
  regionHint: string | null,
): Promise<{ parsed: ParsedReport; text: string }> {
  // the hash is of the bytes as given (the PDF itself), never of the text read from them
  const hash = sha256(bytes);
  const read = await readReportBytesAsync(bytes, file);
  if (!read.ok) return { parsed: failedReport({ path: file, sha256: hash }, read.error), text: '' };
  const parsed = parseReport(read.value, { today, regionHint }, { path: file, sha256: hash });
  return { parsed, text: read.value.text };
}
