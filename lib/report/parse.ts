// The parser's entry point: text in, ParsedReport out (../shared/spec/parse-output.md). Pure, and it never
// throws: whatever goes wrong inside a stage becomes an empty result for that stage, not a crash.
import type {
  CellNote,
  Finding,
  LegacyFigures,
  NarrativeFigure,
  ParseContext,
  ParseError,
  ParsedReport,
  RegionResolution,
  ReportMeta,
  ReportText,
  Sections,
  Template,
} from './types';
import { compactLabel, normalizeText } from './normalize';
import { classifyTemplate } from './classify';
import { templateKeys, type TableTemplate } from './keys';
import { tokenize } from './tables-tokens';
import { findProactiveStart, readProactive } from './tables-proactive';
import { readApplications } from './tables-applications';
import { readReview } from './tables-review';
import { LATER_SECTION } from './tables';
import { checkArithmetic, checkTables, type TableGroupsFound } from './arithmetic';
import { splitSections } from './sections';
import { parseMeta } from './meta';
import { parseNarrative } from './narrative';
import { parseLegacy } from './legacy';
import { checkDocument } from './checks-document';

export const PARSER_VERSION = '1.0.0';

type FileRef = { path: string; sha256: string };

const NO_REGION: RegionResolution = {
  status: 'unresolved',
  code: null,
  province: null,
  city: null,
  county: null,
  township: null,
  candidates: [],
};

const NO_SECTIONS: Sections = {
  overview: null,
  proactive: null,
  applications: null,
  reviewLitigation: null,
  problems: null,
  other: null,
};

function emptyMeta(template: Template): ReportMeta {
  return {
    title: null,
    issuer: null,
    issuerLevel: 'other',
    year: null,
    publishedOn: null,
    template,
    region: { ...NO_REGION, candidates: [] },
  };
}

export function failedReport(file: FileRef, error: ParseError): ParsedReport {
  return {
    file: file.path,
    sha256: file.sha256,
    parserVersion: PARSER_VERSION,
    error,
    meta: emptyMeta('unknown'),
    cells: {},
    cellNotes: {},
    legacy: null,
    narrative: {},
    sections: { ...NO_SECTIONS },
    findings: [],
  };
}

/** Run a stage written elsewhere; a failure there must not lose the rest of the report. */
function guarded<T>(stage: () => T, fallback: T): T {
  try {
    return stage();
  } catch {
    return fallback;
  }
}

interface TableResult {
  cells: Record<string, number | null>;
  notes: Record<string, CellNote>;
  found: TableGroupsFound;
  oldCaptions: boolean;
}

const TABLE_START = /第二十条|信息内容|本年制发|本年新制作|勾稽|钩稽|本年新收|申请人情况/;
const TABLES_END = /五\s*[、.]\s*[^。\n]{0,20}(?:存在|改进)/g;

/** The stretch of text that can hold the tables: from the line of the first table label to the heading
 * of section 五. The prose around it is never tokenized (it is most of the text, and only noise here). */
function tableRegion(text: string): string {
  const m = TABLE_START.exec(text);
  if (!m) return text;
  const start = text.lastIndexOf('\n', m.index) + 1;
  TABLES_END.lastIndex = m.index;
  const end = TABLES_END.exec(text);
  // Keep the heading itself: readers stop at it.
  return text.slice(start, end ? end.index + end[0].length : text.length);
}

export function readTables(text: string, t: TableTemplate): TableResult {
  const ts = tokenize(tableRegion(text));
  const proactive = readProactive(ts, t, Infinity);
  // Later tables are searched after the earlier ones only when those were really found.
  const start = proactive.rowsFound ? Math.max(0, findProactiveStart(ts)) : 0;
  const apps = readApplications(ts, t, start);
  const review = readReview(ts, apps.rowsFound ? apps.endPos : start);
  const cells: Record<string, number | null> = {};
  const notes: Record<string, CellNote> = {};
  // Each table stores its keys in printed order, so the three together follow the key list. Their
  // prefixes (active., applications., review./litigation.) never overlap: the sizes add up to the
  // number of keys without counting the (large) record again.
  let count = 0;
  for (const table of [proactive, apps, review]) {
    table.cells.forEach((v, k) => (cells[k] = v));
    table.notes.forEach((n, k) => (notes[k] = n));
    count += table.cells.size;
  }
  const keys = templateKeys(t);
  if (count !== keys.length) {
    for (const k of keys) cells[k] ??= null;
    for (const k of Object.keys(cells)) if (!keys.includes(k)) delete cells[k];
  }
  return {
    cells,
    notes,
    found: {
      proactive: proactive.rowsFound,
      applications: apps.rowsFound,
      review: review.rowsFound,
    },
    oldCaptions: proactive.oldCaptions ?? false,
  };
}

/** Sections 五/六 are present: the text was not cut off before the tables could end. */
const isComplete = (text: string) => LATER_SECTION.test(compactLabel(text));

function parseUnsafe(input: ReportText, ctx: ParseContext, file: FileRef): ParsedReport {
  const text = normalizeText(typeof input.text === 'string' ? input.text : '');
  if (!text.trim()) return failedReport(file, { code: 'empty', message: '文件没有可读的文字内容' });
  const hints = input.hints ?? {};
  const template = classifyTemplate(text, hints.title ?? null);
  const sections = guarded(() => splitSections(text), { ...NO_SECTIONS });
  const metaPart = guarded(() => parseMeta(text, hints, ctx), null);
  const meta: ReportMeta = metaPart ? { ...metaPart, template } : emptyMeta(template);

  let cells: Record<string, number | null> = {};
  let cellNotes: Record<string, CellNote> = {};
  const findings: Finding[] = [];
  if (template === 'gov2021' || template === 'gov2019') {
    const tables = readTables(text, template);
    cells = tables.cells;
    cellNotes = tables.notes;
    findings.push(...checkArithmetic(cells, cellNotes, template));
    findings.push(...checkTables(tables.found, isComplete(text)));
    if (tables.oldCaptions)
      findings.push({
        rule: 'C2-format',
        severity: 'warning',
        message:
          '表二（主动公开）仍使用 2019 年试行格式的栏目（上一年项目数量、本年增/减），2021 年格式只填“本年处理决定数量”；行政许可、处罚、强制的数字无法可靠对应，已标为待核。',
        cells: ['active.licensing.decisions', 'active.penalty.decisions', 'active.coercion.decisions'],
      });
  } else if (template === 'legacyProse' && (meta.year ?? 0) >= 2019) {
    // A 2019+ report with no table at all (tables published as images, or stripped): C4.
    findings.push(...checkTables(null, isComplete(text)));
  }
  const legacy: LegacyFigures | null =
    template === 'legacyTable' || template === 'legacyProse'
      ? guarded(() => parseLegacy(text), {})
      : null;
  const narrative = guarded(
    () => parseNarrative(text, sections),
    {} as Record<string, NarrativeFigure>,
  );
  findings.push(
    ...guarded(
      () => checkDocument({ meta, cells, cellNotes, narrative, sections, text }, ctx),
      [] as Finding[],
    ),
  );
  return {
    file: file.path,
    sha256: file.sha256,
    parserVersion: PARSER_VERSION,
    error: null,
    meta,
    cells,
    cellNotes,
    legacy,
    narrative,
    sections,
    findings,
  };
}

export function parseReport(input: ReportText, ctx: ParseContext, file: FileRef): ParsedReport {
  try {
    return parseUnsafe(input, ctx, file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return failedReport(file, { code: 'unreadable', message: `解析失败：${message}` });
  }
}
