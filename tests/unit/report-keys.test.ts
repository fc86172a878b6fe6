import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOV2019_KEYS, GOV2021_KEYS, REVIEW_KEYS, applicationRows } from '@/lib/report/keys';

const read = (f: string) =>
  fs
    .readFileSync(path.join(__dirname, '../../lib/report', f), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('template keys', () => {
  it('match keys-gov2021.txt exactly, in order', () => {
    expect([...GOV2021_KEYS]).toEqual(read('keys-gov2021.txt'));
    expect(GOV2021_KEYS).toHaveLength(200);
  });

  it('match keys-gov2019.txt exactly, in order', () => {
    expect([...GOV2019_KEYS]).toEqual(read('keys-gov2019.txt'));
    expect(GOV2019_KEYS).toHaveLength(198);
  });

  it('have 25 application rows in 2021 and 23 in 2019, 15 review cells', () => {
    expect(applicationRows('gov2021')).toHaveLength(25);
    expect(applicationRows('gov2019')).toHaveLength(23);
    expect(REVIEW_KEYS).toHaveLength(15);
  });
});
