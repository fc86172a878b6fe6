import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '@/lib/ingest/decode';
import { corpusBytes, fixture, readFails, readOk, utf8 } from './helpers/read';

// One real report (巴村镇 2023) in every encoding it can arrive in must read to the same text.
const seed = new TextDecoder().decode(fixture('seed-bacun-2023.utf8.txt'));

describe('readReportBytes: encodings', () => {
  it.each([
    ['seed-bacun-2023.utf8.txt', 'UTF-8'],
    ['seed-bacun-2023.utf8-bom.txt', 'UTF-8 with BOM'],
    ['seed-bacun-2023.gbk.txt', 'GBK'],
    ['seed-bacun-2023.utf16le.txt', 'UTF-16LE with BOM'],
    ['seed-bacun-2023.utf16be.txt', 'UTF-16BE with BOM'],
  ])('%s (%s) reads to the original text', (name) => {
    const { text } = readOk(fixture(name), name);
    expect(text).toBe(seed);
    expect(text).toContain('一、本年新收政府信息公开申请数量');
  });

  it('GB18030 characters outside GBK survive', () => {
    const text = `${seed}\n㐀䶵 𠀀 €`;
    const { text: back } = readOk(new Uint8Array(iconv.encode(text, 'gb18030')));
    expect(back).toBe(text);
  });

  it('a UTF-8 file cut in the middle of a character is still UTF-8', () => {
    const whole = utf8(seed);
    // End inside the three bytes of a CJK character.
    let cut = whole.length - 1;
    while ((whole[cut] & 0xc0) !== 0x80) cut--;
    const { text } = readOk(whole.subarray(0, cut));
    expect(seed.startsWith(text)).toBe(true);
    expect(text.length).toBeGreaterThan(seed.length - 3);
    expect(text).not.toContain('\ufffd');
  });

  it('a few damaged bytes in a long UTF-8 file do not turn it into GBK', () => {
    const bytes = utf8(seed);
    bytes[100] = 0xff;
    const decoded = decodeBytes(bytes);
    expect(decoded.ok && decoded.encoding).toBe('utf-8');
  });

  it('bytes that are neither UTF-8 nor GB18030 are an encoding error', () => {
    const junk = new Uint8Array(400);
    for (let i = 0; i < junk.length; i++) junk[i] = i % 2 ? 0x80 : 0xff;
    const error = readFails(junk, 'junk.txt');
    expect(error.code).toBe('encoding');
  });

  it('HTML declaring charset=gb2312 is decoded as GBK', () => {
    const { text, hints } = readOk(fixture('pingtan-2019-tables.gbk.html'), 'page.htm');
    expect(text).toContain('二、主动公开政府信息情况');
    expect(hints.title).toBe('平潭综合实验区2019年度政府信息公开工作年度报告');
  });

  it('a page saved as UTF-8 that still says charset=gbk is read as UTF-8', () => {
    const html = `<html><head><meta charset="gbk"><title>年度报告</title></head><body><p>${seed.slice(0, 400)}</p></body></html>`;
    const { text } = readOk(utf8(html), 'saved.html');
    expect(text).toContain('巴村镇人民政府');
  });

  it('the GBK and UTF-8 copies of a corpus page give the same text', () => {
    const original = new TextDecoder().decode(corpusBytes('pingtan-2019.html'));
    const gbk = original.replace('charset="utf-8"', 'charset="gbk"');
    const a = readOk(utf8(original), 'a.html');
    const b = readOk(new Uint8Array(iconv.encode(gbk, 'gb18030')), 'b.html');
    expect(b.text).toBe(a.text);
  });
});
