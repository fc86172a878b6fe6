import { generateReports } from './lib/synth/generate';
let n = 0;
for (const r of generateReports({ townships: 2, fromYear: 2019, toYear: 2025, seed: 1, errorRate: 0.3 })) {
  if (n === 0 || n === 9) { console.log(r.path); console.log(r.content); console.log(r.truthJson.slice(0, 300)); }
  n++;
}
