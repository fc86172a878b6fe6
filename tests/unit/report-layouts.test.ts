// Layouts the corpus lacks, built from the seed reports' prose around tables carrying the corpus's real
// figures (tests/fixtures/layouts/*.txt, expected values in *.txt.json).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/report/parse';

const DIR = path.join(__dirname, '../fixtures/layouts');

interface Expected {
  cells: Record<string, number | null>;
  notes: Record<string, string>;
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt'));

describe('layout fixtures', () => {
  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(5));

  for (const f of files) {
    it(f, () => {
      const exp = JSON.parse(fs.readFileSync(path.join(DIR, `${f}.json`), 'utf8')) as Expected;
      const text = fs.readFileSync(path.join(DIR, f), 'utf8');
      const got = parseReport(
        { text, hints: {} },
        { today: '2026-06-30' },
        { path: f, sha256: '' },
      );
      const wrong: string[] = [];
      for (const [k, v] of Object.entries(exp.cells)) {
        if (got.cells[k] !== v) wrong.push(`${k}: expected ${v}, got ${got.cells[k]}`);
      }
      for (const [k, state] of Object.entries(exp.notes)) {
        if (got.cellNotes[k]?.state !== state) wrong.push(`${k}: expected note ${state}`);
      }
      expect(wrong, wrong.join('\n')).toEqual([]);
      const errors = got.findings.filter((x) => x.severity === 'error' && /^[AR]\d/.test(x.rule));
      expect(errors).toEqual([]);
    });
  }
});
