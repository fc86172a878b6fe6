import { generateReports } from './lib/synth/generate';
let n = 0, bytes = 0;
const t = performance.now();
for (const r of generateReports({ townships: 2000, fromYear: 2019, toYear: 2025, seed: 7, errorRate: 0.03 })) {
  n++; bytes += r.content.length + r.truthJson.length;
}
const s = (performance.now() - t) / 1000;
console.log(n, s.toFixed(2), Math.round(n / s), 'reports/s', (bytes / n) | 0, 'chars/report');
