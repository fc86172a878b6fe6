// Mutated corpus files: parseReport never throws and stays fast, whatever the damage.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/report/parse';

const DIR = path.join(__dirname, '../../samples/reports');
const sources = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'));

const JUNK = [
  '\u0000',
  '\uFFFD',
  '\t',
  '|',
  '\n\n',
  '0',
  '9999999999',
  '—',
  '本年制发件数',
  '（七）总计',
  '维持',
  '-',
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'inject'; at: number; junk: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'binary'; at: number; bytes: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('truncate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.integer() }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    junk: fc.oneof(
      fc.constantFrom(...JUNK),
      fc.string({ maxLength: 40 }),
      fc.stringMatching(/^[0-9 ]{1,60}$/),
    ),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    len: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({
    kind: fc.constant('binary' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 64 }),
  }),
);

function apply(text: string, m: Mutation): string {
  const pos = (x: number) => Math.floor(x * text.length);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'shuffle': {
      const lines = text.split('\n');
      let s = m.seed | 0;
      for (let i = lines.length - 1; i > 0; i--) {
        s = (Math.imul(s, 1103515245) + 12345) | 0;
        const j = Math.abs(s) % (i + 1);
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      return lines.join('\n');
    }
    case 'inject':
      return text.slice(0, pos(m.at)) + m.junk + text.slice(pos(m.at));
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.len);
    case 'binary':
      return text.slice(0, pos(m.at)) + String.fromCharCode(...m.bytes) + text.slice(pos(m.at));
  }
}

describe('parseReport under mutation', () => {
  it('never throws and takes < 1 s per file', () => {
    let slowest = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sources.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (i, ms) => {
          const text = ms.reduce(apply, sources[i]);
          const t0 = performance.now();
          const r = parseReport(
            { text, hints: {} },
            { today: '2026-06-30' },
            { path: 'f', sha256: '' },
          );
          const dt = performance.now() - t0;
          slowest = Math.max(slowest, dt);
          expect(dt).toBeLessThan(1000);
          expect(r.parserVersion).toBeTruthy();
          // A parser error would mean something threw inside: the stages must degrade, not fail.
          expect(r.error === null || r.error.code === 'empty').toBe(true);
        },
      ),
      { numRuns: 3000, seed: 20260630 },
    );
    console.info(`fuzz: slowest parse ${slowest.toFixed(1)} ms`);
  }, 300_000);
});
