import { describe, expect, it } from 'vitest';
import { parseNarrative } from '@/lib/report/narrative';
import { splitSections } from '@/lib/report/sections';
import { corpusText } from './helpers/corpus-text';

function narrative(text: string) {
  return parseNarrative(text, splitSections(text));
}
const values = (text: string) =>
  Object.fromEntries(Object.entries(narrative(text)).map(([k, v]) => [k, v.value]));

describe('parseNarrative', () => {
  it('reads the summary figures of a city report, across PDF line breaks', () => {
    expect(values(corpusText('001.txt'))).toMatchObject({
      'applications.received': 3119,
      'applications.closed': 3050,
      'applications.carriedForward': 103,
      'review.count': 351,
      'litigation.count': 46,
      'fees.infoProcessing.collectedYuan': 3940,
    });
  });

  it('reads 收到70件申请 / 办结69件 / 1件结转下年度', () => {
    expect(values(corpusText('005.txt'))).toMatchObject({
      'applications.received': 70,
      'applications.closed': 69,
      'applications.carriedForward': 1,
      'fees.infoProcessing.collectedYuan': 0,
    });
  });

  it('takes 未收到…申请 and 未发生…复议…诉讼 as stated zeros, with the sentence', () => {
    const n = narrative(corpusText('seed-bodang-2022.txt'));
    expect(n['applications.received'].value).toBe(0);
    expect(n['applications.received'].sentence).toContain('未收到依申请公开政府信息申请');
    expect(n['review.count'].value).toBe(0);
    expect(n['litigation.count'].value).toBe(0);
    expect(n['fees.infoProcessing.noticesCount'].value).toBe(0);
    expect(n['fees.infoProcessing.noticesAmountYuan'].value).toBe(0);
  });

  it('reads Chinese numerals', () => {
    expect(values('2022年,共收到政府信息公开申请十二件,办结十二件。行政复议两件。')).toMatchObject({
      'applications.received': 12,
      'applications.closed': 12,
      'review.count': 2,
    });
  });

  it('is conservative: estimates, table headers and other kinds of cases are not figures', () => {
    const v = values(
      '全年主动公开政府信息7700余条。\n未经复议直接起诉\n共收到15564件咨询投诉件,已办结15042件。',
    );
    expect(v).toEqual({});
  });

  it('does not read a review count from 行政复议、行政诉讼 in a list of section names', () => {
    const v = values('本报告由总体情况、政府信息公开行政复议、行政诉讼情况等六个部分组成。');
    expect(v['review.count']).toBeUndefined();
  });

  it('reads the amount of the notices from its own clause', () => {
    expect(
      values('2023年,共发出信息处理费收费通知1件,总金额100元,实际收取信息处理费0元。'),
    ).toEqual({
      'fees.infoProcessing.noticesCount': 1,
      'fees.infoProcessing.noticesAmountYuan': 100,
      'fees.infoProcessing.collectedYuan': 0,
    });
  });

  it('reads fee notices and amounts', () => {
    expect(values('本年度发出收费通知3件,收费通知总金额300元,实际收取信息处理费200元。')).toEqual({
      'fees.infoProcessing.noticesCount': 3,
      'fees.infoProcessing.noticesAmountYuan': 300,
      'fees.infoProcessing.collectedYuan': 200,
    });
  });
});
