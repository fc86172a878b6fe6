import { describe, expect, it } from 'vitest';
import { regionPathCodes } from '@/lib/regions/path-codes';
import type { RegionResolution } from '@/lib/report/types';

const at = (code: string | null): RegionResolution => ({
  status: code ? 'resolved' : 'unresolved',
  code,
  province: null,
  city: null,
  county: null,
  township: null,
  candidates: [],
});

describe('the region columns of a stored report', () => {
  it('follow the code down through real divisions', () => {
    expect(regionPathCodes(at('370481111'))).toEqual(['37', '3704', '370481', '370481111']);
    expect(regionPathCodes(at('3704'))).toEqual(['37', '3704', null, null]);
    expect(regionPathCodes(at(null))).toEqual([null, null, null, null]);
  });

  it('put a county-level city under its province’s placeholder city, which no report names', () => {
    expect(regionPathCodes(at('659011502'))).toEqual(['65', '6590', '659011', '659011502']);
    expect(regionPathCodes(at('419001'))).toEqual(['41', '4190', '419001', null]);
  });
});
