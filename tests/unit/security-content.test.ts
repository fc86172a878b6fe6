// Hostile content helpers: display text, upload names and bodies, CSV cells, security headers.
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';
import { contentSecurityPolicy, isDownloadPath, isFrameablePath, securityHeaders } from '@/lib/security/headers';
import { clipText, inertLine, inertText } from '@/lib/security/text';
import { readLimitedBody, safeUploadName, uploadedFiles } from '@/lib/security/upload';
import { parseView } from '@/lib/view';

describe('display text', () => {
  it('drops control, bidi-override and invisible characters, keeps Chinese and newlines', () => {
    expect(inertText('柴胡店镇\u202Etxt.exe\u202C')).toBe('柴胡店镇txt.exe');
    expect(inertText('a\u0000b\u0007c\u001b[31md\u009be')).toBe('abc[31mde');
    expect(inertText('第一行\r\n第二行\t表')).toBe('第一行\n第二行\t表');
    expect(inertText('x\u200By\u2066z\u2069\uFEFF')).toBe('xyz');
    expect(inertText('\uD800lone')).toBe('\uFFFDlone');
    expect(inertLine('甲\n乙\t丙')).toBe('甲 乙 丙');
  });
  it('clips huge text and says how much was left out', () => {
    const clipped = clipText('字'.repeat(1000), 10);
    expect(clipped.startsWith('字'.repeat(10))).toBe(true);
    expect(clipped).toContain('990');
  });
  it('keeps markup as text (React escapes it); only invisible characters go', () => {
    expect(inertText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

describe('CSV cells', () => {
  it('neutralises formulas (= + - @, tab, CR) and quotes everything', () => {
    const csv = toCsv(['a'], [['=HYPERLINK("http://x","y")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\t=1'], ['正常']]);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(1, 6)).toEqual([`"'=HYPERLINK(""http://x"",""y"")"`, `"'+1"`, `"'-2+3"`, `"'@SUM(A1)"`, `"'\t=1"`]);
    expect(lines[6]).toBe('"正常"');
  });
});

describe('upload names and bodies', () => {
  it('keeps only a safe base name; never a path', () => {
    expect(safeUploadName('../../etc/passwd', 0)).toBe('passwd');
    expect(safeUploadName('C:\\Windows\\system.ini', 0)).toBe('system');
    expect(safeUploadName('报告\u202Ecod.exe', 0)).toBe('报告cod');
    expect(safeUploadName('2023年柴胡店镇年报.HTML', 0)).toBe('2023年柴胡店镇年报.html');
    expect(safeUploadName('..', 2)).toBe('上传文件-3');
    expect(safeUploadName('a<b>"c\'|;.txt', 0)).toBe('a_b__c___.txt');
    expect(safeUploadName('x'.repeat(500) + '.txt', 0).length).toBeLessThanOrEqual(84);
  });
  it('stops reading a body past the request limit, even without Content-Length', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request('http://x/', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    const result = await readLimitedBody(request, 10 * 1024);
    expect(result).toMatchObject({ status: 413 });
  });
  it('refuses a declared oversize body before reading it', async () => {
    const request = new Request('http://x/', { method: 'POST', body: 'x', headers: { 'content-length': String(200 * 1048576) } });
    expect(await readLimitedBody(request)).toMatchObject({ status: 413 });
  });
  it('reads files from multipart, judging each file’s size', async () => {
    const form = new FormData();
    form.append('files', new File(['甲'], '../a.txt'));
    form.append('files', new File([new Uint8Array(21 * 1048576)], 'big.txt'));
    form.append('files', new File([''], 'empty.txt'));
    const request = new Request('http://x/', { method: 'POST', body: form });
    const body = new Uint8Array(await request.arrayBuffer());
    const files = await uploadedFiles(body, request.headers.get('content-type'));
    expect(Array.isArray(files)).toBe(true);
    if (!Array.isArray(files)) return;
    expect(files.map((f) => [f.name, f.bytes?.length ?? null, Boolean(f.error)])).toEqual([
      ['a.txt', 3, false],
      ['big.txt', null, true],
      ['empty.txt', null, true],
    ]);
    expect(await uploadedFiles(body, 'text/plain')).toMatchObject({ status: 415 });
    expect(await uploadedFiles(new TextEncoder().encode('--x\r\nbroken'), 'multipart/form-data; boundary=x')).toMatchObject({ status: 400 });
  });
});

describe('security headers', () => {
  it('allows scripts only with the nonce, frames only for embeds', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc', frameable: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ nonce: 'abc', frameable: true, https: true })).toContain('frame-ancestors *');
    expect(isFrameablePath('/embed/applications.new')).toBe(true);
    expect(isFrameablePath('/embedded')).toBe(false);
    const h = securityHeaders({ nonce: 'n', frameable: false, https: false });
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(isDownloadPath('/reports/12/source')).toBe(true);
    expect(securityHeaders({ nonce: 'n', frameable: false, https: false, download: true })['content-security-policy']).toContain('sandbox');
  });
});

describe('search parameter', () => {
  it('drops NUL and bidi characters instead of passing them to the database', () => {
    expect(parseView(new URLSearchParams('q=%00柴胡店%E2%80%AE')).q).toBe('柴胡店');
  });
});
