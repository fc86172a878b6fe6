// Splitting runs of digits whose cell boundaries were lost (L1, L2, L11; report-format.md §6.3).
// "640020470" under seven columns is 64,0,0,2,0,4,70 because the first six must sum to the seventh.
// No leading zeros except a lone "0". Work is capped so a long run can never blow up: past the cap the
// run is reported as unresolved and the cell is left for review.

const MAX_NODES = 50_000;
const MAX_RESULTS = 64;

function valid(s: string): boolean {
  return s.length > 0 && (s.length === 1 || s[0] !== '0') && s.length <= 15;
}

interface Budget {
  nodes: number;
}

/** Splits of `s` into `n` numbers whose first n−1 sum to the last. The total is chosen first (a suffix),
 * then the prefix is split under "partial sum ≤ total", which prunes nearly everything. */
function splitSummed(s: string, n: number, budget: Budget, limit: number): number[][] {
  const out: number[][] = [];
  for (let t = 1; t <= s.length - (n - 1); t++) {
    const totalText = s.slice(s.length - t);
    if (!valid(totalText)) continue;
    const total = Number(totalText);
    const prefix = s.slice(0, s.length - t);
    const maxLen = totalText.length;
    const parts: number[] = [];
    const walk = (pos: number, sum: number): void => {
      if (out.length >= limit || ++budget.nodes > MAX_NODES) return;
      const left = n - 1 - parts.length;
      if (left === 0) {
        if (pos === prefix.length && sum === total) out.push([...parts, total]);
        return;
      }
      const remaining = prefix.length - pos;
      if (remaining < left || remaining > left * maxLen) return;
      for (let len = 1; len <= Math.min(maxLen, remaining - (left - 1)); len++) {
        const piece = prefix.slice(pos, pos + len);
        if (!valid(piece)) break;
        const v = Number(piece);
        if (sum + v > total) break;
        parts.push(v);
        walk(pos + len, sum + v);
        parts.pop();
      }
    };
    walk(0, 0);
  }
  return out;
}

/** Splits of `s` into consecutive groups, each group summing like a table row (sizes e.g. [7] or
 * [5, 5, 5] for 行政复议 · 直接起诉 · 复议后起诉). Returns at most MAX_RESULTS, or null when the cap was hit. */
export function splitGroups(s: string, sizes: readonly number[]): number[][] | null {
  const budget: Budget = { nodes: 0 };
  const out: number[][] = [];
  const walk = (pos: number, g: number, acc: number[]): void => {
    if (out.length >= MAX_RESULTS || budget.nodes > MAX_NODES) return;
    if (g === sizes.length) {
      if (pos === s.length) out.push(acc);
      return;
    }
    const rest = sizes.slice(g + 1).reduce((a, b) => a + b, 0);
    const minEnd = pos + sizes[g];
    const maxEnd = g === sizes.length - 1 ? s.length : s.length - rest;
    for (let end = g === sizes.length - 1 ? s.length : minEnd; end <= maxEnd; end++) {
      for (const split of splitSummed(s.slice(pos, end), sizes[g], budget, MAX_RESULTS)) {
        walk(end, g + 1, [...acc, ...split]);
      }
    }
  };
  walk(0, 0, []);
  return budget.nodes > MAX_NODES ? null : out;
}

/** ways[k][i]: number of ways (capped) to cut s[i:] into k valid numbers. */
function waysTable(s: string, n: number, cap: number): Int32Array[] {
  const L = s.length;
  const ways: Int32Array[] = [new Int32Array(L + 1)];
  ways[0][L] = 1;
  for (let k = 1; k <= n; k++) {
    const cur = new Int32Array(L + 1);
    const prev = ways[k - 1];
    for (let i = L - 1; i >= 0; i--) {
      if (s.charCodeAt(i) === 48) {
        cur[i] = prev[i + 1]; // a lone "0"
        continue;
      }
      let w = 0;
      for (let j = i + 1; j <= L && j - i <= 15 && w < cap; j++) w += prev[j];
      cur[i] = Math.min(w, cap);
    }
    ways.push(cur);
  }
  return ways;
}

/** Number of ways to cut `s` into `n` valid numbers with no constraint, counted up to `cap`. */
export function countSplits(s: string, n: number, cap = 2): number {
  if (s.length < n) return 0;
  if (s.length === n) return 1;
  return waysTable(s, n, cap)[n][0];
}

/** The single unconstrained split, when there is exactly one ("000" → 0,0,0; "00" → 0,0). */
export function uniqueSplit(s: string, n: number): number[] | null {
  if (s.length === n) {
    const digits: number[] = [];
    for (let i = 0; i < n; i++) digits.push(Number(s[i]));
    return digits;
  }
  if (s.length < n) return null;
  const ways = waysTable(s, n, 2);
  if (ways[n][0] !== 1) return null;
  const out: number[] = [];
  let pos = 0;
  for (let k = n; k > 0; k--) {
    const maxJ = s.charCodeAt(pos) === 48 ? pos + 1 : Math.min(s.length, pos + 15);
    let j = pos + 1;
    while (j <= maxJ && ways[k - 1][j] === 0) j++;
    if (j > maxJ) return null;
    out.push(Number(s.slice(pos, j)));
    pos = j;
  }
  return pos === s.length ? out : null;
}

/** Keep the splits that cut at every place where the text had a space (L2: "230 000023" is 23,0,0,0,0,0,23
 * only if the space after "230" falls on a cell boundary). When none does, the spaces are noise. */
export function preferSpacing(candidates: number[][], boundaries: readonly number[]): number[][] {
  if (candidates.length < 2 || !boundaries.length) return candidates;
  const fit = candidates.filter((c) => {
    const cuts = new Set<number>();
    let pos = 0;
    for (const v of c) cuts.add((pos += String(v).length));
    return boundaries.every((b) => cuts.has(b));
  });
  return fit.length ? fit : candidates;
}

/** A row of n−1 printed values whose n cells must add up (the last is the total) lost one cell. It can be
 * put back only when every place it could have been gives the same row (e.g. all zeros). */
export function recoverLost(values: readonly number[]): number[] | null {
  const n = values.length + 1;
  let found: number[] | null = null;
  for (let p = 0; p < n; p++) {
    const row = values.slice(0, p);
    row.push(0);
    for (let k = p; k < values.length; k++) row.push(values[k]);
    let parts = 0;
    for (let k = 0; k < n - 1; k++) parts += row[k];
    row[p] = p === n - 1 ? parts : row[n - 1] - parts;
    if (row[p] < 0) continue;
    if (found && found.some((v, k) => v !== row[k])) return null;
    found = row;
  }
  return found;
}
