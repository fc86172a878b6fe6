// Parsed report vs. the generator's truth: one line per disagreement, so a test (or a benchmark run
// over 400,000 files) can say exactly which cell of which file the parser got wrong.
import type { Finding, ParsedReport } from '../report/types';
import type { SynthTruth } from './report';

/** Rules the truth is exhaustive about: a report raises these exactly when its deliberate error says so. */
export const GOVERNED_RULE = /^(A\d|R\d|X1|C1|C9)-/;

type Parsed = Pick<ParsedReport, 'meta' | 'cells' | 'cellNotes' | 'narrative' | 'findings'>;

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);
}

export function compareMeta(parsed: Parsed, truth: SynthTruth): string[] {
  const out: string[] = [];
  const m = parsed.meta;
  const t = truth.meta;
  const check = (what: string, got: unknown, want: unknown) => {
    if (!same(got, want))
      out.push(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  check('meta.year', m.year, t.year);
  check('meta.template', m.template, t.template);
  check('meta.publishedOn', m.publishedOn, t.publishedOn);
  check('meta.issuerLevel', m.issuerLevel, t.issuerLevel);
  check('meta.region.status', m.region.status, t.region.status);
  check('meta.region.code', m.region.code, t.region.code);
  return out;
}

export function compareCells(parsed: Parsed, truth: SynthTruth): string[] {
  const out: string[] = [];
  const want = Object.keys(truth.cells);
  const got = Object.keys(parsed.cells);
  if (got.length !== want.length)
    out.push(`cells: expected ${want.length} keys, got ${got.length}`);
  for (const k of want) {
    const v = parsed.cells[k];
    // A 'text' note only keeps the raw wording (a unit such as 元 beside 采购总金额); any other note
    // says the value is not simply read.
    const note = parsed.cellNotes[k]?.state === 'text' ? undefined : parsed.cellNotes[k];
    const wantNote = truth.cellNotes[k];
    if (!same(v, truth.cells[k]) || note?.state !== wantNote?.state)
      out.push(
        `${k}: expected ${truth.cells[k]}${wantNote ? ` (${wantNote.state} "${wantNote.raw}")` : ''}, ` +
          `got ${v}${note ? ` (${note.state} "${note.raw}")` : ''}`,
      );
  }
  return out;
}

export function compareNarrative(parsed: Parsed, truth: SynthTruth): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(truth.narrative), ...Object.keys(parsed.narrative)]);
  for (const k of keys) {
    const got = parsed.narrative[k]?.value;
    if (!same(got, truth.narrative[k]))
      out.push(
        `narrative ${k}: expected ${truth.narrative[k]}, got ${got}${parsed.narrative[k] ? ` from "${parsed.narrative[k].sentence}"` : ''}`,
      );
  }
  return out;
}

/** Governed rules raised vs. expected; `extra` adds cross-report findings computed by the caller. */
export function compareFindings(
  parsed: Parsed,
  truth: SynthTruth,
  extra: Finding[] = [],
): string[] {
  const raised = new Set(
    [...parsed.findings, ...extra].map((f) => f.rule).filter((r) => GOVERNED_RULE.test(r)),
  );
  const expected = new Set(truth.expectedFindings.map((f) => f.rule));
  const out: string[] = [];
  for (const r of expected) if (!raised.has(r)) out.push(`finding ${r}: expected, not raised`);
  for (const f of [...parsed.findings, ...extra]) {
    if (GOVERNED_RULE.test(f.rule) && !expected.has(f.rule))
      out.push(`finding ${f.rule}: raised, not expected (${f.message})`);
  }
  return out;
}

export function compareReport(parsed: Parsed, truth: SynthTruth, extra: Finding[] = []): string[] {
  return [
    ...compareMeta(parsed, truth),
    ...compareCells(parsed, truth),
    ...compareNarrative(parsed, truth),
    ...compareFindings(parsed, truth, extra),
  ];
}
