import { describe, expect, it } from 'vitest';
import { getGazetteer } from '@/lib/regions/resolve';

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
