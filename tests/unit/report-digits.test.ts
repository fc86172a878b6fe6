import { describe, expect, it } from 'vitest';
import {
  countSplits,
  preferSpacing,
  recoverLost,
  splitGroups,
  uniqueSplit,
} from '@/lib/report/digits';

describe('splitting run-together digits (§6.3)', () => {
  it('splits an applications row under A1', () => {
    expect(splitGroups('640020470', [7])).toEqual([[64, 0, 0, 2, 0, 4, 70]]);
    expect(splitGroups('713000074', [7])).toEqual([[71, 3, 0, 0, 0, 0, 74]]);
  });

  it('returns every A1-consistent split when the row alone cannot decide', () => {
    const a = splitGroups('270020130', [7]);
    expect(a).toContainEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(a).toContainEqual([2, 7, 0, 0, 20, 1, 30]);
    const b = splitGroups('191000020', [7]);
    expect(b).toContainEqual([19, 1, 0, 0, 0, 0, 20]);
    expect(b).toContainEqual([1, 9, 10, 0, 0, 0, 20]);
  });

  it('splits the 15-cell review row under R1–R3 (L11)', () => {
    expect(splitGroups('10203120001200000', [5, 5, 5])).toEqual([
      [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0],
    ]);
  });

  it('never allows leading zeros', () => {
    expect(splitGroups('0000000', [7])).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    expect(splitGroups('00001', [7])).toEqual([]);
  });

  it('stays bounded on long runs', () => {
    const t0 = performance.now();
    const r = splitGroups('1234567891234567891234567891234567891234', [5, 5, 5]);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r === null || Array.isArray(r)).toBe(true);
  });

  it('counts unconstrained splits (proactive rows)', () => {
    expect(countSplits('000', 3)).toBe(1);
    expect(countSplits('693665', 3)).toBe(2); // capped: many
    expect(uniqueSplit('000', 3)).toEqual([0, 0, 0]);
    expect(uniqueSplit('0100', 3)).toEqual([0, 10, 0]);
    expect(uniqueSplit('693665', 3)).toBeNull();
    expect(uniqueSplit('12', 3)).toBeNull();
  });

  it('prefers splits that respect the spaces printed (L2)', () => {
    // "27002 0130": the space after the fifth digit is a cell boundary in only one reading.
    const options = [
      [27, 0, 0, 2, 0, 1, 30],
      [2, 7, 0, 0, 20, 1, 30],
    ];
    expect(preferSpacing(options, [5])).toEqual([[27, 0, 0, 2, 0, 1, 30]]);
    expect(preferSpacing(options, [8])).toEqual(options);
  });

  it('puts back one lost cell only when its place does not matter', () => {
    expect(recoverLost([0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(recoverLost([5, 0, 0, 0, 0, 5])).toBeNull();
  });
});
