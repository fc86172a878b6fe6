import { describe, expect, it } from 'vitest';
import { checkArithmetic, checkTables } from '@/lib/report/arithmetic';
import { GOV2019_KEYS, GOV2021_KEYS } from '@/lib/report/keys';
import type { CellNote } from '@/lib/report/types';

function zeroCells(keys: readonly string[]): Record<string, number | null> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}
const row = (cells: Record<string, number | null>, r: string, vals: number[]) =>
  [
    'naturalPerson',
    'commercialEnterprise',
    'researchInstitution',
    'publicInterestOrg',
    'legalServiceOrg',
    'otherOrg',
    'total',
  ].forEach((c, i) => (cells[`applications.${r}.${c}`] = vals[i]));

describe('checkArithmetic', () => {
  it('passes a consistent table', () => {
    expect(checkArithmetic(zeroCells(GOV2021_KEYS), {}, 'gov2021')).toEqual([]);
  });

  it('reports A2 with the printed numbers (Pingtan 2020: 27 vs 21)', () => {
    const cells = zeroCells(GOV2019_KEYS);
    row(cells, 'newReceived', [20, 1, 0, 0, 0, 0, 21]);
    row(cells, 'granted', [7, 0, 0, 0, 0, 0, 7]);
    row(cells, 'partiallyGranted', [6, 0, 0, 0, 0, 0, 6]);
    row(cells, 'unableToProvide.notHeld', [4, 0, 0, 0, 0, 0, 4]);
    row(cells, 'unableToProvide.unclearAfterCorrection', [2, 1, 0, 0, 0, 0, 3]);
    row(cells, 'notProcessed.repeated', [3, 0, 0, 0, 0, 0, 3]);
    row(cells, 'otherHandling.undivided', [4, 0, 0, 0, 0, 0, 4]);
    row(cells, 'resultsTotal', [20, 1, 0, 0, 0, 0, 21]);
    const f = checkArithmetic(cells, {}, 'gov2019');
    expect(f.map((x) => x.rule)).toEqual(['A2-resultsSum', 'A2-resultsSum']);
    expect(f[0].message).toBe('本年度办理结果各项之和（26）与（七）总计（20）不一致（自然人列）');
    expect(f[1].message).toBe('本年度办理结果各项之和（27）与（七）总计（21）不一致（总计列）');
    expect(f[1].severity).toBe('error');
    expect(f[1].cells).toContain('applications.resultsTotal.total');
  });

  it('reports A1 and A3 naming the numbers', () => {
    const cells = zeroCells(GOV2021_KEYS);
    row(cells, 'newReceived', [5, 1, 0, 0, 0, 0, 0]);
    const f = checkArithmetic(cells, {}, 'gov2021');
    expect(f[0]).toMatchObject({ rule: 'A1-rowTotal', severity: 'error' });
    expect(f[0].message).toContain('（6）与总计（0）');
    expect(f.some((x) => x.rule === 'A3-balance' && x.message.includes('（5）'))).toBe(true);
  });

  it('treats a blank 总计 as "not stated" (§5.4) and other blanks as 0', () => {
    const cells = zeroCells(GOV2019_KEYS);
    const notes: Record<string, CellNote> = {};
    row(cells, 'granted', [5, 0, 0, 0, 0, 0, 0]);
    cells['applications.granted.total'] = null;
    notes['applications.granted.total'] = { raw: '', state: 'blank' };
    cells['applications.granted.commercialEnterprise'] = null;
    notes['applications.granted.commercialEnterprise'] = { raw: '', state: 'blank' };
    row(cells, 'newReceived', [5, 0, 0, 0, 0, 0, 5]);
    row(cells, 'resultsTotal', [5, 0, 0, 0, 0, 0, 5]);
    // No A1 for 予以公开, no A2 on the 总计 column; the blank 商业企业 cell counts as 0 and A2 holds.
    expect(checkArithmetic(cells, notes, 'gov2019')).toEqual([]);
    row(cells, 'resultsTotal', [6, 0, 0, 0, 0, 0, 5]);
    expect(checkArithmetic(cells, notes, 'gov2019').map((x) => x.message)).toEqual([
      '“（七）总计”行各列之和（6）与总计（5）不一致',
      '本年度办理结果各项之和（5）与（七）总计（6）不一致（自然人列）',
      '新收与上年结转之和（5）不等于办理结果总计与结转下年度之和（6）（自然人列）',
    ]);
  });

  it('reports a check on a cell left for review as not assessable (info), not an error', () => {
    const cells = zeroCells(GOV2021_KEYS);
    cells['applications.granted.naturalPerson'] = null;
    const notes: Record<string, CellNote> = {
      'applications.granted.naturalPerson': { raw: '270020130', state: 'needsReview' },
    };
    const f = checkArithmetic(cells, notes, 'gov2021');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(f.map((x) => x.rule)).toEqual(['A1-rowTotal', 'A2-resultsSum']);
  });

  it('checks R1–R3', () => {
    const cells = zeroCells(GOV2021_KEYS);
    cells['litigation.direct.upheld'] = 13;
    cells['litigation.direct.total'] = 12;
    const f = checkArithmetic(cells, {}, 'gov2021');
    expect(f).toHaveLength(1);
    expect(f[0].rule).toBe('R2-direct');
    expect(f[0].message).toContain('（13）与总计（12）');
  });

  it('S1: negative counts are errors, a negative itemChange and decimal money are not', () => {
    const cells = zeroCells(GOV2019_KEYS);
    cells['active.licensing.itemChange'] = -18;
    cells['active.procurement.amount'] = 75394432.52;
    expect(checkArithmetic(cells, {}, 'gov2019')).toEqual([]);
    cells['active.penalty.decisions'] = -3;
    expect(checkArithmetic(cells, {}, 'gov2019').map((x) => x.rule)).toEqual(['S1-signs']);
  });

  it('does not check what a cut-off text never printed', () => {
    const cells = zeroCells(GOV2021_KEYS);
    for (const k of GOV2021_KEYS)
      if (k.includes('resultsTotal') || k.includes('carriedForward')) cells[k] = null;
    expect(checkArithmetic(cells, {}, 'gov2021')).toEqual([]);
  });
});

describe('checkTables (C4)', () => {
  it('warns about a missing group in a complete text', () => {
    const f = checkTables({ proactive: 6, applications: 0, review: 1 }, true);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'C4-tables', severity: 'warning' });
    expect(f[0].message).toContain('收到和处理政府信息公开申请情况');
  });
  it('only informs when the text is cut off', () => {
    expect(checkTables(null, false)[0].severity).toBe('info');
    expect(checkTables({ proactive: 1, applications: 1, review: 1 }, true)).toEqual([]);
  });
});
