// Publication deadlines (report-format.md §7.1). Regulations of 2019, Art. 49: departments of a
// government at county level or above publish by 31 January; a county-or-higher people's government
// publishes its own report by 31 March. Townships and sub-district offices are not named there; counties
// set 31 January for them in practice, configurable. Reports before 2019 (2007 Regulations): 31 March.
import type { IssuerLevel } from './types';

export interface DeadlineOptions {
  /** month-day of the deadline for townships and sub-district offices (default '01-31') */
  townshipDeadline?: string;
}

/** ISO date (yyyy-mm-dd) of the last day the report for `year` may be published. */
export function deadlineFor(
  level: IssuerLevel,
  year: number,
  options: DeadlineOptions = {},
): string {
  if (year < 2019) return `${year + 1}-03-31`;
  if (level === 'department') return `${year + 1}-01-31`;
  if (level === 'township') return `${year + 1}-${options.townshipDeadline ?? '01-31'}`;
  // county, city, province; an unknown level gets the later deadline rather than a false alarm
  return `${year + 1}-03-31`;
}
