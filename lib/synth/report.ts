// One generated report: the document in its layout, and beside it the truth the parser must
// reproduce (cells, meta, narrative) and the findings it must raise.
import type { TableTemplate } from '../report/keys';
import { SYNTHETIC_MARKER } from '../report/synthetic';
import { applyTableError, EXPECTED_RULES, type DeliberateError, type ErrorKind } from './errors';
import { cellsJson, getCell, notesJson, type Cells } from './cells';
import { yearCells, type History } from './figures';
import type { Issuer } from './issuers';
import { renderDocument, type Block, type Layout } from './layout';
import type { Rng } from './prng';
import { writeProse, type Fees } from './prose';
import { pickStyle, styledTables } from './style';

export interface SynthTruth {
  file: string;
  synthetic: true;
  layout: Layout;
  /** null where the report prints a zero blank or as a dash */
  cells: Record<string, number | null>;
  /** the notes the parser must give (blank / dash cells); none for cells printed as numbers */
  cellNotes: Record<string, { raw: string; state: 'blank' | 'dash' }>;
  meta: {
    title: string;
    issuer: string;
    issuerLevel: Issuer['level'];
    year: number;
    template: TableTemplate;
    publishedOn: string;
    region: { status: 'resolved'; code: string };
  };
  narrative: Record<string, number>;
  deliberateError: DeliberateError | null;
  /** rules the report must raise (A*, R*, X1, C1, C9 are exhaustive: no others of those) */
  expectedFindings: { rule: string }[];
}

export interface SynthReport {
  /** relative path: <county code>/<issuer id>-<year>.<txt|html> */
  path: string;
  content: string;
  /** the truth file's content (JSON of SynthTruth), built as a string for speed */
  truthJson: string;
  error: ErrorKind | null;
  /** zeros printed blank or as a dash (the truth has null for them) */
  zerosUnstated: boolean;
}

/** The truth of a report as an object (tests; JSON.parse of what the truth file holds). */
export const readTruth = (json: string): SynthTruth => JSON.parse(json) as SynthTruth;

export interface ReportInput {
  issuer: Issuer;
  year: number;
  layout: Layout;
  error: ErrorKind | null;
  /** seeds the wording; last year's seed for a copied report */
  proseSeed: number;
}

// The six section titles and the variants real reports use (report-format §2).
const HEADINGS: readonly (readonly string[])[] = [
  ['一、总体情况'],
  [
    '二、主动公开政府信息情况',
    '二、主动公开政府信息情况',
    '二、主动公开政府信息的情况',
    '二、行政机关主动公开政府信息情况',
  ],
  [
    '三、收到和处理政府信息公开申请情况',
    '三、收到和处理政府信息公开申请情况',
    '三、行政机关收到和处理政府信息公开申请情况',
  ],
  [
    '四、政府信息公开行政复议、行政诉讼情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  ],
  [
    '五、存在的主要问题及改进情况',
    '五、存在的主要问题及改进情况',
    '五、政府信息公开工作存在的主要问题及改进情况',
  ],
  ['六、其他需要报告的事项'],
];

export const templateFor = (year: number): TableTemplate => (year >= 2021 ? 'gov2021' : 'gov2019');

function publicationDate(rng: Rng, year: number, late: boolean): string {
  // Townships and departments must publish by 31 January (report-format §7.1); a late one goes out
  // in February to April.
  const [month, day] = late ? [rng.int(2, 4), rng.int(1, 28)] : [1, rng.int(5, 31)];
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Most reports print every zero as 0; some leave zero cells blank (L9) or put a dash (L18). A Word
 * text export cannot show a blank cell apart from a merged one, so blanks are kept to the other
 * layouts. */
function zeroStyle(rng: Rng, layout: Layout): { raw: string; state: 'blank' | 'dash' } | null {
  const r = rng.next();
  if (r < 0.04 && layout !== 'lines') return { raw: '', state: 'blank' };
  if (r > 0.96) return { raw: rng.pick(['—', '-', '/', '--']), state: 'dash' };
  return null;
}

function fees(rng: Rng, cells: Cells): Fees | null {
  // F1: unpaid fee notices (其他处理 2) mean notices were sent, so section 六 states them.
  const unpaid = getCell(cells, 'applications.otherHandling.feeNotPaid.total');
  if (unpaid === 0 && !rng.chance(0.02)) return null;
  const notices = unpaid + rng.int(unpaid ? 0 : 1, 1);
  const paid = notices - unpaid;
  return { notices, amountYuan: notices * 100, collectedYuan: paid * 100 };
}

export function buildReport(input: ReportInput, rng: Rng, history: History): SynthReport {
  const { issuer, year, layout, error } = input;
  const template = templateFor(year);
  const cells = yearCells(rng, template, history);
  const detail = error ? applyTableError(rng, error, template, cells) : '';
  const proactiveItems = Math.max(1, Math.round(history.scale.items * (0.7 + rng.next() * 0.6)));
  const feeFigures = template === 'gov2021' ? fees(rng, cells) : null;
  const publishedOn = publicationDate(rng, year, error === 'late');
  const yearWord = rng.chance(0.2) ? `${year}年度` : `${year}年`;
  const title = `${issuer.county}${issuer.name}${yearWord}政府信息公开工作年度报告（${SYNTHETIC_MARKER}）`;
  const prose = writeProse({
    issuer,
    year,
    template,
    cells,
    proactiveItems,
    fees: feeFigures,
    proseSeed: input.proseSeed,
    halfWidth: rng.chance(0.3),
  });
  const style = pickStyle(rng, layout);
  const tables = styledTables(template, style);
  const values = cells.values;
  const zero = zeroStyle(rng, layout);
  const heading = (options: readonly string[]): Block => ({
    kind: 'heading',
    level: 1,
    text: rng.pick(options),
  });
  const pad = rng.chance(0.2) ? (n: number) => String(n).padStart(2, '0') : String;
  const [y, m, d] = publishedOn.split('-').map(Number);
  const blocks: Block[] = [
    { kind: 'title', text: title },
    ...prose.preamble,
    heading(HEADINGS[0]),
    ...prose.overview,
    heading(HEADINGS[1]),
    { kind: 'table', table: tables.proactive, values, zero: zero?.raw },
    heading(HEADINGS[2]),
    { kind: 'table', table: tables.applications, values, zero: zero?.raw },
    heading(HEADINGS[3]),
    { kind: 'table', table: tables.review, values, zero: zero?.raw },
    heading(HEADINGS[4]),
    ...prose.problems,
    heading(HEADINGS[5]),
    ...prose.other,
    { kind: 'sign', text: issuer.organ },
    { kind: 'sign', text: `${y}年${pad(m)}月${pad(d)}日` },
  ];
  const ext = layout === 'html' ? 'html' : 'txt';
  const path = `${issuer.regionCode.slice(0, 6)}/${issuer.id}-${year}.${ext}`;
  const truth: Omit<SynthTruth, 'cells' | 'cellNotes'> = {
    file: path,
    synthetic: true,
    layout,
    meta: {
      title,
      issuer: issuer.organ,
      issuerLevel: issuer.level,
      year,
      template,
      publishedOn,
      region: { status: 'resolved', code: issuer.regionCode },
    },
    narrative: prose.narrative,
    deliberateError: error ? { kind: error, detail: detail || describe(error, publishedOn) } : null,
    expectedFindings: error ? EXPECTED_RULES[error].map((rule) => ({ rule })) : [],
  };
  // cells go last, spliced in as a prepared string: the largest part of the file
  const head = JSON.stringify(truth);
  const truthJson =
    `${head.slice(0, -1)},"cells":${cellsJson(cells, zero !== null)},` +
    `"cellNotes":${notesJson(cells, zero)}}`;
  const content = renderDocument(blocks, layout, title);
  return { path, content, truthJson, error, zerosUnstated: zero !== null };
}

function describe(kind: ErrorKind, publishedOn: string): string {
  return kind === 'late'
    ? `published ${publishedOn}, after the 31 January deadline`
    : 'prose copied from last year';
}
