// The generator: issuers × years, one report each, produced lazily so a caller can stream 400,000
// reports to disk without holding them. Pure: the same options give the same reports, byte for byte.
import { newHistory } from './figures';
import { chooseError } from './errors';
import { pickIssuers } from './issuers';
import { LAYOUTS } from './layout';
import { mulberry32, seedOf } from './prng';
import { buildReport, type SynthReport } from './report';

export interface SynthOptions {
  townships: number;
  fromYear: number;
  toYear: number;
  seed: number;
  /** share of reports (0–1) that carry one deliberate error */
  errorRate: number;
  /** county departments only, no townships (to test the department path on its own) */
  departmentsOnly?: boolean;
}

export const FIRST_YEAR = 2019; // the 2019 Regulations' format; earlier reports have no national table

export function* generateReports(options: SynthOptions): Generator<SynthReport> {
  const { seed, fromYear, toYear } = options;
  let index = 0;
  for (const issuer of pickIssuers(
    options.townships,
    mulberry32(seedOf(seed, 'issuers')),
    options.departmentsOnly,
  )) {
    // One stream per issuer for its numbers: the carry-over and stock chains run through its years.
    const rng = mulberry32(seedOf(seed, issuer.id));
    const history = newHistory(rng, issuer.level);
    let previous: SynthReport | null = null;
    let previousProseSeed = 0;
    for (let year = fromYear; year <= toYear; year++) {
      const errorRng = mulberry32(seedOf(seed, issuer.id, year, 'error'));
      const error = chooseError(errorRng, options.errorRate, previous);
      // a copy takes the wording last year's report really had (itself perhaps a copy)
      const proseSeed =
        error === 'copied' ? previousProseSeed : seedOf(seed, issuer.id, year, 'prose');
      const report: SynthReport = buildReport(
        {
          issuer,
          year,
          // Rotate layouts so each issuer's years and each layout's issuers both vary.
          layout: LAYOUTS[(index + year) % LAYOUTS.length],
          error,
          proseSeed,
        },
        rng,
        history,
      );
      yield report;
      previous = report;
      previousProseSeed = proseSeed;
    }
    index++;
  }
}
