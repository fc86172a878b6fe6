// Turns gazetteer entries into the RegionResolution of parse-output.md.
import type { RegionRef, RegionResolution } from '../report/types';
import type { GazetteerEntry } from './gazetteer';
import { ancestry } from './index';
import { isPlaceholderName } from './names';

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** The placeholder "city" of a municipality (北京市/市辖区) is shown under the municipality's name, so
 * pages read 北京市/北京市/东城区 rather than 市辖区; the placeholder of provincially administered
 * counties (省直辖县级行政区划) is no city at all. */
function cityRef(city: GazetteerEntry, province: GazetteerEntry | undefined): RegionRef | null {
  if (!isPlaceholderName(city.name)) return { code: city.code, name: city.name };
  if (province && MUNICIPALITIES.has(province.code))
    return { code: city.code, name: province.name };
  return null;
}

export function regionPath(entry: GazetteerEntry): string {
  return ancestry(entry)
    .filter((e) => !isPlaceholderName(e.name))
    .map((e) => e.name)
    .join('/');
}

export function resolvedTo(entry: GazetteerEntry): RegionResolution {
  const chain = ancestry(entry);
  const at = (level: GazetteerEntry['level']) => chain.find((e) => e.level === level);
  const province = at('province');
  const city = at('city');
  const ref = (e: GazetteerEntry | undefined): RegionRef | null =>
    e ? { code: e.code, name: e.name } : null;
  return {
    status: 'resolved',
    code: entry.code,
    province: ref(province),
    city: city ? cityRef(city, province) : null,
    county: ref(at('county')),
    township: ref(at('township')),
    candidates: [],
  };
}

/** Several places fit: what they share (say, the province) is still given, with its code as the deepest
 * resolved code; the rest stays open and the candidates are listed. */
export function ambiguous(entries: GazetteerEntry[]): RegionResolution {
  const chains = entries.map(ancestry);
  let shared: GazetteerEntry | null = null;
  for (
    let depth = 0;
    chains.every((c) => c[depth] && c[depth].code === chains[0][depth].code);
    depth++
  )
    shared = chains[0][depth];
  const base = shared ? resolvedTo(shared) : UNRESOLVED;
  return {
    ...base,
    status: 'ambiguous',
    code: shared?.code ?? null,
    candidates: entries.map((e) => ({ code: e.code, path: regionPath(e) })),
  };
}

export const UNRESOLVED: RegionResolution = {
  status: 'unresolved',
  code: null,
  province: null,
  city: null,
  county: null,
  township: null,
  candidates: [],
};
