// The numbers of one report, built so the table's arithmetic holds by construction (report-format §5):
// every application is given an applicant column and then one outcome row or 结转下年度, so A1 (row
// totals), A2 (results sum) and A3 (balance) follow from counting, and next year's 上年结转 is this
// year's 结转下年度 (X1). Stocks run on from year to year too (X2 现行有效, X3 上一年项目数量).
import { APPLICATION_COLUMNS, resultRowKeys, type TableTemplate } from '../report/keys';
import { getCell, newCells, setCell, templateIndex, type Cells } from './cells';
import type { Rng } from './prng';

const PEOPLE = APPLICATION_COLUMNS.slice(0, 6);
// Who applies to a township: nearly always private persons (Pingtan, seed reports).
const PERSON_WEIGHTS = [85, 6, 0.5, 1.5, 2, 5];

/** Outcome weights by result row; rows not listed get a small default weight. */
const OUTCOME_WEIGHTS: Record<string, number> = {
  granted: 45,
  partiallyGranted: 7,
  'denied.thirdPartyRights': 2,
  'denied.processInformation': 2,
  'denied.internalAffairs': 1.5,
  'unableToProvide.notHeld': 22,
  'unableToProvide.wouldRequireCreation': 3,
  'unableToProvide.unclearAfterCorrection': 2,
  'notProcessed.petitionOrComplaint': 3,
  'notProcessed.repeated': 3,
  'otherHandling.noCorrectionInTime': 2,
  'otherHandling.feeNotPaid': 0.4,
  'otherHandling.other': 2,
  'otherHandling.undivided': 6,
};

/** What one issuer carries from one year's report to the next. */
export interface History {
  /** mean number of new applications a year */
  activity: number;
  /** 结转下年度 by applicant column, i.e. next year's 上年结转 */
  carried: number[];
  normativeInForce: number;
  normativePublished: number;
  /** 上一年项目数量 for next year (2019 format) */
  priorItems: Record<string, number>;
  /** typical yearly decision counts, so a township stays itself from year to year */
  scale: { licensing: number; penalty: number; coercion: number; items: number };
}

export function newHistory(rng: Rng, level: 'township' | 'department'): History {
  // Most townships get 0–5 applications a year; a few get dozens (report-format §5, issue 5).
  const tier = rng.weighted([70, 25, 5]);
  const base = [0.8, 4, 25][tier] * (level === 'department' ? 2.5 : 1);
  return {
    activity: base * (0.6 + rng.next() * 0.8),
    // A few issuers enter the first year with a case left over from the year before.
    carried: PEOPLE.map((_, col) => (col === 0 && rng.chance(0.05) ? 1 : 0)),
    normativeInForce: rng.int(0, 8),
    normativePublished: rng.int(0, 30),
    priorItems: {
      licensing: rng.int(0, 40),
      otherServices: rng.int(0, 20),
      penalty: rng.int(0, 30),
      coercion: rng.int(0, 6),
      adminFees: rng.int(0, 5),
    },
    scale: {
      licensing: rng.chance(0.5) ? rng.int(1, 300) : 0,
      penalty: rng.chance(0.5) ? rng.int(1, 40) : 0,
      coercion: rng.chance(0.15) ? rng.int(1, 5) : 0,
      items: rng.int(40, 900),
    },
  };
}

function applications(rng: Rng, t: TableTemplate, h: History, cells: Cells): void {
  const { appRows, appBase } = templateIndex(t);
  const results = resultRows(t);
  const v = cells.values;
  const at = (row: number, col: number) => appBase + 7 * row + col;
  const [newReceived, carriedOver, resultsTotal, carriedForward] = [
    'newReceived',
    'carriedOver',
    'resultsTotal',
    'carriedForward',
  ].map((k) => appRows.indexOf(k));
  const settle = (col: number, mayCarry: boolean) => {
    const row =
      mayCarry && rng.chance(0.08) ? carriedForward : results.rows[rng.weighted(results.weights)];
    v[at(row, col)]++;
  };
  h.carried.forEach((n, col) => {
    v[at(carriedOver, col)] = n;
    for (let i = 0; i < n; i++) settle(col, false); // last year's open cases are closed this year
  });
  const received = rng.poisson(h.activity);
  for (let i = 0; i < received; i++) {
    const col = rng.weighted(PERSON_WEIGHTS);
    v[at(newReceived, col)]++;
    settle(col, true);
  }
  for (const r of results.rows)
    for (let col = 0; col < 6; col++) v[at(resultsTotal, col)] += v[at(r, col)];
  for (let r = 0; r < appRows.length; r++) {
    let sum = 0;
    for (let col = 0; col < 6; col++) sum += v[at(r, col)];
    v[at(r, 6)] = sum;
  }
  h.carried = PEOPLE.map((_, col) => v[at(carriedForward, col)]);
}

const resultCache = new Map<TableTemplate, { rows: number[]; weights: number[] }>();

/** Row positions of the outcome rows (A2) and how likely each outcome is. */
function resultRows(t: TableTemplate): { rows: number[]; weights: number[] } {
  let r = resultCache.get(t);
  if (!r) {
    const { appRows } = templateIndex(t);
    const keys = resultRowKeys(t);
    r = {
      rows: keys.map((k) => appRows.indexOf(k)),
      weights: keys.map((k) => OUTCOME_WEIGHTS[k] ?? 0.3),
    };
    resultCache.set(t, r);
  }
  return r;
}

const FIVE = ['upheld', 'corrected', 'other', 'pending'] as const;

function reviewAndLitigation(rng: Rng, h: History, cells: Cells): void {
  const busy = Math.min(1, h.activity / 25);
  // Reviews and lawsuits are rare for a township; busier issuers see more of them.
  const groups: [string, number][] = [
    ['review', 0.02 + 0.2 * busy],
    ['litigation.direct', 0.01 + 0.1 * busy],
    ['litigation.afterReview', 0.005 + 0.05 * busy],
  ];
  for (const [group, p] of groups) {
    if (!rng.chance(p)) continue;
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) {
      const key = `${group}.${FIVE[rng.weighted([55, 12, 18, 15])]}`;
      setCell(cells, key, getCell(cells, key) + 1);
    }
    setCell(cells, `${group}.total`, n);
  }
}

const decimals = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

function proactive2021(rng: Rng, h: History, cells: Cells): void {
  const set = (k: string, value: number) => setCell(cells, `active.${k}`, value);
  // Townships and county departments make no 规章 (only provincial and larger-city governments do),
  // so the 规章 row stays 0.
  const issued = rng.chance(0.2) ? rng.int(1, 3) : 0;
  const repealed =
    h.normativeInForce > 0 && rng.chance(0.15) ? rng.int(1, Math.min(2, h.normativeInForce)) : 0;
  h.normativeInForce += issued - repealed;
  set('normativeDocuments.issued', issued);
  set('normativeDocuments.repealed', repealed);
  set('normativeDocuments.inForce', h.normativeInForce);
  set('licensing.decisions', vary(rng, h.scale.licensing));
  set('penalty.decisions', vary(rng, h.scale.penalty));
  set('coercion.decisions', vary(rng, h.scale.coercion));
  set(
    'adminFees.amountWan',
    rng.chance(0.25) ? decimals(rng.next() * 40 + 0.01, rng.int(1, 4)) : 0,
  );
}

function proactive2019(rng: Rng, h: History, cells: Cells): void {
  const set = (k: string, value: number) => setCell(cells, `active.${k}`, value);
  const made = rng.chance(0.25) ? rng.int(1, 3) : 0;
  h.normativePublished += made;
  set('normativeDocuments.newlyMade', made);
  set('normativeDocuments.newlyPublished', made);
  set('normativeDocuments.publishedTotal', h.normativePublished);
  for (const row of ['licensing', 'otherServices', 'penalty', 'coercion', 'adminFees']) {
    const prior = h.priorItems[row];
    const change = rng.chance(0.3) ? rng.int(-Math.min(3, prior), 4) : 0;
    set(`${row}.priorItems`, prior);
    set(`${row}.itemChange`, change);
    h.priorItems[row] = prior + change; // X3: next year's 上一年项目数量
  }
  set('licensing.decisions', vary(rng, h.scale.licensing));
  set('otherServices.decisions', vary(rng, Math.round(h.scale.licensing / 3)));
  set('penalty.decisions', vary(rng, h.scale.penalty));
  set('coercion.decisions', vary(rng, h.scale.coercion));
  const projects = rng.chance(0.1) ? rng.int(1, 3) : 0;
  set('procurement.projects', projects);
  // 采购总金额 in 万元 (the header says so), up to 4 decimals as the form asks.
  set('procurement.amount', projects ? decimals(rng.next() * 120 + 1, rng.int(0, 4)) : 0);
}

export function vary(rng: Rng, scale: number): number {
  return scale === 0 ? 0 : Math.max(0, Math.round(scale * (0.6 + rng.next() * 0.8)));
}

/** All cells of one year's tables; updates the history for next year. */
export function yearCells(rng: Rng, t: TableTemplate, h: History): Cells {
  const cells = newCells(t);
  if (t === 'gov2021') proactive2021(rng, h, cells);
  else proactive2019(rng, h, cells);
  applications(rng, t, h, cells);
  reviewAndLitigation(rng, h, cells);
  return cells;
}
