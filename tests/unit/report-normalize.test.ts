import { describe, expect, it } from 'vitest';
import { compactLabel, normalizeText } from '@/lib/report/normalize';

describe('normalizeText', () => {
  it('unifies line ends and drops the BOM and invisible characters', () => {
    expect(normalizeText('\ufeff一、总体情况\r\n二\r三\u200b')).toBe('一、总体情况\n二\n三');
  });

  it('removes Tika bookmark/hyperlink markers (L13)', () => {
    expect(normalizeText('[bookmark: _Hlk66973412]一、本年新收[hyperlink: http://x.cn]')).toBe(
      '一、本年新收',
    );
  });

  it("removes Word's conditional comments (011.txt)", () => {
    expect(normalizeText('<!--[if !supportLists]-->1.<!--[endif]-->加强领导')).toBe('1.加强领导');
  });

  it('removes mirror pinyin after CJK only when toned (L15)', () => {
    expect(normalizeText('國(guó)辦公開(kāi)辦函〔2021〕30號(hào)')).toBe(
      '国办公开办函〔2021〕30号',
    );
    expect(normalizeText('关注微信(wechat)公众号')).toBe('关注微信(wechat)公众号');
  });

  it('applies NFKC but keeps 〔〕', () => {
    expect(normalizeText('（一）１２３．５　ＡＢ〔2019〕')).toBe('(一)123.5 AB〔2019〕');
  });

  it('converts traditional characters to simplified', () => {
    expect(normalizeText('開平市農業農村局政府信息公開工作年度報告：行政復議、行政訴訟')).toBe(
      '开平市农业农村局政府信息公开工作年度报告:行政复议、行政诉讼',
    );
  });

  it('leaves a simplified text with a stray variant character alone', () => {
    const s = '本报告依据著作权法编制，乾坤未定。';
    expect(normalizeText(s)).toBe('本报告依据著作权法编制,乾坤未定。');
  });

  it('drops page-number lines (L7)', () => {
    expect(normalizeText('行政处罚 1\n- 4 -\n — 12 — \n第 3 页 共 9 页\n行政强制 2')).toBe(
      '行政处罚 1\n行政强制 2',
    );
  });

  it('keeps tabs, including leading empty cells', () => {
    expect(normalizeText('\t\t1.属于国家秘密\t0\t\t')).toBe('\t\t1.属于国家秘密\t0\t\t');
  });

  it('is fast enough for thousands of reports per second', () => {
    const text = '二、主动公开政府信息情况 规章 0 0 0 行政规范性文件 1 2 3\n'.repeat(200);
    normalizeText(text);
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) normalizeText(text);
    expect((performance.now() - t0) / 50).toBeLessThan(5);
  });
});

describe('compactLabel', () => {
  it('removes all whitespace and unifies quotes', () => {
    expect(compactLabel('3.危及“三安全 一稳定”\n')).toBe('3.危及"三安全一稳定"');
    expect(compactLabel('三、本\n年\n度 办 理结果')).toBe('三、本年度办理结果');
  });
});
