import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { readHtml } from './lib/ingest/html';
import { decodeBytes, declaredHtmlCharset } from './lib/ingest/decode';
import { sniffContainer, looksBinary } from './lib/ingest/sniff';
const pages = [2019, 2021, 2023, 2025].map((y) => readFileSync(`tests/fixtures/corpus/reports/pingtan-${y}.html`));
const strs = pages.map((b) => b.toString('utf8'));
function rate(label: string, fn: (i: number) => void, ms = 2000) {
  for (let i = 0; i < 20; i++) fn(i);
  const t0 = performance.now(); let n = 0;
  while (performance.now() - t0 < ms) fn(n++);
  console.log(label, ((n * 1000) / (performance.now() - t0)).toFixed(0), '/s');
}
rate('parse5', (i) => parse(strs[i % 4]));
rate('readHtml', (i) => readHtml(strs[i % 4]));
rate('decode', (i) => decodeBytes(new Uint8Array(pages[i % 4]), declaredHtmlCharset(new Uint8Array(pages[i % 4]))));
rate('sniff', (i) => { sniffContainer(new Uint8Array(pages[i % 4])); looksBinary(new Uint8Array(pages[i % 4])); });
import { slimHtml } from './lib/ingest/html-slim';
const slim = strs.map(slimHtml);
console.log(strs.map((s) => s.length), slim.map((s) => s.length));
rate('slim', (i) => slimHtml(strs[i % 4]));
rate('parse5 slim', (i) => parse(slim[i % 4]));
