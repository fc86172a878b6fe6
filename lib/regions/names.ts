// How division names are written in reports versus the gazetteer. Reports drop or add suffixes: the
// gazetteer has "新华街道" where the report signs "新华街道办事处", a township renamed from 乡 to 镇 keeps
// its old name in older reports, and a county's stem ("平潭") heads names of bodies that are not in the
// gazetteer at all ("平潭综合实验区").
import type { RegionLevel } from './gazetteer';

// Administrative suffixes, longest first: the longest one a name ends with is its suffix ("民族乡", not
// "乡"). That is what a regex alternation anchored at $ removes, run here for each of the 44,000
// divisions whenever a process first builds the region index.
const bySize = (list: string[]) => list.sort((a, b) => b.length - a.length);
const SUFFIXES: Record<RegionLevel, string[]> = {
  township: bySize([
    '街道办事处',
    '地区办事处',
    '办事处',
    '街道',
    '民族乡',
    '民族镇',
    '苏木',
    '镇',
    '乡',
    '地区',
  ]),
  county: bySize(['自治县', '自治旗', '林区', '特区', '新区', '县', '区', '市', '旗']),
  city: bySize(['自治州', '地区', '盟', '市']),
  province: bySize([
    '维吾尔自治区',
    '壮族自治区',
    '回族自治区',
    '自治区',
    '特别行政区',
    '省',
    '市',
  ]),
};

/** The name without its administrative suffix, or null when too short to be told apart (one character). */
export function stemOf(name: string, level: RegionLevel): string | null {
  for (const suffix of SUFFIXES[level]) {
    if (!name.endsWith(suffix)) continue;
    const stem = name.slice(0, -suffix.length);
    return stem.length >= 2 ? stem : null;
  }
  return null;
}

/** Placeholder "cities" of the gazetteer: 市辖区 / 县 of the four municipalities, 省直辖县级行政区划. */
export function isPlaceholderName(name: string): boolean {
  return name === '市辖区' || name === '县' || name.includes('直辖县级');
}

/** What may follow a stem in a report for the stem to count as that division (not as a word). */
export const STEM_FOLLOWERS: Record<RegionLevel, RegExp> = {
  township: /^(镇|乡|街道|办事处|苏木|民族乡)/,
  county: /^(县|区|市|旗|综合实验区|新区|经济技术开发区|开发区|高新区|管委会)/,
  city: /^(市|州|地区|盟)/,
  province: /^(省|市|自治区)/,
};

/** Township suffixes that name the same kind of body: a report's "新华街道办事处" is the gazetteer's
 * "新华街道"; a 乡 that became a 镇 (or the reverse) is still the same place in older reports. */
export function townshipKind(name: string): 'street' | 'town' | 'other' {
  if (/(街道|街道办事处|办事处|地区)$/.test(name)) return 'street';
  if (/(镇|乡|苏木)$/.test(name)) return 'town';
  return 'other';
}
