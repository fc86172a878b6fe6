import { newHistory, yearCells } from './lib/synth/figures';
import { mulberry32 } from './lib/synth/prng';
import { reportTables } from './lib/synth/tables';
import { renderDocument } from './lib/synth/layout';
const rng = mulberry32(1);
let t = performance.now();
const N = 5000;
const cs = [];
for (let i = 0; i < N; i++) { const h = newHistory(rng, 'township'); cs.push(yearCells(rng, 'gov2021', h)); }
console.log('yearCells', ((performance.now() - t) / N * 1000).toFixed(1), 'us');
t = performance.now();
const ts = cs.map((c) => reportTables(c, 'gov2021'));
console.log('tables', ((performance.now() - t) / N * 1000).toFixed(1), 'us');
for (const l of ['lines', 'tsv', 'markdown', 'html'] as const) {
  t = performance.now();
  for (const x of ts) renderDocument([{ kind: 'table', table: x.applications }, { kind: 'table', table: x.proactive }, { kind: 'table', table: x.review }], l, 't');
  console.log(l, ((performance.now() - t) / N * 1000).toFixed(1), 'us');
}
