// Each corpus report's meta, checked by eye against the text and INDEX.tsv. Only what the text decides
// is recorded: a report signed "我镇" with no name has no issuer and an unresolved region.
import { describe, expect, it } from 'vitest';
import { parseMeta } from '@/lib/report/meta';
import type { IssuerLevel, RegionStatus } from '@/lib/report/types';
import { corpusText } from './helpers/corpus-text';

interface Expected {
  year: number | null;
  level: IssuerLevel;
  region: RegionStatus | string; // a code when resolved
  publishedOn?: string | null;
  issuer?: string | null;
}

const CORPUS: Record<string, Expected> = {
  '001.txt': {
    year: 2024,
    level: 'city',
    region: '3208',
    issuer: '淮安市人民政府',
    publishedOn: null,
  },
  '003.txt': { year: 2019, level: 'city', region: '350128', publishedOn: '2020-01-20' },
  '005.txt': { year: 2021, level: 'city', region: '350128', publishedOn: '2022-02-08' },
  '007.txt': { year: 2023, level: 'city', region: '350128', publishedOn: '2024-03-08' },
  '009.txt': { year: 2025, level: 'city', region: '350128', publishedOn: '2026-03-10' },
  '010.txt': { year: 2018, level: 'city', region: '350128', publishedOn: '2019-01-10' },
  '011.txt': { year: 2016, level: 'city', region: '350128', publishedOn: '2017-01-18' },
  '013.txt': {
    year: 2011,
    level: 'county',
    region: '350128',
    issuer: '平潭县人民政府',
    publishedOn: '2012-04-18',
  },
  '016.txt': { year: 2022, level: 'township', region: 'ambiguous', issuer: '太平镇人民政府' },
  '017.txt': { year: 2022, level: 'township', region: 'unresolved', issuer: null },
  '019.txt': { year: 2022, level: 'township', region: '610828109', publishedOn: '2023-01-31' },
  '020.txt': { year: 2020, level: 'township', region: 'ambiguous', issuer: '中村乡' },
  '021.txt': { year: 2020, level: 'township', region: '360429200' },
  '022.txt': { year: 2020, level: 'township', region: '330825201', publishedOn: '2021-01-29' },
  '023.txt': { year: 2021, level: 'township', region: 'ambiguous', publishedOn: '2022-01-18' },
  '026.txt': { year: 2023, level: 'township', region: 'unresolved' },
  '027.txt': { year: 2023, level: 'township', region: '211224120', publishedOn: '2024-01-31' },
  '029.txt': { year: 2023, level: 'township', region: 'unresolved' },
  '031.txt': { year: 2019, level: 'township', region: 'unresolved' },
  '032.txt': { year: 2020, level: 'department', region: 'unresolved' },
  '033.txt': { year: 2022, level: 'department', region: '371003', issuer: '威海市文登区信访局' },
  '035.txt': { year: 2018, level: 'township', region: '440823109', publishedOn: '2019-01-18' },
  '036.txt': { year: 2017, level: 'township', region: 'unresolved', issuer: null },
  '037.txt': { year: 2016, level: 'township', region: 'unresolved' },
  '038.txt': {
    year: 2016,
    level: 'township',
    region: '440203102',
    issuer: '韶关市武江区龙归镇人民政府',
  },
  '040.txt': { year: 2020, level: 'department', region: '440783', issuer: '开平市农业农村局' },
  '041.txt': { year: 2024, level: 'township', region: '610923111', publishedOn: '2025-02-06' },
  '043.txt': { year: 2024, level: 'township', region: '330421102' },
  '047.txt': { year: 2020, level: 'township', region: '610802005' },
  '049.txt': { year: 2024, level: 'township', region: '360732105' },
  '050.txt': { year: 2019, level: 'township', region: 'ambiguous', issuer: '马水镇' },
  '051.txt': { year: 2022, level: 'township', region: '371082107', issuer: '荫子镇人民政府' },
  '052.txt': { year: 2022, level: 'township', region: '371082110', publishedOn: '2023-01-31' },
  'seed-bacun-2023.txt': { year: 2023, level: 'township', region: '411623106' },
  'seed-bodang-2022.txt': { year: 2022, level: 'township', region: '411421200' },
  'seed-chaihudian-2022.txt': {
    year: 2022,
    level: 'township',
    region: '370481111',
    issuer: '柴胡店镇人民政府',
    publishedOn: '2023-01-29',
  },
  'seed-fudian-2020.txt': { year: 2020, level: 'township', region: '410307107' },
  'seed-wucun-2022.txt': { year: 2022, level: 'township', region: 'ambiguous' },
  'pingtan-czj-2022.txt': {
    year: 2022,
    level: 'department',
    region: '350128',
    publishedOn: '2023-01-05',
  },
  'pingtan-gwh-2025.txt': {
    year: 2025,
    level: 'department',
    region: '350128',
    publishedOn: '2026-01-30',
  },
  'pingtan-gyz-2025.txt': {
    year: 2025,
    level: 'department',
    region: '350128',
    publishedOn: '2026-04-17',
  },
};

describe('meta of every corpus report', () => {
  for (const [file, want] of Object.entries(CORPUS)) {
    it(file, () => {
      const m = parseMeta(corpusText(file), {}, { today: '2026-06-01' });
      expect(m.year).toBe(want.year);
      expect(m.issuerLevel).toBe(want.level);
      if (/^\d+$/.test(want.region)) {
        expect(m.region.status).toBe('resolved');
        expect(m.region.code).toBe(want.region);
      } else expect(m.region.status).toBe(want.region);
      if (want.publishedOn !== undefined) expect(m.publishedOn).toBe(want.publishedOn);
      if (want.issuer !== undefined) expect(m.issuer).toBe(want.issuer);
    });
  }
});
