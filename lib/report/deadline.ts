import type { IssuerLevel } from './types';

export interface DeadlineOptions {
  /** departments and townships: month-day of the deadline (default '01-31') */
  lowerLevelDeadline?: string;
}

export function deadlineFor(level: IssuerLevel, year: number, options: DeadlineOptions = {}): string {
  const lower = options.lowerLevelDeadline ?? '01-31';
  if (year < 2019) return `${year + 1}-03-31`;
  if (level === 'department' || level === 'township') return `${year + 1}-${lower}`;
  return `${year + 1}-03-31`;
}
