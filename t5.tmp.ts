import { readdirSync, readFileSync } from 'node:fs';
import { readReportBytes } from './lib/ingest/read';
import { parseReport } from './lib/report/parse';
const dir = 'tests/fixtures/corpus/reports';
const files = readdirSync(dir).map((n) => ({ n, b: new Uint8Array(readFileSync(`${dir}/${n}`)) }));
const txt = files.filter((f) => f.n.endsWith('.txt')), html = files.filter((f) => f.n.endsWith('.html'));
function rate(label: string, fn: (i: number) => void, ms = 3000) {
  for (let i = 0; i < 50; i++) fn(i);
  const t0 = performance.now(); let n = 0;
  while (performance.now() - t0 < ms) fn(n++);
  console.log(label, ((n * 1000) / (performance.now() - t0)).toFixed(0), '/s');
}
rate('read txt', (i) => readReportBytes(txt[i % txt.length].b, 'x.txt'));
rate('read html', (i) => readReportBytes(html[i % html.length].b, 'x.html'));
const rt = txt.map((f) => (readReportBytes(f.b, f.n) as any).value);
const rh = html.map((f) => (readReportBytes(f.b, f.n) as any).value);
rate('parse txt', (i) => parseReport(rt[i % rt.length], { today: '2026-01-01' }, { path: '', sha256: '' }));
rate('parse html-text', (i) => parseReport(rh[i % rh.length], { today: '2026-01-01' }, { path: '', sha256: '' }));
