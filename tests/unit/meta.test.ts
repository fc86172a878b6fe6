import { describe, expect, it } from 'vitest';
import { parseMeta } from '@/lib/report/meta';
import { findDate, publicationDate } from '@/lib/report/meta-date';
import { levelOfIssuer } from '@/lib/report/meta-level';
import { issuerFromTitle, parseTitle } from '@/lib/report/meta-title';
import { parseYear } from '@/lib/report/meta-year';
import { parseCnNumber } from '@/lib/report/cn-numerals';

const ctx = { today: '2026-06-01' };

describe('dates', () => {
  it('reads Arabic, dashed and Chinese-numeral dates', () => {
    expect(findDate('2023年1月29日')).toBe('2023-01-29');
    expect(findDate('发布时间: 2022-02-08 10:00')).toBe('2022-02-08');
    expect(findDate('二〇二三年一月二十九日')).toBe('2023-01-29');
    expect(findDate('二0二一年十二月三十一日')).toBe('2021-12-31');
  });
  it('never reads a glued or impossible date', () => {
    expect(findDate('202419日')).toBeNull();
    expect(findDate('2021926')).toBeNull();
    expect(findDate('2023年2月30日')).toBeNull();
    expect(findDate('自201911日起至20191231日止')).toBeNull();
  });
  it('prefers the page header to the signature, and says where the date came from', () => {
    const text =
      '标题: 某镇2018年报告\n发布时间: 2019-01-18 10:00\n正文\n某镇人民政府\n2018年12月31日';
    expect(publicationDate(text, null)).toEqual({ date: '2019-01-18', source: 'header' });
    expect(publicationDate('正文\n某镇人民政府\n2023年1月29日\n', null)).toEqual({
      date: '2023-01-29',
      source: 'signature',
    });
    expect(publicationDate('正文', '2024-01-02')).toEqual({ date: '2024-01-02', source: 'hint' });
  });
  it('does not take a date from the body as the publication date', () => {
    expect(
      publicationDate('一、总体情况\n2023年3月5日召开会议。\n'.repeat(30) + '结束', null),
    ).toBeNull();
  });
});

describe('title, issuer, year, level', () => {
  it('takes the crawler header title, else the first title-like line, joining broken titles', () => {
    expect(
      parseTitle('标题: 平潭综合实验区2021年度政府信息公开工作年度报告\n发布时间: x', null),
    ).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
    expect(parseTitle('淮安市人民政府\n2024 年政府信息公开工作年度报告\n本报告由…', null)).toBe(
      '淮安市人民政府2024年政府信息公开工作年度报告',
    );
    expect(parseTitle('吴村镇2022年度政府信息公开工作\n年度报告\n在区委…', null)).toBe(
      '吴村镇2022年度政府信息公开工作年度报告',
    );
    expect(
      parseTitle(
        '首页 > 政务公开 > 年度报告\n# 巴村镇人民政府 2023 年政府信息公开工作年度报告',
        null,
      ),
    ).toBe('巴村镇人民政府2023年政府信息公开工作年度报告');
  });
  it('finds the issuer before or after the year in a title', () => {
    expect(issuerFromTitle('滕州市柴胡店镇2022年政府信息公开工作年度报告')).toBe('滕州市柴胡店镇');
    expect(issuerFromTitle('2016年龙归镇政府信息公开年度报告')).toBe('龙归镇');
    expect(issuerFromTitle('2022年度螅镇政府信息公开工作年度报告')).toBe('螅镇');
    expect(issuerFromTitle('政府信息公开工作年度报告')).toBeNull();
  });
  it('takes the year from the title, else the statistical period, never a document number', () => {
    expect(parseYear('某镇2022年政府信息公开工作年度报告', '2023年1月')).toBe(2022);
    expect(
      parseYear(
        null,
        '根据国办公开办函〔2021〕30号…本报告统计期限自2023年1月1日起至2023年12月31日止',
      ),
    ).toBe(2023);
    expect(parseYear(null, '依据〔2019〕60号。2020年,我镇…2020年以来…')).toBe(2020);
  });
  it('gives the issuer level', () => {
    expect(levelOfIssuer('柴胡店镇人民政府', '')).toBe('township');
    expect(levelOfIssuer('新华街道办事处', '')).toBe('township');
    expect(levelOfIssuer('平潭县人民政府', '')).toBe('county');
    expect(levelOfIssuer('淮安市人民政府', '')).toBe('city');
    expect(levelOfIssuer('滕州市人民政府', '')).toBe('county');
    expect(levelOfIssuer('福建省人民政府', '')).toBe('province');
    expect(levelOfIssuer('威海市文登区信访局', '')).toBe('department');
    expect(levelOfIssuer('平潭综合实验区管委会办公室', '')).toBe('department');
    expect(levelOfIssuer(null, '我镇认真落实。我镇公开…')).toBe('township');
    expect(levelOfIssuer(null, '我局认真落实')).toBe('department');
    expect(levelOfIssuer(null, '')).toBe('other');
  });
  it('reads Chinese counts', () => {
    expect(parseCnNumber('两')).toBe(2);
    expect(parseCnNumber('十二')).toBe(12);
    expect(parseCnNumber('一百零五')).toBe(105);
    expect(parseCnNumber('二十')).toBe(20);
  });
});

describe('parseMeta', () => {
  it('uses hints when the text has no title or date', () => {
    const m = parseMeta(
      '一、总体情况\n2022年,我镇…',
      { title: '某某镇2022年政府信息公开工作年度报告', publishedOn: '2023-01-20' },
      ctx,
    );
    expect(m.title).toBe('某某镇2022年政府信息公开工作年度报告');
    expect(m.year).toBe(2022);
    expect(m.publishedOn).toBe('2023-01-20');
  });
  it('a region hint wins', () => {
    const m = parseMeta(
      '吴村镇2022年度政府信息公开工作年度报告\n…',
      {},
      { ...ctx, regionHint: '410782106' },
    );
    expect(m.region.code).toBe('410782106');
  });
});
