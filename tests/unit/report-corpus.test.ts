// Every corpus report without an expected file: it parses without throwing, gets the template its labels
// call for (checked by hand, see INDEX.tsv notes) and, when the text states it, the year reported on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/report/parse';
import { readReportBytes } from '@/lib/ingest/read';
import type { Template } from '@/lib/report/types';

const CORPUS = path.join(__dirname, '../fixtures/corpus');
// the reports themselves are the bundled samples (one copy in the repository); expected files live here
const REPORTS = path.join(__dirname, '../../samples/reports');

// [template, year]. Fragments 015/032/033 hold a table but no version label → unknown; 022/023/042/043/
// 049/051/052 and pingtan-gaj-2020 have no table in the copy we hold → legacyProse (§1 rule 4; C4 for 2019+).
// 019 (2022) and pingtan-htp-2021/2022 really print the 2019 labels (C2 is a finding, not a parse error).
const KNOWN: Record<string, [Template, number | null]> = {
  '010.txt': ['legacyTable', 2018],
  '011.txt': ['legacyTable', 2016],
  '013.txt': ['legacyTable', 2011],
  '015.txt': ['unknown', null],
  '016.txt': ['gov2021', 2022],
  '017.txt': ['gov2021', 2022],
  '019.txt': ['gov2019', 2022],
  '020.txt': ['gov2019', 2020],
  '021.txt': ['gov2019', 2020],
  '022.txt': ['legacyProse', 2020],
  '023.txt': ['legacyProse', 2021],
  '025.txt': ['gov2019', 2020],
  '026.txt': ['gov2021', 2023],
  '027.txt': ['gov2021', 2023],
  '029.txt': ['gov2021', 2023],
  '031.txt': ['gov2019', 2019],
  '032.txt': ['unknown', 2020],
  '033.txt': ['unknown', 2022],
  '034.txt': ['gov2019', 2020],
  '035.txt': ['legacyProse', 2018],
  '036.txt': ['legacyProse', 2017],
  '037.txt': ['legacyProse', 2016],
  '038.txt': ['legacyProse', 2016],
  '040.txt': ['legacyProse', 2020],
  '041.txt': ['gov2021', 2024],
  '042.txt': ['legacyProse', 2024],
  '043.txt': ['legacyProse', 2024],
  '046.txt': ['gov2019', 2019],
  '047.txt': ['gov2019', 2020],
  '049.txt': ['legacyProse', 2024],
  '050.txt': ['gov2019', 2019],
  '051.txt': ['legacyProse', 2022],
  '052.txt': ['legacyProse', 2022],
  'pingtan-gaj-2020.txt': ['legacyProse', 2020],
  'pingtan-htp-2021.txt': ['gov2019', 2021],
  'pingtan-htp-2022.txt': ['gov2019', 2022],
};

const withExpected = new Set(
  fs.readdirSync(path.join(CORPUS, 'expected')).map((f) => f.replace(/\.json$/, '')),
);
const files = fs
  .readdirSync(path.join(REPORTS))
  .filter((f) => !withExpected.has(f))
  .sort();

function expectedFor(file: string): [Template, number | null] {
  if (KNOWN[file]) return KNOWN[file];
  // Pingtan department reports: the year is in the name; 2019–2020 use the trial format.
  const year = Number(/-(\d{4})\.txt$/.exec(file)?.[1]);
  return [year >= 2021 ? 'gov2021' : 'gov2019', year];
}

describe('every other corpus report', () => {
  for (const file of files) {
    const [template, year] = expectedFor(file);
    const parsed = (() => {
      const read = readReportBytes(
        new Uint8Array(fs.readFileSync(path.join(REPORTS, file))),
        file,
      );
      if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
      return parseReport(read.value, { today: '2026-06-30' }, { path: file, sha256: '' });
    })();

    it(`${file}: ${template}, cells of that template only`, () => {
      expect(parsed.error).toBeNull();
      expect(parsed.meta.template).toBe(template);
      const n = template === 'gov2021' ? 200 : template === 'gov2019' ? 198 : 0;
      expect(Object.keys(parsed.cells)).toHaveLength(n);
      for (const k of Object.keys(parsed.cellNotes)) expect(parsed.cells).toHaveProperty(k);
    });

    it(`${file}: year ${year}`, () => expect(parsed.meta.year).toBe(year));
  }
});
