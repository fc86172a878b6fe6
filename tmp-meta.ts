import { readFileSync, readdirSync } from 'node:fs';
import { normalizeText } from './lib/report/normalize';
import { parseMeta } from './lib/report/meta';
const dir = '/work/shared/corpus/reports/';
const only = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith('.txt') || (only && !f.includes(only))) continue;
  const text = normalizeText(readFileSync(dir + f, 'utf8'));
  const t0 = performance.now();
  const m = parseMeta(text, {}, { today: '2026-06-01' });
  const ms = (performance.now() - t0).toFixed(2);
  const r = m.region;
  console.log([f, m.year, m.issuerLevel, m.publishedOn, m.issuer, m.title, r.status, r.code, r.status === 'ambiguous' ? r.candidates.length : (r.township?.name ?? r.county?.name ?? r.city?.name ?? ''), ms].join(' | '));
}
