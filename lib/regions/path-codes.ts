// The four region columns of a stored report (province, city, county, township), from the deepest code the
// resolver settled on. Taken from the code's prefixes that are real divisions rather than from the names the
// resolver matched: a county-level city directly under its province (新星市 659011, 济源市 419001) sits under
// the gazetteer's placeholder city 自治区直辖县级行政区划 (6590) / 省直辖县级行政区划 (4190), which no report
// names. Without it those reports would count as the province's own departments and the placeholder city's
// page would be empty.
import type { RegionResolution } from '../report/types';
import { getGazetteer } from './gazetteer';

export type PathCodes = [province: string | null, city: string | null, county: string | null, township: string | null];

let known: Set<string> | null = null;

export function regionPathCodes(region: RegionResolution): PathCodes {
  const code =
    region.code ?? region.township?.code ?? region.county?.code ?? region.city?.code ?? region.province?.code ?? null;
  if (!code) return [null, null, null, null];
  known ??= new Set(getGazetteer().map((g) => g.code));
  const at = (n: number) => (code.length >= n && known!.has(code.slice(0, n)) ? code.slice(0, n) : null);
  return [at(2), at(4), at(6), at(9)];
}
