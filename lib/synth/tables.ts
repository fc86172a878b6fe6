// The three table groups as printed (report-format §3, §4), as a logical grid with rowspan/colspan
// like the official Word template and the real pingtan-*.html pages. The layouts in layout.ts flatten
// this one model, so every layout carries exactly the same cells. A value cell holds a slot
// (SLOT, cell position, SLOT) rather than a number: each table is laid out once per layout and the
// numbers of each report are filled in (see layout.ts).
import type { TableTemplate } from '../report/keys';
import { templateIndex } from './cells';

/** Marks a value slot in a laid-out table; never part of report text. */
export const SLOT = '\u0001';

export interface Cell {
  text: string;
  rowspan?: number;
  colspan?: number;
}
export type Row = Cell[];
export type Table = Row[];

const c = (text: string, colspan?: number, rowspan?: number): Cell => ({ text, colspan, rowspan });
type Num = (key: string) => Cell;

function slotter(t: TableTemplate): Num {
  const { index } = templateIndex(t);
  return (key) => {
    const i = index.get(key);
    if (i === undefined) throw new Error(`${key} is not a ${t} cell`);
    return c(`${SLOT}${i}${SLOT}`);
  };
}

function proactive2021(num: Num): Table {
  const v = (k: string) => num(`active.${k}`);
  return [
    [c('第二十条第（一）项', 4)],
    [c('信息内容'), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')],
    [c('规章'), v('regulations.issued'), v('regulations.repealed'), v('regulations.inForce')],
    [
      c('行政规范性文件'),
      v('normativeDocuments.issued'),
      v('normativeDocuments.repealed'),
      v('normativeDocuments.inForce'),
    ],
    [c('第二十条第（五）项', 4)],
    [c('信息内容'), c('本年处理决定数量', 3)],
    [c('行政许可'), { ...v('licensing.decisions'), colspan: 3 }],
    [c('第二十条第（六）项', 4)],
    [c('信息内容'), c('本年处理决定数量', 3)],
    [c('行政处罚'), { ...v('penalty.decisions'), colspan: 3 }],
    [c('行政强制'), { ...v('coercion.decisions'), colspan: 3 }],
    [c('第二十条第（八）项', 4)],
    [c('信息内容'), c('本年收费金额（单位：万元）', 3)],
    [c('行政事业性收费'), { ...v('adminFees.amountWan'), colspan: 3 }],
  ];
}

function proactive2019(num: Num): Table {
  const v = (k: string) => num(`active.${k}`);
  const items = (label: string, row: string): Row => [
    c(label),
    v(`${row}.priorItems`),
    v(`${row}.itemChange`),
    v(`${row}.decisions`),
  ];
  return [
    [c('第二十条第（一）项', 4)],
    [c('信息内容'), c('本年新制作数量'), c('本年新公开数量'), c('对外公开总数量')],
    [
      c('规章'),
      v('regulations.newlyMade'),
      v('regulations.newlyPublished'),
      v('regulations.publishedTotal'),
    ],
    [
      c('规范性文件'),
      v('normativeDocuments.newlyMade'),
      v('normativeDocuments.newlyPublished'),
      v('normativeDocuments.publishedTotal'),
    ],
    [c('第二十条第（五）项', 4)],
    [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('处理决定数量')],
    items('行政许可', 'licensing'),
    items('其他对外管理服务事项', 'otherServices'),
    [c('第二十条第（六）项', 4)],
    [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('处理决定数量')],
    items('行政处罚', 'penalty'),
    items('行政强制', 'coercion'),
    [c('第二十条第（八）项', 4)],
    [c('信息内容'), c('上一年项目数量'), c('本年增/减', 2)],
    [c('行政事业性收费'), v('adminFees.priorItems'), { ...v('adminFees.itemChange'), colspan: 2 }],
    [c('第二十条第（九）项', 4)],
    [c('信息内容'), c('采购项目数量'), c('采购总金额（单位：万元）', 2)],
    [c('政府集中采购'), v('procurement.projects'), { ...v('procurement.amount'), colspan: 2 }],
  ];
}

const COLUMNS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrg',
  'legalServiceOrg',
  'otherOrg',
  'total',
];

// Printed labels, character for character as the form prints them (§3.2).
const DENIED = [
  ['stateSecret', '1.属于国家秘密'],
  ['otherLawProhibits', '2.其他法律行政法规禁止公开'],
  ['endangersSecurityStability', '3.危及“三安全一稳定”'],
  ['thirdPartyRights', '4.保护第三方合法权益'],
  ['internalAffairs', '5.属于三类内部事务信息'],
  ['processInformation', '6.属于四类过程性信息'],
  ['enforcementFile', '7.属于行政执法案卷'],
  ['administrativeQuery', '8.属于行政查询事项'],
];
const UNABLE = [
  ['notHeld', '1.本机关不掌握相关政府信息'],
  ['wouldRequireCreation', '2.没有现成信息需要另行制作'],
  ['unclearAfterCorrection', '3.补正后申请内容仍不明确'],
];
const NOT_PROCESSED = [
  ['petitionOrComplaint', '1.信访举报投诉类申请'],
  ['repeated', '2.重复申请'],
  ['publicPublication', '3.要求提供公开出版物'],
  ['excessiveWithoutReason', '4.无正当理由大量反复申请'],
  ['confirmOrReissue', '5.要求行政机关确认或重新出具已获取信息'],
];
const OTHER_2021 = [
  ['noCorrectionInTime', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['feeNotPaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other', '3.其他'],
];

function applications(num: Num, t: TableTemplate): Table {
  const values = (row: string): Cell[] => COLUMNS.map((col) => num(`applications.${row}.${col}`));
  const group = (label: string, prefix: string, items: string[][]): Row[] =>
    items.map(([key, text], i) => [
      ...(i === 0 ? [c(label, undefined, items.length)] : []),
      c(text),
      ...values(`${prefix}.${key}`),
    ]);
  const other: Row[] =
    t === 'gov2021'
      ? group('（六）其他处理', 'otherHandling', OTHER_2021)
      : [[c('（六）其他处理', 2), ...values('otherHandling.undivided')]];
  const results: Row[] = [
    [c('（一）予以公开', 2), ...values('granted')],
    [
      c('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2),
      ...values('partiallyGranted'),
    ],
    ...group('（三）不予公开', 'denied', DENIED),
    ...group('（四）无法提供', 'unableToProvide', UNABLE),
    ...group('（五）不予处理', 'notProcessed', NOT_PROCESSED),
    ...other,
    [c('（七）总计', 2), ...values('resultsTotal')],
  ];
  results[0] = [c('三、本年度办理结果', undefined, results.length), ...results[0]];
  return [
    [
      c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3),
      c('申请人情况', 7),
    ],
    [c('自然人', undefined, 2), c('法人或其他组织', 5), c('总计', undefined, 2)],
    [c('商业企业'), c('科研机构'), c('社会公益组织'), c('法律服务机构'), c('其他')],
    [c('一、本年新收政府信息公开申请数量', 3), ...values('newReceived')],
    [c('二、上年结转政府信息公开申请数量', 3), ...values('carriedOver')],
    ...results,
    [c('四、结转下年度继续办理', 3), ...values('carriedForward')],
  ];
}

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

function review(num: Num): Table {
  const five = (group: string) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => num(`${group}.${k}`));
  return [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [...OUTCOMES.map((o) => c(o, undefined, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [...OUTCOMES.map((o) => c(o)), ...OUTCOMES.map((o) => c(o))],
    [...five('review'), ...five('litigation.direct'), ...five('litigation.afterReview')],
  ];
}

export interface ReportTables {
  proactive: Table;
  applications: Table;
  review: Table;
}

const cache = new Map<TableTemplate, ReportTables>();

/** The template's tables with value slots; the same objects every call, so layouts can be cached. */
export function reportTables(t: TableTemplate): ReportTables {
  let tables = cache.get(t);
  if (!tables) {
    const num = slotter(t);
    tables = {
      proactive: t === 'gov2021' ? proactive2021(num) : proactive2019(num),
      applications: applications(num, t),
      review: review(num),
    };
    cache.set(t, tables);
  }
  return tables;
}
