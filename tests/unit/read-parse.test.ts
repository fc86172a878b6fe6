import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/report/parse';
import { applicationsDocx } from './helpers/docx-report';
import { corpusBytes, readOk, ROOT } from './helpers/read';

// Reader and parser together on the corpus pages whose tables are real HTML: every hand-checked
// cell must come out of the grid text (golden files in tests/fixtures/corpus/expected).

const expected = (name: string) =>
  JSON.parse(
    readFileSync(path.join(ROOT, 'tests/fixtures/corpus/expected', `${name}.json`), 'utf8'),
  ) as {
    cells: Record<string, number | null>;
  };

const today = '2026-06-01';

describe('readReportBytes + parseReport', () => {
  it.each(['pingtan-2019.html', 'pingtan-2021.html', 'pingtan-2023.html', 'pingtan-2025.html'])(
    '%s reproduces every expected cell',
    (name) => {
      const report = parseReport(
        readOk(corpusBytes(name), name),
        { today },
        { path: name, sha256: '' },
      );
      const want = expected(name).cells;
      const differ = Object.keys(want).filter((k) => report.cells[k] !== want[k]);
      expect(differ.map((k) => `${k}: ${report.cells[k]} ≠ ${want[k]}`)).toEqual([]);
      expect(report.meta.publishedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    },
  );

  it('the DOCX applications table reads to the 175 printed cells', async () => {
    const text = readOk(await applicationsDocx(), 'report.docx');
    const report = parseReport(text, { today }, { path: 'report.docx', sha256: '' });
    const want = expected('pingtan-2021.html').cells;
    const keys = Object.keys(want).filter((k) => k.startsWith('applications.'));
    expect(keys).toHaveLength(175);
    expect(keys.filter((k) => report.cells[k] !== want[k])).toEqual([]);
  });
});
