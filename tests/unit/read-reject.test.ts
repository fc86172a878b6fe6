import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, readReportBytes } from '@/lib/ingest/read';
import { fixture, readFails, readOk, utf8 } from './helpers/read';

function bytes(...parts: (number[] | string | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A minimal PDF whose one page is an image (a scan) or shows text with a font. */
function pdf(kind: 'scan' | 'text', compressed = false): Uint8Array {
  const resources =
    kind === 'scan'
      ? '<< /XObject << /Im0 4 0 R >> >>'
      : '<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>';
  const page = `<< /Type /Page /Parent 2 0 R /Resources ${resources} /Contents 5 0 R >>`;
  const objects = compressed
    ? [
        `3 0 obj\n<< /Length 0 /Filter /FlateDecode >>\nstream\n`,
        deflateSync(page),
        '\nendstream\nendobj\n',
      ]
    : [`3 0 obj\n${page}\nendobj\n`];
  return bytes(
    '%PDF-1.7\n%\xe2\xe3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    ...objects,
    '4 0 obj\n<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /DCTDecode >>\nstream\n',
    [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10],
    '\nendstream\nendobj\n%%EOF\n',
  );
}

describe('readReportBytes: what is not a report', () => {
  it('an empty file is empty', () => {
    expect(readFails(new Uint8Array(0), 'a.txt').code).toBe('empty');
  });

  it('whitespace, a lone BOM, or a page without text are empty', () => {
    expect(readFails(utf8(' \n\t\r\n'), 'b.txt').code).toBe('empty');
    expect(readFails(Uint8Array.from([0xef, 0xbb, 0xbf]), 'c.txt').code).toBe('empty');
    const page =
      '<html><head><title>x</title><script>var a="年度报告";</script></head><body> </body></html>';
    expect(readFails(utf8(page), 'd.html').code).toBe('empty');
  });

  it('more than 20 MB is too large; exactly 20 MB is read', () => {
    const big = new Uint8Array(MAX_REPORT_BYTES + 1).fill(0x61);
    expect(readFails(big, 'big.txt').code).toBe('tooLarge');
    const limit = readReportBytes(big.subarray(0, MAX_REPORT_BYTES), 'limit.txt');
    expect(limit.ok).toBe(true);
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]],
    ['GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
    ['zip that is not DOCX', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]],
    ['legacy .doc (OLE2)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]],
  ])('%s is binary, whatever its name', (_kind, magic) => {
    const error = readFails(bytes(magic, '一、本年新收政府信息公开申请数量 0 0 0'), 'report.txt');
    expect(error.code).toBe('binary');
  });

  it('NUL bytes or many control characters mean binary', () => {
    expect(readFails(bytes('年度报告', [0, 0, 1, 2], '正文'), 'nul.txt').code).toBe('binary');
    const control = new Uint8Array(2000);
    for (let i = 0; i < control.length; i++) control[i] = i % 5 === 0 ? 0x07 : 0x41;
    expect(readFails(control, 'ctl.txt').code).toBe('binary');
  });

  it('random junk is binary', () => {
    let seed = 7;
    const junk = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    expect(readFails(junk, 'junk.bin').code).toBe('binary');
  });

  it('trailing NUL padding and form feeds do not make text binary', () => {
    const text = readOk(bytes('第一页\f第二页', [0, 0, 0]), 'padded.txt');
    expect(text.text).toContain('第二页');
  });

  it('a scanned PDF needs OCR; a PDF with text is named as unsupported', () => {
    expect(readFails(pdf('scan'), 'scan.pdf').code).toBe('needsOcr');
    expect(readFails(pdf('text'), 'text.pdf').code).toBe('unreadable');
    expect(readFails(pdf('text', true), 'objstm.pdf').code).toBe('unreadable');
  });

  it('a DOCX name on text bytes is read as text (content decides)', () => {
    const value = readOk(fixture('seed-bacun-2023.gbk.txt'), 'renamed.docx');
    expect(value.text).toContain('巴村镇人民政府');
  });

  it('a damaged DOCX is unreadable', () => {
    const broken = bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml', new Uint8Array(64));
    expect(readFails(broken, 'broken.docx').code).toBe('unreadable');
  });
});
