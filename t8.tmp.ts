import { readFileSync } from 'node:fs';
const strs = [2019, 2021, 2023, 2025].map((y) => readFileSync(`tests/fixtures/corpus/reports/pingtan-${y}.html`, 'utf8'));
function rate(label: string, fn: (i: number) => void, ms = 1500) {
  for (let i = 0; i < 20; i++) fn(i);
  const t0 = performance.now(); let n = 0;
  while (performance.now() - t0 < ms) fn(n++);
  console.log(label, ((n * 1000) / (performance.now() - t0)).toFixed(0), '/s');
}
const BLOCKS = /<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const BLOCKS2 = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;
const INLINE = /<\/?(?:span|font|o:p|b|i|u|em|strong|st1:[\w-]+)(?:\s[^<>]*)?>/gi;
const TAG = /<[a-zA-Z][^<>]*>/g;
const fatal = new TextDecoder('utf-8', { fatal: true });
const bytes = strs.map((s) => new TextEncoder().encode(s));
rate('blocks', (i) => strs[i % 4].replace(BLOCKS, ''));
rate('blocks2', (i) => strs[i % 4].replace(BLOCKS2, ''));
rate('inline', (i) => strs[i % 4].replace(INLINE, ''));
rate('tag', (i) => strs[i % 4].replace(TAG, (t) => t.length < 24 ? t : t.replace(/\s(?:style|class)\s*=\s*"[^"]*"/gi, '')));
rate('fatal decode', (i) => fatal.decode(bytes[i % 4]));
import { isUtf8 } from 'node:buffer';
const bufs = bytes.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength));
rate('isUtf8', (i) => isUtf8(bytes[i % 4]));
rate('buf toString', (i) => bufs[i % 4].toString('utf8'));
const NOISE_ATTR = /\s(?:style|class|id|width|height|valign|align|lang|face|size|color|bgcolor|border|cellspacing|cellpadding|onclick|on\w+|ms-[\w-]+|data-[\w-]+|x:\w+)\s*=\s*(?:"[^"]*"|'[^']*')/gi;
const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;
rate('global attr', (i) => strs[i % 4].replace(NOISE_ATTR, (a) => (a.length > 12 && HIDDEN.test(a) ? a : '')));
const NA2 = /\s(?:style|class|width|height|valign|align|lang|face)="[^"]*"/g;
rate('global attr2', (i) => strs[i % 4].replace(NA2, (a) => (HIDDEN.test(a) ? a : '')));
