// The compliance lists (late reports and four kinds of findings) and the cursor that pages them: pure, so the
// URL vocabulary (lib/view.ts), the database queries and the page share one definition.

export const COMPLIANCE_KINDS = ['late', 'arithmetic', 'template', 'carry', 'copied'] as const;
export type ComplianceKind = (typeof COMPLIANCE_KINDS)[number];

/** Rows per list and page. */
export const COMPLIANCE_PAGE_SIZE = 100;

/**
 * Where a page starts: the sort key of the last row of the page before. Every list is ordered by year
 * (newest first), then by the place the report belongs to (its deepest region code, so a county's rows stand
 * together in the gazetteer's order), then by report id and, for findings, by finding id: the order of the
 * lists' indexes, so a page is a walk of at most one page of index entries from the cursor.
 */
export interface ComplianceCursor {
  year: number;
  /** deepest region code of the report ('' when its region was not resolved) */
  place: string;
  reportId: number;
  /** the finding's id (0 for the late list, which has one row per report) */
  findingId: number;
}

/** '2025-350128-1234-5678': short, readable, and legal in a URL without escaping. */
export function formatCursor(c: ComplianceCursor): string {
  return `${c.year}-${c.place}-${c.reportId}-${c.findingId}`;
}

export const CURSOR_PATTERN = /^(\d{4})-(\d{0,12})-(\d{1,10})-(\d{1,10})$/;

/** The cursor of a URL, or null for anything that is not one (the list then starts at its first page). */
export function parseCursor(text: string): ComplianceCursor | null {
  const m = CURSOR_PATTERN.exec(text);
  if (!m) return null;
  const [year, reportId, findingId] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (reportId > 2 ** 31 - 1 || findingId > 2 ** 31 - 1) return null;
  return { year, place: m[2], reportId, findingId };
}
