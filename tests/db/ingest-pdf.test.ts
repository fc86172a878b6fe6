import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/rows';
import type { IngestSummary } from '@/db/ingest';
import { sha256 } from '@/db/parse-bytes';
import { readReportBytes } from '@/lib/ingest/read';
import { parseReport } from '@/lib/report/parse';
import { pdfFromText, scannedPdf } from '../unit/helpers/pdf-report';
import { lastJson, runIngest } from './cli';
import { describeEachDb } from './harness';
import { ingestPaths, sample, tempDir, TODAY } from './ingest-helpers';

// A folder as a user hands it over: a text-layer PDF (001.txt printed again as a PDF), a scan, a PDF cut
// short and a text report. The PDF and the text land; the scan and the broken file are named with their
// reasons; nothing stops the batch.

const work = tempDir('gk-ingest-pdf-');
let folder = '';
let pdf: Uint8Array = new Uint8Array();

beforeAll(async () => {
  folder = path.join(work, 'in');
  fs.mkdirSync(folder);
  const text = fs.readFileSync(sample('001.txt'), 'utf8');
  pdf = await pdfFromText(text, { spacedLabels: true });
  fs.writeFileSync(path.join(folder, 'huaian-2024.pdf'), pdf);
  fs.writeFileSync(path.join(folder, 'scan.pdf'), await scannedPdf());
  fs.writeFileSync(path.join(folder, 'cut.pdf'), pdf.subarray(0, Math.floor(pdf.length / 2)));
  fs.copyFileSync(sample('seed-bacun-2023.txt'), path.join(folder, 'bacun.txt'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function expectFailures(failed: IngestSummary['failed']) {
  const byName = Object.fromEntries(failed.map((f) => [path.basename(f.file), f.reason]));
  expect(Object.keys(byName).sort()).toEqual(['cut.pdf', 'scan.pdf']);
  expect(byName['scan.pdf']).toMatch(/扫描版 PDF.*OCR/);
  expect(byName['cut.pdf']).toMatch(/cut\.pdf .*(损坏|不完整)/);
}

describeEachDb('ingest of PDFs', (ctx) => {
  it('lands a text-layer PDF with the cells of its text, hashed as the PDF itself', async () => {
    const summary = await ingestPaths(ctx.handle.db, [folder]);
    expect(summary).toMatchObject({ new: 2, newVersions: 0, skipped: 0 });
    expectFailures(summary.failed);
    const [row] = await queryRows<{
      parsed: { cells: Record<string, number | null> } | string;
      file_name: string;
    }>(ctx.handle.db, sql`select parsed, file_name from reports where sha256 = ${sha256(pdf)}`);
    expect(row.file_name).toBe('huaian-2024.pdf');
    const stored = typeof row.parsed === 'string' ? JSON.parse(row.parsed) : row.parsed;
    const read = readReportBytes(new Uint8Array(fs.readFileSync(sample('001.txt'))), '001.txt');
    if (!read.ok) throw new Error(read.error.message);
    const fromText = parseReport(read.value, { today: TODAY }, { path: '001.txt', sha256: '' });
    expect(stored.cells).toEqual(fromText.cells);
    expect(stored.cells['applications.newReceived.total']).toBe(3119);
  });
});

describe('npm run ingest with PDFs', () => {
  it('lands the PDF through the parse workers and names the scan and the broken file', () => {
    const result = runIngest([folder, '--json'], { GONGKAI_DATA_DIR: path.join(work, 'cli-db') });
    expect(result.status).toBe(2);
    const summary = lastJson<IngestSummary>(result.stdout);
    expect(summary).toMatchObject({ new: 2, newVersions: 0, skipped: 0 });
    expectFailures(summary.failed);
  });
});
