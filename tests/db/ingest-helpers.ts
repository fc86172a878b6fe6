import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestSources, type IngestSummary } from '@/db/ingest';
import type { Db } from '@/db/client';
import { fileSource } from '@/lib/ingest/file-source';
import { walkInputs } from '@/lib/ingest/walk';

export const SAMPLES = path.resolve('samples/reports');
export const TODAY = '2026-11-23';

export function sample(name: string): string {
  return path.join(SAMPLES, name);
}

export async function ingestPaths(db: Db, paths: string[]): Promise<IngestSummary> {
  const walked = walkInputs(paths);
  const summary = await ingestSources(db, walked.files.map(fileSource), { today: TODAY });
  summary.failed.unshift(...walked.problems);
  return summary;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
