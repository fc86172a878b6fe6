import { readFileSync, readdirSync } from 'node:fs';
import { normalizeText } from './lib/report/normalize';
import { splitSections } from './lib/report/sections';
const dir = '/work/shared/corpus/reports/';
const only = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith('.txt') || (only && !f.includes(only))) continue;
  const text = normalizeText(readFileSync(dir + f, 'utf8'));
  const s = splitSections(text);
  console.log(f, Object.entries(s).map(([k, v]) => `${k}:${v === null ? '-' : v.length + '[' + v.slice(0, 12).replace(/\n/g, '⏎') + ']'}`).join(' '));
}
