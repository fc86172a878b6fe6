import { describe, expect, it } from 'vitest';
import { splitSections } from '@/lib/report/sections';
import { corpusText } from './helpers/corpus-text';

describe('splitSections', () => {
  it('finds the six sections of a 2021-format report', () => {
    const s = splitSections(corpusText('seed-chaihudian-2022.txt'));
    for (const v of Object.values(s)) expect(v).not.toBeNull();
    expect(s.other).toContain('未收取');
  });

  it('does not take the table row 四、结转下年度继续办理 for section 四', () => {
    const text = [
      '一、总体情况',
      '概况。',
      '三、收到和处理政府信息公开申请情况',
      '四、结转下年度继续办理\t0\t0',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 0',
    ].join('\n');
    const s = splitSections(text);
    expect(s.applications).toContain('结转下年度继续办理');
    expect(s.reviewLitigation).toBe('行政复议 0');
  });

  it('reads a report run into one paragraph and a pre-2019 report (一、概述)', () => {
    const s = splitSections(corpusText('010.txt'));
    expect(s.overview).toMatch(/^2018年以来/);
    expect(s.applications).toContain('未收到');
    expect(s.reviewLitigation).toContain('未收到');
  });

  it('ignores the list of section names in an introduction', () => {
    const s = splitSections(corpusText('026.txt'));
    expect(s.overview).toMatch(/^本报告是根据/);
    expect(s.proactive).toMatch(/^该部分以表格形式报告/);
  });

  it('accepts loose titles: 1、 numbering, typo 行政法复议, 基本概况', () => {
    const s = splitSections(
      '1、 总体情况\n甲\n二、行政机关主动公开政府信息情况\n乙\n四、因政府信息公开工作被申请行政法复议、提起行政诉讼情况\n丙',
    );
    expect(s.overview).toBe('甲');
    expect(s.proactive).toBe('乙');
    expect(s.reviewLitigation).toBe('丙');
    expect(s.applications).toBeNull();
    expect(splitSections('一、政府信息公开工作的基本概况\n丁').overview).toBe('丁');
  });

  it('keeps parenthesised sub-headings of 总体情况 inside it', () => {
    const s = splitSections(
      '一、总体情况\n(一)主动公开政府信息情况\n甲\n二、主动公开政府信息情况\n乙',
    );
    expect(s.overview).toContain('(一)主动公开政府信息情况');
    expect(s.proactive).toBe('乙');
  });
});
