// Figures of reports before 2019 (report-format.md §8): the statistical table where there is one, the
// prose otherwise. Glued table values are split under the table's own constraints (cumulative ≥ this
// year; parts sum to their total) and, where those leave a choice, by the prose restating this year's
// figure. A row that stays ambiguous is left out, not guessed.
import { parseNarrative } from './narrative';
import { splitSections } from './sections';
import type { LegacyFigures } from './types';
import { findLegacyTable, pairReadings, type LegacyRow } from './legacy-table';

const GROUPS: Record<string, string[]> = {
  'legacy.proactive.count': ['legacy.proactive.viaWebsite', 'legacy.proactive.viaGazette'],
  'legacy.replies.total': [
    'legacy.replies.granted',
    'legacy.replies.partiallyGranted',
    'legacy.replies.denied',
    'legacy.replies.other',
  ],
};

const FROM_PROSE: Record<string, string> = {
  'proactive.items': 'legacy.proactive.count',
  'applications.received': 'legacy.applications.received',
  'review.count': 'legacy.review.count',
  'litigation.count': 'legacy.litigation.count',
};

type Reading = [number, number];

/** Chooses one reading per row: unique readings first, then prose, then parent = Σ children. */
function chooseReadings(rows: LegacyRow[], prose: Record<string, number>): Map<string, Reading> {
  const options = new Map(rows.map((r) => [r.key, pairReadings(r.digits)]));
  for (const [key, list] of options) {
    if (list.length > 1 && key in prose) {
      const agreeing = list.filter(([a]) => a === prose[key]);
      if (agreeing.length > 0) options.set(key, agreeing);
    }
  }
  for (const [parent, children] of Object.entries(GROUPS)) {
    const members = [parent, ...children].filter((k) => options.has(k));
    if (members.length < 2 || !options.has(parent)) continue;
    const combos = members.reduce<Reading[][]>(
      (acc, k) => acc.flatMap((c) => (options.get(k) ?? []).map((r) => [...c, r])),
      [[]],
    );
    if (combos.length > 5000) continue;
    const valid = combos.filter(([p, ...kids]) => {
      const sumA = kids.reduce((s, r) => s + r[0], 0);
      const sumB = kids.reduce((s, r) => s + r[1], 0);
      return kids.length === 0 || (sumA === p[0] && sumB === p[1]);
    });
    members.forEach((k, i) => {
      const distinct = new Set(valid.map((c) => c[i].join('/')));
      if (distinct.size === 1) options.set(k, [valid[0][i]]);
    });
  }
  const chosen = new Map<string, Reading>();
  for (const [key, list] of options) if (list.length === 1) chosen.set(key, list[0]);
  return chosen;
}

export function parseLegacy(text: string): LegacyFigures {
  const out: LegacyFigures = {};
  const narrative = parseNarrative(text, splitSections(text));
  const prose: Record<string, number> = {};
  for (const [from, to] of Object.entries(FROM_PROSE))
    if (narrative[from]) prose[to] = narrative[from].value;

  const table = findLegacyTable(text);
  if (table) {
    const chosen = table.cumulative ? chooseReadings(table.rows, prose) : null;
    for (const row of table.rows) {
      if (!chosen) {
        const value = Number(row.digits.replace(/\s+/g, ''));
        if (Number.isFinite(value)) out[row.key] = { value, sentence: row.line };
        continue;
      }
      const reading = chosen.get(row.key);
      if (!reading) continue;
      out[row.key] = { value: reading[0], sentence: row.line };
      out[`${row.key}.cumulative`] = { value: reading[1], sentence: row.line };
    }
  }
  for (const [from, to] of Object.entries(FROM_PROSE)) {
    const figure = narrative[from];
    if (figure && !(to in out)) out[to] = { value: figure.value, sentence: figure.sentence };
  }
  const fees = narrative['fees.infoProcessing.collectedYuan'];
  if (fees && !('legacy.fees.amountYuan' in out))
    out['legacy.fees.amountYuan'] = { value: fees.value, sentence: fees.sentence };
  return out;
}
