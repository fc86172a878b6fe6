// Which template a document follows (report-format.md §1). Decided from the table labels, never from the
// notice number the report cites (a 2022 report may cite 60号 and still use the 2021 table).
import type { Template } from './types';
import { compactLabel } from './normalize';

// Labels printed only in the 2021 table (第二十条第（一）项 columns; (六) sub-row 2, the fee rule of 2020).
const GOV2021 = /本年制发件数|现行有效件数|逾期未按收费通知要求缴纳费用|本年废止件数/;
// Labels printed only in the 2019 trial table. 政府集中采购 alone also occurs in prose ("政府集中采购项目类
// 信息55条", 010.txt), so the procurement table is recognised by its column headers.
const GOV2019 =
  /本年新制作数量|本年新公开数量|对外公开总数量|其他对外管理服务事项|第二十条第\(九\)项|上一年项目数量|采购项目数量|采购总金额/;
// The pre-2019 statistical table (指标名称 | 计量单位 | 本年度 | 历年累计).
const LEGACY_TABLE = /指标名称|计量单位|历年累计/;
// A document about reports rather than a report: an explanation, a graphic, a system, a notice.
const NOT_A_REPORT = /解读|图解|一图读懂|图说|年度报告制度|(?:编制|做好|报送|有关事项|格式).*通知/;

/** The document's title: a crawler "标题:" line, else the first short line that names a report. */
export function findTitle(text: string): string | null {
  const lines = text.split('\n').slice(0, 40);
  for (const l of lines) {
    const m = /^\s*标题\s*[:：]\s*(.+)$/.exec(l);
    if (m) return m[1].trim();
  }
  for (const l of lines) {
    const s = l.replace(/^[#\s*]+/, '').trim();
    if (
      s.length >= 6 &&
      s.length <= 80 &&
      /报告|年报|解读|图解|制度|通知/.test(s) &&
      !/[。；]/.test(s)
    ) {
      return s;
    }
  }
  return null;
}

export function classifyTemplate(text: string, title?: string | null): Template {
  const heading = compactLabel(title ?? findTitle(text) ?? '');
  if (heading && NOT_A_REPORT.test(heading)) return 'notAReport';
  const body = compactLabel(text);
  if (GOV2021.test(body)) return 'gov2021';
  if (GOV2019.test(body)) return 'gov2019';
  if (LEGACY_TABLE.test(body)) return 'legacyTable';
  if (body.length < 40) return 'unknown';
  // A report without any table. Fragments that hold a gov table but no version label (a page cut out of
  // a PDF, 015.txt / 033.txt) cannot be told apart: unknown.
  if (/本年新收|予以公开|维持|尚未审?结|行政复议行政诉讼/.test(body)) return 'unknown';
  return /年度报告|年报|工作报告|公开工作/.test(body) ? 'legacyProse' : 'unknown';
}
