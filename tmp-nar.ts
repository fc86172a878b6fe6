import { readFileSync, readdirSync } from 'node:fs';
import { normalizeText } from './lib/report/normalize';
import { splitSections } from './lib/report/sections';
import { parseNarrative } from './lib/report/narrative';
const dir = '/work/shared/corpus/reports/';
const only = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith('.txt') || (only && !f.includes(only))) continue;
  const text = normalizeText(readFileSync(dir + f, 'utf8'));
  const n = parseNarrative(text, splitSections(text));
  console.log('== ' + f);
  for (const [k, v] of Object.entries(n)) console.log('   ', k, v.value, '«' + v.sentence.slice(0, 70) + '»');
}
