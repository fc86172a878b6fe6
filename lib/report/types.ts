// The one model of a parsed report (../shared/spec/parse-output.md). Ingest stores it, pages show it,
// exports return it: change it here and nowhere else.

export type Template = 'gov2021' | 'gov2019' | 'legacyTable' | 'legacyProse' | 'notAReport' | 'unknown';
export type IssuerLevel = 'township' | 'county' | 'city' | 'province' | 'department' | 'other';
export type RegionStatus = 'resolved' | 'ambiguous' | 'unresolved';
export type Severity = 'error' | 'warning' | 'info';
export type CellState = 'blank' | 'dash' | 'text' | 'inferred' | 'needsReview';

export interface RegionRef {
  code: string;
  name: string;
}

export interface RegionResolution {
  status: RegionStatus;
  /** deepest resolved code (2, 4, 6 or 9 digits), null when unresolved */
  code: string | null;
  province: RegionRef | null;
  city: RegionRef | null;
  county: RegionRef | null;
  township: RegionRef | null;
  candidates: { code: string; path: string }[];
}

export interface ReportMeta {
  title: string | null;
  issuer: string | null;
  issuerLevel: IssuerLevel;
  year: number | null;
  publishedOn: string | null; // ISO yyyy-mm-dd
  template: Template;
  region: RegionResolution;
}

export interface CellNote {
  raw: string;
  state: CellState;
}

export interface NarrativeFigure {
  value: number;
  sentence: string;
}

export type SectionKey =
  | 'overview'
  | 'proactive'
  | 'applications'
  | 'reviewLitigation'
  | 'problems'
  | 'other';

export type Sections = Record<SectionKey, string | null>;

export interface Finding {
  rule: string; // e.g. 'A3-balance', 'C1-deadline'
  severity: Severity;
  message: string; // zh-CN, for a supervisor
  cells: string[];
}

export interface LegacyFigure {
  value: number;
  sentence: string;
}

/** pre-2019 figures (report-format.md §8), keyed like 'legacy.proactive.count.thisYear' */
export type LegacyFigures = Record<string, LegacyFigure>;

export interface ParseError {
  code: 'unreadable' | 'binary' | 'empty' | 'tooLarge' | 'encoding' | 'notFound' | 'needsOcr';
  message: string;
}

export interface ParsedReport {
  file: string;
  sha256: string;
  parserVersion: string;
  error: ParseError | null;
  meta: ReportMeta;
  /** every key of the template (200 for gov2021, 198 for gov2019, none otherwise); null = not stated */
  cells: Record<string, number | null>;
  cellNotes: Record<string, CellNote>;
  legacy: LegacyFigures | null;
  narrative: Record<string, NarrativeFigure>;
  sections: Sections;
  findings: Finding[];
}

/** What lib/ingest/read.ts hands to the parser: plain text (HTML/DOCX tables already laid out as
 * tab-separated rows, one table row per line, spans expanded) plus hints from the container. */
export interface ReportText {
  text: string;
  hints: {
    title?: string | null;
    publishedOn?: string | null; // from HTML meta tags or crawler header
    sourceUrl?: string | null;
  };
}

/** Everything the parser needs from outside that is not the text (pure: no clock, no files). */
export interface ParseContext {
  /** today's date, ISO; the deadline check compares against it */
  today: string;
  /** a region code the caller already knows (ingest --region / manifest) */
  regionHint?: string | null;
}
