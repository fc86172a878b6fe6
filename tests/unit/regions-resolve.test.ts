import { describe, expect, it } from 'vitest';
import { resolveRegion } from '@/lib/regions/resolve';

const none = { issuer: null, title: null, text: '' };

describe('resolveRegion', () => {
  it('uses the county named in the title (滕州市柴胡店镇)', () => {
    const r = resolveRegion({
      issuer: '柴胡店镇人民政府',
      title: '滕州市柴胡店镇2022年政府信息公开工作年度报告',
      text: '',
    });
    expect(r.status).toBe('resolved');
    expect(r.code).toBe('370481111');
    expect(r.county).toEqual({ code: '370481', name: '滕州市' });
    expect(r.city).toEqual({ code: '3704', name: '枣庄市' });
    expect(r.province?.name).toBe('山东省');
  });

  it('stays ambiguous when a township name exists in several places', () => {
    const r = resolveRegion({ ...none, title: '吴村镇2022年度政府信息公开工作年度报告' });
    expect(r.status).toBe('ambiguous');
    expect(r.code).toBeNull();
    expect(r.candidates.length).toBe(4);
    expect(r.candidates.map((c) => c.path)).toContain('山西省/临汾市/尧都区/吴村镇');
  });

  it('narrows candidates by 区委/县委 wording, but does not decide on nothing', () => {
    const r = resolveRegion({ ...none, issuer: '吴村镇', text: '在区委、区政府的正确领导下' });
    expect(r.status).toBe('ambiguous');
    expect(r.candidates.map((c) => c.code).sort()).toEqual(['141002106', '361103114']);
  });

  it('uses a province named in a cited law', () => {
    const r = resolveRegion({
      ...none,
      issuer: '龙归镇人民政府',
      text: '按照《广东省政务公开条例》要求',
    });
    expect(r.code).toBe('440203102');
  });

  it('resolves unique names and tolerates 人民政府/办事处 suffixes', () => {
    expect(resolveRegion({ ...none, issuer: '巴村镇人民政府' }).code).toBe('411623106');
    expect(resolveRegion({ ...none, issuer: '府店镇人民政府' }).code).toBe('410307107');
    expect(
      resolveRegion({ ...none, title: '民权县伯党乡人民政府2022年政府信息公开工作年度报告' }).code,
    ).toBe('411421200');
    expect(resolveRegion({ ...none, issuer: '驼峰路街道办事处' }).code).toBe('610802005');
  });

  it('a township whose 乡 became 镇 is still found by its stem', () => {
    const r = resolveRegion({ ...none, issuer: '湖口县大垅乡' });
    expect(r.status).toBe('resolved');
    expect(r.county?.name).toBe('湖口县');
  });

  it('resolves departments to their county or city', () => {
    expect(resolveRegion({ ...none, issuer: '威海市文登区信访局' }).code).toBe('371003');
    expect(resolveRegion({ ...none, issuer: '平潭综合实验区交通与建设局' }).code).toBe('350128');
    const city = resolveRegion({ ...none, issuer: '淮安市人民政府' });
    expect(city.code).toBe('3208');
    expect(city.county).toBeNull();
  });

  it('names the city of a municipality after the municipality, not 市辖区', () => {
    const r = resolveRegion({ ...none, issuer: '北京市东城区东华门街道办事处' });
    expect(r.code).toBe('110101001');
    expect(r.city).toEqual({ code: '1101', name: '北京市' });
  });

  it('gives no city for provincially administered counties', () => {
    const r = resolveRegion({ ...none, issuer: '济源市人民政府' });
    expect(r.status).toBe('resolved');
    expect(r.city).toBeNull();
    expect(r.province?.name).toBe('河南省');
  });

  it('a hint code wins, 12-digit codes are cut to 9', () => {
    expect(resolveRegion({ ...none, issuer: '吴村镇', hint: '370881101' }).code).toBe('370881101');
    expect(resolveRegion({ ...none, hint: '370481111000' }).code).toBe('370481111');
  });

  it('is unresolved when nothing matches', () => {
    expect(resolveRegion({ ...none, text: '我镇认真贯彻落实' }).status).toBe('unresolved');
    expect(resolveRegion({ ...none, issuer: '审计局' }).status).toBe('unresolved');
  });
});
