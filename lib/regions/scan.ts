// Finds division names in a piece of text: full gazetteer names anywhere, stems only where a suffix
// follows (STEM_FOLLOWERS), longest name first, left to right without overlaps.
import type { GazetteerEntry, RegionLevel } from './gazetteer';
import { bigramKey, getRegionIndex } from './index';
import { STEM_FOLLOWERS } from './names';

export interface Mention {
  name: string;
  start: number;
  end: number;
  entries: GazetteerEntry[];
  stem: boolean;
}

export interface ScanOptions {
  levels: readonly RegionLevel[];
  stems: boolean;
}

export function scanNames(text: string, opts: ScanOptions): Mention[] {
  const { byName, byStem, byBigram, upperBigram } = getRegionIndex();
  const upperOnly = !opts.stems && !opts.levels.includes('township');
  const index = upperOnly ? upperBigram : byBigram;
  const out: Mention[] = [];
  let i = 0;
  while (i < text.length - 1) {
    const names = index.get(bigramKey(text, i));
    let hit: Mention | null = null;
    if (names) {
      for (const name of names) {
        if (!text.startsWith(name, i)) continue;
        const end = i + name.length;
        const full = (byName.get(name) ?? []).filter((e) => opts.levels.includes(e.level));
        if (full.length > 0) {
          hit = { name, start: i, end, entries: full, stem: false };
          break;
        }
        if (!opts.stems) continue;
        const rest = text.slice(end, end + 8);
        const stems = (byStem.get(name) ?? []).filter(
          (e) => opts.levels.includes(e.level) && STEM_FOLLOWERS[e.level].test(rest),
        );
        if (stems.length > 0) {
          hit = { name, start: i, end, entries: stems, stem: true };
          break;
        }
      }
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}
