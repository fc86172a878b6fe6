import { describe, expect, it } from 'vitest';
import { parseLegacy } from '@/lib/report/legacy';
import { pairReadings } from '@/lib/report/legacy-table';
import { corpusText } from './helpers/corpus-text';

const values = (text: string) =>
  Object.fromEntries(Object.entries(parseLegacy(text)).map(([k, v]) => [k, v.value]));

describe('parseLegacy', () => {
  it('splits glued this-year | cumulative values, the prose deciding (010: 206912106)', () => {
    const v = values(corpusText('010.txt'));
    expect(v['legacy.proactive.count']).toBe(2069);
    expect(v['legacy.proactive.count.cumulative']).toBe(12106);
    expect(v['legacy.proactive.viaWebsite']).toBe(2069);
    expect(v['legacy.applications.received']).toBe(0);
    expect(v['legacy.replies.partiallyGranted']).toBe(0);
    expect(v['legacy.review.count']).toBe(0);
    expect(v['legacy.litigation.count']).toBe(0);
  });

  it('uses parts summing to their total where the prose does not decide (013)', () => {
    const v = values(corpusText('013.txt'));
    expect(v['legacy.proactive.count']).toBe(425);
    expect(v['legacy.proactive.count.cumulative']).toBe(1516);
    expect(v['legacy.proactive.viaWebsite']).toBe(418);
    expect(v['legacy.proactive.viaWebsite.cumulative']).toBe(1509);
    expect(v['legacy.proactive.viaGazette']).toBe(7);
  });

  it('keeps the line each figure came from', () => {
    const f = parseLegacy(corpusText('011.txt'));
    expect(f['legacy.proactive.count'].sentence).toContain('346085376');
    expect(f['legacy.fees.amountYuan'].value).toBe(0);
  });

  it('leaves out a row no rule can split, rather than guessing', () => {
    const v = values('指标名称计量单位2016年度历年累计主动公开信息数条18535395受理申请数条00');
    expect(v['legacy.proactive.count']).toBeUndefined();
    expect(v['legacy.applications.received']).toBe(0);
    const withProse = values(
      '2016年主动公开政府信息1853条。\n指标名称计量单位2016年度历年累计主动公开信息数条18535395',
    );
    expect(withProse['legacy.proactive.count']).toBe(1853);
    expect(withProse['legacy.proactive.count.cumulative']).toBe(5395);
  });

  it('reads prose-only reports (035)', () => {
    expect(values(corpusText('035.txt'))).toMatchObject({
      'legacy.proactive.count': 22,
      'legacy.applications.received': 0,
      'legacy.review.count': 0,
      'legacy.litigation.count': 0,
    });
  });

  it('pairReadings keeps cumulative ≥ this year and no leading zeros', () => {
    expect(pairReadings('00')).toEqual([[0, 0]]);
    expect(pairReadings('77')).toEqual([[7, 7]]);
    expect(pairReadings('1853 5395')).toEqual([[1853, 5395]]);
    expect(pairReadings('4251516')).toEqual([
      [4, 251516],
      [42, 51516],
      [425, 1516],
    ]);
  });
});
