import { describe, expect, it } from 'vitest';
import { crawlerHeaderHints, isoDate } from '@/lib/ingest/hints';
import { corpusBytes, readOk, utf8 } from './helpers/read';

describe('readReportBytes: text files', () => {
  it('keeps the text as it is (the parser normalises)', () => {
    const raw = corpusBytes('seed-chaihudian-2022.txt');
    const { text, hints } = readOk(raw, 'seed-chaihudian-2022.txt');
    expect(text).toBe(new TextDecoder().decode(raw));
    expect(hints).toEqual({});
  });

  it('takes the crawler header (标题/发布时间/原文链接) as hints', () => {
    const { hints } = readOk(corpusBytes('003.txt'), '003.txt');
    expect(hints).toEqual({
      title: '平潭综合实验区2019年度政府信息公开工作年度报告',
      publishedOn: '2020-01-20',
      sourceUrl: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202001/t20200120_80576.htm',
    });
  });

  it('full-width colons and Chinese dates in the header', () => {
    expect(crawlerHeaderHints('标题：某镇年度报告\n发布时间：2023年1月29日\n正文')).toEqual({
      title: '某镇年度报告',
      publishedOn: '2023-01-29',
    });
  });

  it('a 标题 line deep inside the body is not a header', () => {
    const body = `${'正文。\n'.repeat(30)}标题：不是页眉\n`;
    expect(crawlerHeaderHints(body)).toEqual({});
  });

  it('markdown and text with angle brackets stay text', () => {
    const md = '# 某镇2022年政府信息公开工作年度报告\n\n收到申请 <5 件，> 上年。\n| 规章 | 0 |';
    expect(readOk(utf8(md), 'r.md').text).toBe(md);
  });
});

describe('isoDate', () => {
  it.each([
    ['2020-01-20 15:22', '2020-01-20'],
    ['2020/1/5', '2020-01-05'],
    ['2021年2月3日', '2021-02-03'],
    ['２０２１年２月３日', '2021-02-03'],
    ['2019.12.31', '2019-12-31'],
    ['20200120', '2020-01-20'],
    ['2021-02-30', null],
    ['发布机构', null],
  ])('%s → %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});
