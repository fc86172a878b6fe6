// Resolves the issuer of a report to official division codes. The issuer's own unit is the deepest name
// written in the issuer or the title ("滕州市柴胡店镇" → the township); names of its parents there, then
// in the text (county, city, province, also inside cited laws such as 《广东省政务公开条例》), then the
// way the text speaks of the level above ("区委、区政府", "县公开办") narrow the places that carry that
// name. What nothing decides stays ambiguous, with its candidates.
import type { RegionResolution } from '../report/types';
import type { GazetteerEntry, RegionLevel } from './gazetteer';
import { ancestry, getRegionIndex } from './index';
import { stemOf, townshipKind } from './names';
import { ambiguous, resolvedTo, UNRESOLVED } from './result';
import { scanNames, type Mention } from './scan';

export { getGazetteer } from './gazetteer';
export type { GazetteerEntry, RegionLevel } from './gazetteer';

export interface RegionInput {
  issuer: string | null;
  title: string | null;
  text: string;
  hint?: string | null;
}

const DEPTH: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, township: 3 };
const ALL: RegionLevel[] = ['province', 'city', 'county', 'township'];
const UPPER: RegionLevel[] = ['province', 'city', 'county'];

/** The part of a title that can name the issuer: before the year or the words of the report's name. */
function titleHead(title: string): string {
  return title.split(/(?:19|20)\d\d\s*年|关于|政府信息公开|政务公开|信息公开|年度报告/)[0] ?? '';
}

function fromHint(hint: string | null | undefined): GazetteerEntry | null {
  const code = hint?.trim().replace(/^(\d{9})\d{3}$/, '$1');
  return code ? (getRegionIndex().byCode.get(code) ?? null) : null;
}

/** Keeps the candidates a clue agrees with, unless it agrees with none (then the clue was about
 * something else: a neighbour visited, a county quoted as an example). */
function narrow(cands: GazetteerEntry[], keep: (e: GazetteerEntry) => boolean): GazetteerEntry[] {
  const kept = cands.filter(keep);
  return kept.length > 0 ? kept : cands;
}

function mentionedCodes(mentions: Mention[]): Set<string> {
  return new Set(mentions.flatMap((m) => m.entries.map((e) => e.code)));
}

/** "区委、区政府", "县公开办", "旗政府": the kind of county the township belongs to. */
function countyKinds(text: string): Set<string> {
  const kinds = new Set<string>();
  for (const m of text.matchAll(
    /(?<![省市县区])(区|县|旗)(?:委|人民政府|政府|公开办|政务公开办|政府办)/g,
  ))
    kinds.add(m[1]);
  return kinds;
}

/** A township written one way may be listed another way: gather the same stem with the same kind of
 * suffix. */
function sameTownship(m: Mention, found: GazetteerEntry[]): GazetteerEntry[] {
  // A stem mention already carries every township of that stem.
  const stem = m.stem ? null : stemOf(m.name, 'township');
  if (!stem) return found;
  const kind = townshipKind(m.name);
  const pool = (getRegionIndex().byStem.get(stem) ?? []).filter(
    (e) => e.level === 'township' && townshipKind(e.name) === kind,
  );
  const merged = new Map(found.map((e) => [e.code, e]));
  for (const e of pool) merged.set(e.code, e);
  return [...merged.values()];
}

function unitCandidates(head: Mention[]): { unit: GazetteerEntry[]; others: Mention[] } {
  if (head.length === 0) return { unit: [], others: [] };
  const deepest = Math.max(...head.flatMap((m) => m.entries.map((e) => DEPTH[e.level])));
  // The last mention at the deepest level is the unit; earlier ones are its parents.
  for (let i = head.length - 1; i >= 0; i--) {
    let unit = head[i].entries.filter((e) => DEPTH[e.level] === deepest);
    if (unit.length > 0 && deepest === DEPTH.township) unit = sameTownship(head[i], unit);
    if (unit.length > 0) return { unit, others: head.filter((_, j) => j !== i) };
  }
  return { unit: [], others: head };
}

export function resolveRegion(input: RegionInput): RegionResolution {
  const hinted = fromHint(input.hint);
  if (hinted) return resolvedTo(hinted);

  const headText = [input.issuer ?? '', titleHead(input.title ?? '')].join('\n');
  const sharesParent = (codes: Set<string>) => (e: GazetteerEntry) =>
    ancestry(e).some((a) => a !== e && codes.has(a.code));
  let head = scanNames(headText, { levels: ALL, stems: true });
  let { unit, others } = unitCandidates(head);
  // "渠县林业局": a deepest name lying under none of the places the title names is not the issuer's unit
  // (here a forest-area 林业局 of Heilongjiang listed as a township); the named place is.
  while (unit.length > 0 && others.length > 0) {
    const named = mentionedCodes(others);
    if (unit.some(sharesParent(named))) break;
    head = others;
    ({ unit, others } = unitCandidates(head));
  }
  if (unit.length === 0) return UNRESOLVED;
  let cands = unit;

  const headCodes = mentionedCodes(others);
  if (cands.length > 1 && headCodes.size > 0) cands = narrow(cands, sharesParent(headCodes));
  if (cands.length > 1) {
    const textCodes = mentionedCodes(scanNames(input.text, { levels: UPPER, stems: false }));
    const score = (e: GazetteerEntry) =>
      ancestry(e).filter((a) => a !== e && textCodes.has(a.code)).length;
    const best = Math.max(...cands.map(score));
    if (best > 0) cands = cands.filter((e) => score(e) === best);
  }
  if (cands.length > 1 && cands.every((e) => e.level === 'township')) {
    const kinds = countyKinds(input.text);
    if (kinds.size > 0) {
      cands = narrow(cands, (e) => {
        const county = ancestry(e).find((a) => a.level === 'county');
        return county !== undefined && kinds.has(county.name.slice(-1));
      });
    }
  }
  return cands.length === 1 ? resolvedTo(cands[0]) : ambiguous(cands);
}
