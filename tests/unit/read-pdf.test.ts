import { describe, expect, it } from 'vitest';
import { readPdfTextItems } from '@/lib/ingest/pdf-text';
import { readReportBytes, readReportBytesAsync } from '@/lib/ingest/read';
import { parseReport } from '@/lib/report/parse';
import type { ParseError } from '@/lib/report/types';
import { pdfFromText, scannedPdf } from './helpers/pdf-report';
import { corpusBytes, readOk } from './helpers/read';

// Real PDFs, written by the test (helpers/pdf-report.ts): 001.txt is Huai'an's 2024 report as text
// taken from its PDF; laid out again as a PDF with a CJK font and read back, it must give the same
// cells as the text.

const today = '2026-06-01';
const NAME = 'huaian-2024.pdf';

async function readFails(bytes: Uint8Array, name: string): Promise<ParseError> {
  const result = await readReportBytesAsync(bytes, name);
  if (result.ok) throw new Error(`expected ${name} to be rejected`);
  expect(result.error.message).toContain(name);
  return result.error;
}

describe('readReportBytesAsync: PDF', () => {
  it('a text-layer PDF parses to the same cells as the text it was printed from', async () => {
    const text = readOk(corpusBytes('001.txt'), '001.txt');
    const fromText = parseReport(text, { today }, { path: '001.txt', sha256: '' });
    const pdf = await pdfFromText(text.text, { spacedLabels: true });
    const read = await readReportBytesAsync(pdf, NAME);
    if (!read.ok) throw new Error(read.error.message);
    const fromPdf = parseReport(read.value, { today }, { path: NAME, sha256: '' });
    expect(fromPdf.meta.template).toBe(fromText.meta.template);
    expect(fromPdf.cells['applications.newReceived.total']).toBe(3119);
    expect(Object.values(fromPdf.cells).filter((v) => v !== null).length).toBeGreaterThan(150);
    const differ = Object.keys(fromText.cells).filter(
      (k) => fromPdf.cells[k] !== fromText.cells[k],
    );
    expect(differ.map((k) => `${k}: ${fromPdf.cells[k]} ≠ ${fromText.cells[k]}`)).toEqual([]);
  });

  it('a scanned PDF (a picture, no text) still asks for OCR', async () => {
    const error = await readFails(await scannedPdf(), 'scan.pdf');
    expect(error.code).toBe('needsOcr');
    expect(error.message).toContain('OCR');
  });

  it('a truncated or garbled PDF gets one clear sentence, not a crash', async () => {
    const pdf = await pdfFromText('测试报告\n规章 1 0 11\n');
    const cut = await readFails(pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'cut.pdf');
    expect(cut).toMatchObject({ code: 'unreadable' });
    expect(cut.message).toMatch(/损坏|不完整/);
    const garbled = new Uint8Array(pdf);
    garbled.fill(0x41, 1000, pdf.length - 2000);
    expect(await readFails(garbled, 'garbled.pdf')).toMatchObject({ code: 'unreadable' });
  });

  it('stops at the page limit and at the time limit', async () => {
    const pdf = await pdfFromText('第一页\n'.repeat(50));
    expect(await readPdfTextItems(pdf, { maxPages: 1 })).toEqual({
      ok: false,
      reason: 'tooManyPages',
      pageCount: 2,
    });
    expect(await readPdfTextItems(pdf, { timeoutMs: 1 })).toEqual({ ok: false, reason: 'timeout' });
  });

  it('the synchronous reader still refuses a PDF, saying where it can be read', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Font >> endobj\n');
    const result = readReportBytes(pdf, 'a.pdf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('npm run ingest');
  });

  it('reads every other format exactly as the synchronous reader does', async () => {
    const bytes = corpusBytes('001.txt');
    expect(await readReportBytesAsync(bytes, '001.txt')).toEqual(readReportBytes(bytes, '001.txt'));
  });
});
