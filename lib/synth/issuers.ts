// Who files the generated reports: real townships from the gazetteer, named with their county so the
// region resolver can place each one uniquely ("滕州市柴胡店镇"). Beyond the townships (about 38,000 are
// usable, so 7 years give some 270,000 reports) the list continues with county departments
// ("滕州市财政局"), as the national report count does.
import { getGazetteer, type GazetteerEntry } from '../regions/gazetteer';
import type { Rng } from './prng';

export interface Issuer {
  /** file stem: the township code, or the county code plus a department number */
  id: string;
  /** the region code the parser must resolve (9 digits for a township, 6 for a county department) */
  regionCode: string;
  level: 'township' | 'department';
  county: string;
  /** the name as the title prints it after the county, e.g. 柴胡店镇 or 财政局 */
  name: string;
  /** the signing organ, e.g. 柴胡店镇人民政府, 城关街道办事处, 滕州市财政局 */
  organ: string;
  /** how the prose says "we": 我镇 / 我乡 / 我街道 / 我局 / 我委 */
  self: string;
}

const CJK = /^[\u4e00-\u9fff]+$/;
const TOWNSHIP = /(镇|乡|街道)$/;

// Departments every county has; kept short so titles stay realistic.
const DEPARTMENTS = [
  '财政局',
  '教育局',
  '民政局',
  '司法局',
  '人力资源和社会保障局',
  '自然资源局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '卫生健康委员会',
  '应急管理局',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
  '退役军人事务局',
  '林业局',
  '审计局',
] as const;

interface Pools {
  townships: GazetteerEntry[];
  counties: GazetteerEntry[];
  countyName: Map<string, string>;
}

let pools: Pools | null = null;

// Only names a reader can place without doubt: a county name found once in the country, and a
// township name found once in its county. Development zones, farms and names with brackets are left
// out because nothing in their name says they are townships.
function buildPools(): Pools {
  const all = getGazetteer();
  const countyCount = new Map<string, number>();
  for (const e of all)
    if (e.level === 'county') countyCount.set(e.name, (countyCount.get(e.name) ?? 0) + 1);
  const counties = all.filter(
    (e) =>
      e.level === 'county' &&
      CJK.test(e.name) &&
      countyCount.get(e.name) === 1 &&
      e.name.length >= 2,
  );
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const inCounty = new Map<string, number>();
  for (const e of all) {
    if (e.level !== 'township' || !e.parentCode) continue;
    const key = `${e.parentCode}/${e.name}`;
    inCounty.set(key, (inCounty.get(key) ?? 0) + 1);
  }
  const townships = all.filter(
    (e) =>
      e.level === 'township' &&
      e.parentCode !== null &&
      countyName.has(e.parentCode) &&
      CJK.test(e.name) &&
      TOWNSHIP.test(e.name) &&
      e.name.length >= 3 &&
      inCounty.get(`${e.parentCode}/${e.name}`) === 1,
  );
  return { townships, counties, countyName };
}

function getPools(): Pools {
  if (!pools) pools = buildPools();
  return pools;
}

/** How many issuers can be generated at most. */
export function issuerCapacity(): number {
  const p = getPools();
  return p.townships.length + p.counties.length * DEPARTMENTS.length;
}

function township(e: GazetteerEntry, county: string): Issuer {
  const street = e.name.endsWith('街道');
  return {
    id: e.code,
    regionCode: e.code,
    level: 'township',
    county,
    name: e.name,
    organ: street ? `${e.name}办事处` : `${e.name}人民政府`,
    self: street ? '我街道' : e.name.endsWith('乡') ? '我乡' : '我镇',
  };
}

function department(county: GazetteerEntry, index: number): Issuer {
  const name = DEPARTMENTS[index];
  return {
    id: `${county.code}d${String(index + 1).padStart(2, '0')}`,
    regionCode: county.code,
    level: 'department',
    county: county.name,
    name,
    organ: `${county.name}${name}`,
    self: name.endsWith('委员会') ? '我委' : '我局',
  };
}

/** Shuffle indices 0..n-1 in place order decided by the rng (Fisher–Yates). */
function shuffled(n: number, rng: Rng): Uint32Array {
  const a = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/**
 * `count` distinct issuers in a seed-determined order: townships first (all of them before any
 * department), then county departments; `departmentsOnly` skips the townships (tests of the
 * department path). Throws (a programmer error) past issuerCapacity().
 */
export function* pickIssuers(count: number, rng: Rng, departmentsOnly = false): Generator<Issuer> {
  const p = getPools();
  if (count > issuerCapacity())
    throw new Error(`at most ${issuerCapacity()} issuers are available`);
  const order = shuffled(p.townships.length, rng);
  const fromTownships = departmentsOnly ? 0 : Math.min(count, p.townships.length);
  for (let i = 0; i < fromTownships; i++) {
    const e = p.townships[order[i]];
    yield township(e, p.countyName.get(e.parentCode ?? '') ?? '');
  }
  const rest = Math.min(count - fromTownships, p.counties.length * DEPARTMENTS.length);
  if (rest <= 0) return;
  const slots = shuffled(p.counties.length * DEPARTMENTS.length, rng);
  for (let i = 0; i < rest; i++) {
    const s = slots[i];
    yield department(p.counties[Math.floor(s / DEPARTMENTS.length)], s % DEPARTMENTS.length);
  }
}
