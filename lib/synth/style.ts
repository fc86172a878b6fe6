// How a given report prints the same labels (report-format §6.1): half-width brackets and "1、" item
// marks (L16), straight quotes, labels broken inside their cell by Word or PDF wrapping (L5), and Word
// bookmark markers in text exports (L13). Only wording changes; the numbers and the truth never do.
import type { TableTemplate } from '../report/keys';
import type { Layout } from './layout';
import type { Rng } from './prng';
import { reportTables, SLOT, type ReportTables, type Table } from './tables';

export interface TableStyle {
  halfWidth: boolean;
  itemMark: '.' | '、' | '．';
  asciiQuotes: boolean;
  /** long labels wrap inside their cell (a newline in Word text, <br> in HTML, a space in flat rows) */
  broken: boolean;
  /** Word text exports keep "[bookmark: _Hlk…]" before some labels */
  bookmarks: boolean;
}

export const PLAIN_STYLE: TableStyle = {
  halfWidth: false,
  itemMark: '.',
  asciiQuotes: false,
  broken: false,
  bookmarks: false,
};

export function pickStyle(rng: Rng, layout: Layout): TableStyle {
  return {
    halfWidth: rng.chance(0.3),
    itemMark: rng.pick(['.', '.', '、', '．'] as const),
    asciiQuotes: rng.chance(0.2),
    broken: rng.chance(0.35),
    bookmarks: layout === 'lines' && rng.chance(0.3),
  };
}

// Where real reports wrap (seed-wucun-2022.txt, 001.txt, 015.txt).
const BREAKS: Record<string, string> = {
  '三、本年度办理结果': '三、本年度办\n理结果',
  '（三）不予公开': '（三）不\n予公开',
  '（四）无法提供': '（四）无\n法提供',
  '（五）不予处理': '（五）不\n予处理',
  '（六）其他处理': '（六）其\n他处理',
  商业企业: '商业\n企业',
  社会公益组织: '社会\n公益\n组织',
  法律服务机构: '法律 服务\n机构',
  结果维持: '结果\n维持',
  结果纠正: '结果\n纠正',
  其他结果: '其他\n结果',
  '5.要求行政机关确认或重新出具已获取信息': '5.要求行政机关确认或重新出具已\n获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请':
    '1.申请人无正当理由逾期不补正、行\n政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请':
    '2.申请人逾期未按收费通知要求缴\n纳费用、行政机关不再处理其政府信\n息公开申请',
};

const BOOKMARKED = new Set([
  '一、本年新收政府信息公开申请数量',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '2.其他法律行政法规禁止公开',
  '4.保护第三方合法权益',
  '6.属于四类过程性信息',
  '8.属于行政查询事项',
]);

export function styleLabel(text: string, s: TableStyle): string {
  let out = text;
  if (s.bookmarks && BOOKMARKED.has(text)) out = `[bookmark: _Hlk6697${3400 + text.length}]${out}`;
  if (s.broken && BREAKS[text]) out = out.replace(text, BREAKS[text]);
  if (s.itemMark !== '.') out = out.replace(/^(\[bookmark: \w+\])?(\d)\./, `$1$2${s.itemMark}`);
  if (s.asciiQuotes) out = out.replace(/[“”]/g, '"');
  if (s.halfWidth)
    out = out.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',');
  return out;
}

function styleTable(table: Table, s: TableStyle): Table {
  return table.map((row) =>
    row.map((cell) =>
      cell.text.startsWith(SLOT) ? cell : { ...cell, text: styleLabel(cell.text, s) },
    ),
  );
}

const cache = new Map<string, ReportTables>();

/** The template's tables in a style; cached, so each style's layouts are compiled once. */
export function styledTables(t: TableTemplate, s: TableStyle): ReportTables {
  const key = `${t}|${s.halfWidth}|${s.itemMark}|${s.asciiQuotes}|${s.broken}|${s.bookmarks}`;
  let tables = cache.get(key);
  if (!tables) {
    const base = reportTables(t);
    tables = {
      proactive: styleTable(base.proactive, s),
      applications: styleTable(base.applications, s),
      review: styleTable(base.review, s),
    };
    cache.set(key, tables);
  }
  return tables;
}
