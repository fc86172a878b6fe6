// Lookup structures over the gazetteer, built once per process on first use (a few tens of ms), so that
// resolving a report costs well under a millisecond.
import { getGazetteer, type GazetteerEntry } from './gazetteer';
import { isPlaceholderName, stemOf } from './names';

export interface NameHit {
  entry: GazetteerEntry;
  /** true when the text wrote the stem, not the full name */
  stem: boolean;
}

export interface RegionIndex {
  byCode: Map<string, GazetteerEntry>;
  byName: Map<string, GazetteerEntry[]>;
  byStem: Map<string, GazetteerEntry[]>;
  /** first two characters (as one number) → names, full or stem, starting with them, longest first */
  byBigram: Map<number, string[]>;
  /** the same for full names of provinces, cities and counties only: what the body text is scanned for */
  upperBigram: Map<number, string[]>;
}

let index: RegionIndex | null = null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The two UTF-16 units as one 32-bit integer: a small integer to V8 (c1 * 0x10000 + c2 was a heap
 * number for every CJK pair, allocated at each position a report is scanned at). */
export function bigramKey(s: string, i: number): number {
  return (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
}

/** `names` hold no duplicates (a Set), so each bucket is filled in their order without searching it. */
function bigrams(names: Iterable<string>): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const name of names) {
    const key = bigramKey(name, 0);
    const list = map.get(key);
    if (!list) map.set(key, [name]);
    else list.push(name);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

export function getRegionIndex(): RegionIndex {
  if (index) return index;
  const byCode = new Map<string, GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry[]>();
  const byStem = new Map<string, GazetteerEntry[]>();
  for (const e of getGazetteer()) {
    byCode.set(e.code, e);
    if (isPlaceholderName(e.name) || e.name.length < 2) continue;
    push(byName, e.name, e);
    const stem = stemOf(e.name, e.level);
    if (stem && stem !== e.name) push(byStem, stem, e);
  }
  const upper: string[] = [];
  for (const [name, list] of byName) if (list.some((e) => e.level !== 'township')) upper.push(name);
  // A stem that is also a full name is listed once, where the full name is.
  const all = new Set(byName.keys());
  for (const stem of byStem.keys()) all.add(stem);
  const byBigram = bigrams(all);
  index = { byCode, byName, byStem, byBigram, upperBigram: bigrams(upper) };
  return index;
}

/** The chain province → … → entry (placeholder cities included, callers skip them). */
export function ancestry(entry: GazetteerEntry): GazetteerEntry[] {
  const { byCode } = getRegionIndex();
  const chain: GazetteerEntry[] = [entry];
  let cur = entry;
  while (cur.parentCode) {
    const parent = byCode.get(cur.parentCode);
    if (!parent) break;
    chain.unshift(parent);
    cur = parent;
  }
  return chain;
}
