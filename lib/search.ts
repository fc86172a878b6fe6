// Finding a region by name, part of a name, pinyin or pinyin initials, tolerant of 乡/镇/街道 suffixes
// ("柴胡店镇" is found by 柴胡店, 柴胡店乡, chaihudian and chd). The index is built once per process.
import { pinyin } from 'pinyin-pro';

export interface SearchRegion {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export interface IndexedRegion extends SearchRegion {
  core: string;
  full: string;
  initials: string;
  coreFull: string;
  coreInitials: string;
}

export interface RegionHit {
  region: SearchRegion;
  /** names of the ancestors, province first */
  path: string[];
  score: number;
}

export interface RegionIndex {
  entries: IndexedRegion[];
  byCode: Map<string, IndexedRegion>;
}

// Longest first: 街道办事处 before 街道 before 镇. County and city suffixes too, so 平潭 finds 平潭县.
const SUFFIXES = ['街道办事处', '人民政府', '办事处', '街道', '民族乡', '苏木', '镇', '乡', '自治县', '县', '区', '市'];

/** A name without the suffix that says what kind of township it is. */
export function coreName(name: string): string {
  let core = name.trim();
  for (const s of SUFFIXES) if (core.length > s.length + 1 && core.endsWith(s)) core = core.slice(0, -s.length);
  return core;
}

const join = (syllables: string[]) => ({
  full: syllables.join('').toLowerCase(),
  initials: syllables.map((s) => s[0] ?? '').join('').toLowerCase(),
});

export function buildRegionIndex(regions: SearchRegion[]): RegionIndex {
  const entries = regions.map((r): IndexedRegion => {
    const core = coreName(r.name);
    // one syllable per character, so the core's pinyin is a prefix of the name's (one call per name)
    const syllables = pinyin(r.name, { toneType: 'none', type: 'array', v: true }) as string[];
    const whole = join(syllables);
    const part = core === r.name || syllables.length !== r.name.length ? whole : join(syllables.slice(0, core.length));
    return { ...r, core, full: whole.full, initials: whole.initials, coreFull: part.full, coreInitials: part.initials };
  });
  return { entries, byCode: new Map(entries.map((e) => [e.code, e])) };
}

const LEVEL_RANK: Record<string, number> = { province: 0, city: 1, county: 2, township: 3 };

function score(e: IndexedRegion, q: string, qCore: string, latin: boolean): number {
  if (latin) {
    if (e.coreFull === q || e.full === q) return 90;
    if (e.coreInitials === q || e.initials === q) return 80;
    if (q.length >= 2 && (e.full.startsWith(q) || e.coreFull.startsWith(q))) return 60;
    if (q.length >= 2 && e.initials.startsWith(q)) return 50;
    if (q.length >= 4 && e.full.includes(q)) return 30;
    return 0;
  }
  if (e.name === q) return 100;
  if (e.core === qCore) return 90;
  if (e.name.startsWith(q) || e.core.startsWith(qCore)) return 70;
  if (e.name.includes(q) || (qCore.length >= 2 && e.name.includes(qCore))) return 40;
  return 0;
}

export function searchRegions(index: RegionIndex, query: string, limit = 50): RegionHit[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const latin = /^[a-z\s']+$/i.test(trimmed);
  const q = latin ? trimmed.toLowerCase().replace(/[\s']/g, '') : trimmed.replace(/\s+/g, '');
  const qCore = latin ? q : coreName(q);
  const hits: { e: IndexedRegion; s: number }[] = [];
  for (const e of index.entries) {
    const s = score(e, q, qCore, latin);
    if (s > 0) hits.push({ e, s });
  }
  hits.sort(
    (a, b) => b.s - a.s || (LEVEL_RANK[a.e.level] ?? 9) - (LEVEL_RANK[b.e.level] ?? 9) || a.e.code.localeCompare(b.e.code),
  );
  return hits.slice(0, limit).map(({ e, s }) => ({
    region: { code: e.code, name: e.name, level: e.level, parentCode: e.parentCode },
    path: ancestors(index, e),
    score: s,
  }));
}

function ancestors(index: RegionIndex, e: IndexedRegion): string[] {
  const names: string[] = [];
  let parent = e.parentCode ? index.byCode.get(e.parentCode) : undefined;
  while (parent) {
    names.unshift(parent.name);
    parent = parent.parentCode ? index.byCode.get(parent.parentCode) : undefined;
  }
  return names;
}
