// Checks of one report as a document (report-format.md §7.2): deadline C1, format C2, sections C3, fee
// reporting C6, statistical period C8, and the prose against the tables (T1, F1). The table arithmetic
// (A1–A3, R1–R3) lives with the table readers.
import { deadlineFor } from './deadline';
import { publicationDate } from './meta-date';
import { yearFromPeriod, yearFromTitle } from './meta-year';
import { checkFees, checkTextVsTable } from './checks-text';
import type {
  CellNote,
  Finding,
  NarrativeFigure,
  ParseContext,
  ReportMeta,
  SectionKey,
  Sections,
} from './types';

export interface DocumentCheckInput {
  meta: ReportMeta;
  cells: Record<string, number | null>;
  cellNotes: Record<string, CellNote>;
  narrative: Record<string, NarrativeFigure>;
  sections: Sections;
  text: string;
}

const SECTION_TITLES: Record<SectionKey, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

const LEVEL_WORDS: Record<ReportMeta['issuerLevel'], string> = {
  township: '乡镇（街道）',
  department: '政府部门',
  county: '县级人民政府',
  city: '市级人民政府',
  province: '省级人民政府',
  other: '发布机关',
};

function finding(rule: string, severity: Finding['severity'], message: string): Finding {
  return { rule, severity, message, cells: [] };
}

function checkDeadline(meta: ReportMeta, text: string, today: string): Finding[] {
  if (meta.year === null)
    return [finding('C1-deadline', 'info', '无法判断报告年度，发布时限无法核对。')];
  const deadline = deadlineFor(meta.issuerLevel, meta.year);
  if (meta.publishedOn === null) {
    return [
      finding(
        'C1-deadline',
        'info',
        today > deadline
          ? `报告未载明发布日期，无法核对是否在 ${deadline} 前发布。`
          : `报告未载明发布日期；发布期限 ${deadline} 尚未届满。`,
      ),
    ];
  }
  if (meta.publishedOn <= deadline) return [];
  // A date under the signature is the report's own; a page or archive timestamp may be a later
  // migration of the page, so it only makes the report look late.
  const signed = publicationDate(text, null);
  const own = signed?.source === 'signature' && signed.date === meta.publishedOn;
  const who = LEVEL_WORDS[meta.issuerLevel];
  return [
    finding(
      'C1-deadline',
      own ? 'warning' : 'info',
      own
        ? `${who}的${meta.year}年度报告应于 ${deadline} 前发布，报告落款日期为 ${meta.publishedOn}，已逾期。`
        : `${who}的${meta.year}年度报告应于 ${deadline} 前发布，网页显示的发布时间为 ${meta.publishedOn}，看起来已逾期（网页时间可能是后来迁移的时间，请核实）。`,
    ),
  ];
}

function checkFormat(meta: ReportMeta): Finding[] {
  const { year, template } = meta;
  if (year === null || year < 2019 || template === 'notAReport' || template === 'unknown')
    return [];
  if (year >= 2021 && template === 'gov2019')
    return [
      finding(
        'C2-format',
        'warning',
        `${year}年度报告仍使用2019年试行格式的表格，应使用2021年修订的统一格式。`,
      ),
    ];
  if (year <= 2020 && template === 'gov2021')
    return [
      finding('C2-format', 'info', `${year}年度报告使用了2021年才印发的格式，请核对报告年度。`),
    ];
  if (template === 'legacyTable' || template === 'legacyProse')
    return [
      finding(
        'C2-format',
        'warning',
        `${year}年度报告未使用国务院办公厅规定的统一格式（缺少统一的统计表格）。`,
      ),
    ];
  return [];
}

function checkSections(meta: ReportMeta, sections: Sections): Finding[] {
  if (meta.year === null || meta.year < 2019 || meta.template === 'notAReport') return [];
  const missing = (Object.keys(SECTION_TITLES) as SectionKey[]).filter((k) => sections[k] === null);
  if (missing.length === 0) return [];
  return [
    finding(
      'C3-sections',
      'warning',
      `报告缺少以下部分（或标题无法识别）：${missing.map((k) => SECTION_TITLES[k]).join('；')}。`,
    ),
  ];
}

function checkFeeReport(meta: ReportMeta, sections: Sections, text: string): Finding[] {
  if (meta.year === null || meta.year < 2021 || meta.template === 'notAReport') return [];
  const where = sections.other ?? text;
  if (/信息处理费|处理费|收费通知|收取费用|收费/.test(where)) return [];
  return [
    finding(
      'C6-feeReport',
      'warning',
      '“其他需要报告的事项”中未说明信息处理费的收取情况（发出收费通知的件数和金额、实际收取金额，没有也应写明）。',
    ),
  ];
}

function checkPeriod(meta: ReportMeta, text: string): Finding[] {
  if (meta.template === 'notAReport') return [];
  const period = yearFromPeriod(text);
  if (period === null)
    return [
      finding('C8-period', 'info', '报告未说明数据的统计期限（通常为当年1月1日至12月31日）。'),
    ];
  const titled = yearFromTitle(meta.title);
  if (titled !== null && titled !== period)
    return [
      finding('C8-period', 'warning', `标题为${titled}年度报告，但正文所列统计期限为${period}年。`),
    ];
  return [];
}

export function checkDocument(input: DocumentCheckInput, ctx: ParseContext): Finding[] {
  const { meta, cells, cellNotes, narrative, sections, text } = input;
  if (meta.template === 'notAReport') return [];
  return [
    ...checkTextVsTable(cells, cellNotes, narrative),
    ...checkFees(cells, cellNotes, narrative),
    ...checkDeadline(meta, text, ctx.today),
    ...checkFormat(meta),
    ...checkSections(meta, sections),
    ...checkFeeReport(meta, sections, text),
    ...checkPeriod(meta, text),
  ];
}
