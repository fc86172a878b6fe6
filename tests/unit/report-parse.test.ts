import { describe, expect, it } from 'vitest';
import { PARSER_VERSION, failedReport, parseReport } from '@/lib/report/parse';
import { GOV2021_KEYS } from '@/lib/report/keys';

const ctx = { today: '2026-06-30' };
const file = { path: 'x.txt', sha256: 'abc' };

describe('parseReport', () => {
  it('returns every key of the template and nothing else', () => {
    const r = parseReport(
      { text: 'XX镇2022年政府信息公开工作年度报告\n本年制发件数\n规章 1 0 2', hints: {} },
      ctx,
      file,
    );
    expect(r.meta.template).toBe('gov2021');
    expect(Object.keys(r.cells)).toEqual([...GOV2021_KEYS]);
    expect(r.cells['active.regulations.inForce']).toBe(2);
    expect(r.parserVersion).toBe(PARSER_VERSION);
    expect(r.file).toBe('x.txt');
    expect(r.sha256).toBe('abc');
  });

  it('has no cells for other templates', () => {
    const text =
      'XX县2016年政府信息公开工作年度报告\n一、概述\n本年度，我县认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息1853条。';
    const r = parseReport({ text, hints: {} }, ctx, file);
    expect(r.meta.template).toBe('legacyProse');
    expect(r.cells).toEqual({});
  });

  it('reports an empty text as an error value', () => {
    const r = parseReport({ text: ' \n\t ', hints: {} }, ctx, file);
    expect(r.error?.code).toBe('empty');
    expect(r.meta.template).toBe('unknown');
  });

  it('never throws, even on nonsense input', () => {
    const bad = [
      '\u0000\u0001\uFFFD'.repeat(1000),
      '本年制发件数'.repeat(500) + '9'.repeat(5000),
      '本年新收' +
        '1'.repeat(200) +
        '（七）总计' +
        '2'.repeat(300) +
        '维持行政复议' +
        '3'.repeat(400),
      '|'.repeat(10000),
      '\t'.repeat(10000) + '本年制发件数',
    ];
    for (const text of bad) expect(() => parseReport({ text, hints: {} }, ctx, file)).not.toThrow();
    // @ts-expect-error: callers outside TypeScript may hand in anything
    expect(parseReport({ text: null, hints: null }, ctx, file).error?.code).toBe('empty');
  });
});

describe('failedReport', () => {
  it('has all-null meta, unknown template, unresolved region and no cells', () => {
    const r = failedReport(file, { code: 'binary', message: '不是文本文件' });
    expect(r.error).toEqual({ code: 'binary', message: '不是文本文件' });
    expect(r.meta).toMatchObject({
      title: null,
      issuer: null,
      year: null,
      publishedOn: null,
      template: 'unknown',
    });
    expect(r.meta.region).toMatchObject({ status: 'unresolved', code: null, candidates: [] });
    expect(r.cells).toEqual({});
    expect(r.legacy).toBeNull();
    expect(r.sections.overview).toBeNull();
  });
});

describe('a 2021 report printed under the 2019 proactive captions', () => {
  it('keeps the run-together figures for review and raises C2 instead of reading 89741888 licensing decisions', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('samples/reports/pingtan-shs-2021.txt', 'utf8');
    const r = parseReport({ text, hints: {} }, { today: '2026-11-23' }, { path: 'shs-2021.txt', sha256: 'x' });
    expect(r.meta.template).toBe('gov2021');
    expect(r.cells['active.licensing.decisions']).toBeNull();
    expect(r.cellNotes['active.licensing.decisions']).toEqual({ raw: '89741888', state: 'needsReview' });
    expect(r.cells['active.coercion.decisions']).toBe(0);
    expect(r.findings.map((f) => f.rule)).toContain('C2-format');
  });
});
