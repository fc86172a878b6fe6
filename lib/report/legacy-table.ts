// The 政府信息公开情况统计表 of pre-2019 reports (report-format.md §8): rows "指标名称 | 计量单位 | 本年度 |
// 历年累计". Copies flatten it into one line with the values run together: "主动公开文件数条206912106其中:
// 1.政府网站公开数条2069121062.政府公报公开数条00…". A row's run of digits ends where the next label
// begins, and a trailing "2." is that label's item number.

export interface LegacyRow {
  key: string;
  label: string;
  /** the digits as printed (spaces kept: a spaced copy separates the columns itself) */
  digits: string;
  line: string;
}

/** Row labels → keys. Order matters: the more specific wording first. */
const LABELS: [RegExp, string][] = [
  [/政府网站公开|网站公开/, 'legacy.proactive.viaWebsite'],
  [/政府公报公开|公报公开/, 'legacy.proactive.viaGazette'],
  [/主动公开(?:政府)?(?:信息|文件)|主动公开数/, 'legacy.proactive.count'],
  [/当面申请/, 'legacy.applications.byChannel.inPerson'],
  [/信函、?传真申请|传真、?信函申请/, 'legacy.applications.byChannel.letterOrFax'],
  [/传真申请/, 'legacy.applications.byChannel.fax'],
  [/电子邮件申请/, 'legacy.applications.byChannel.email'],
  [/网上申请|网络申请/, 'legacy.applications.byChannel.online'],
  [/信函申请/, 'legacy.applications.byChannel.letter'],
  [/其[它他]形式申请/, 'legacy.applications.byChannel.other'],
  [/依申请公开信息总数|申请总数|收到申请数|受理申请/, 'legacy.applications.received'],
  [/同意部分公开/, 'legacy.replies.partiallyGranted'],
  [/同意公开/, 'legacy.replies.granted'],
  [/否决公开|不予公开答复/, 'legacy.replies.denied'],
  [/其他类型答复|其它类型答复/, 'legacy.replies.other'],
  [/答复(?:总)?数/, 'legacy.replies.total'],
  [/收费|减免金额/, 'legacy.fees.amountYuan'],
  [/行政复议/, 'legacy.review.count'],
  [/接受行政诉讼、?举报|行政申诉|举报投诉/, 'legacy.complaints.count'],
  [/行政诉讼/, 'legacy.litigation.count'],
];

const ROW =
  /([\u4e00-\u9fa5、,()"“”《》]+?)\s*(万元|条|件|元|个|次|人)\s*(\d[\d \t]*?)(?=\s*(?:\d[.、．]\s*)?[\u4e00-\u9fa5]|\s*$|\s*\n)/g;

export interface LegacyTable {
  /** the table has a 历年累计 column: each row holds two values */
  cumulative: boolean;
  rows: LegacyRow[];
}

export function findLegacyTable(text: string): LegacyTable | null {
  const at = text.search(/指标名称/);
  if (at < 0) return null;
  const header =
    /^指标名称\s*计量单位\s*(?:(?:19|20)\d\d\s*年度?|本年度?)?\s*(历年累计|累计)?/.exec(
      text.slice(at),
    );
  const start = at + (header ? header[0].length : 4);
  const end = text.indexOf('。', start);
  const segment = text.slice(start, end < 0 ? start + 3000 : end);
  const rows: LegacyRow[] = [];
  for (const m of segment.matchAll(ROW)) {
    const label = m[1].replace(/^(?:其中|[,、])+/, '');
    const hit = LABELS.find(([re]) => re.test(label));
    if (!hit || rows.some((r) => r.key === hit[1])) continue;
    rows.push({ key: hit[1], label, digits: m[3].trim(), line: m[0].trim() });
  }
  return rows.length > 0 ? { cumulative: Boolean(header?.[1]), rows } : null;
}

/** Every reading of a run as (this year, cumulative): no leading zeros, cumulative ≥ this year. */
export function pairReadings(digits: string): [number, number][] {
  const parts = digits.split(/\s+/).filter(Boolean);
  if (parts.length === 2) return [[Number(parts[0]), Number(parts[1])]];
  const s = parts.join('');
  const out: [number, number][] = [];
  for (let i = 1; i < s.length; i++) {
    const a = s.slice(0, i);
    const b = s.slice(i);
    if ((a.length > 1 && a[0] === '0') || (b.length > 1 && b[0] === '0')) continue;
    if (Number(b) >= Number(a)) out.push([Number(a), Number(b)]);
  }
  return out;
}
