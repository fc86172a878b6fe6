// The official tables as printed (国办公开办函〔2019〕60号 and 〔2021〕30号 formats, report-format.md §3–§4):
// row labels with their row/column spans and the cell key of each number, so the report page can draw a
// report the way its issuer published it.
import { APPLICATION_COLUMNS, COLUMN_LABELS, REVIEW_KEYS, ROW_LABELS } from './report/keys';

export interface LabelCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

export interface PrintedRow {
  labels: LabelCell[];
  keys: string[];
}

export interface PrintedTable {
  caption: string;
  header: LabelCell[][];
  rows: PrintedRow[];
}

type Template = 'gov2021' | 'gov2019';
const cols = (row: string, columns: string[]) => columns.map((c) => `active.${row}.${c}`);

/** 二、主动公开政府信息情况: four small tables in 2021, five in 2019. */
export function proactiveTables(t: Template): PrintedTable[] {
  const head = (...h: string[]): LabelCell[][] => [[{ text: '信息内容' }, ...h.map((text) => ({ text }))]];
  const r = (text: string, keys: string[]): PrintedRow => ({ labels: [{ text }], keys });
  if (t === 'gov2021')
    return [
      {
        caption: '第二十条第（一）项',
        header: head('本年制发件数', '本年废止件数', '现行有效件数'),
        rows: [
          r('规章', cols('regulations', ['issued', 'repealed', 'inForce'])),
          r('行政规范性文件', cols('normativeDocuments', ['issued', 'repealed', 'inForce'])),
        ],
      },
      { caption: '第二十条第（五）项', header: head('本年处理决定数量'), rows: [r('行政许可', cols('licensing', ['decisions']))] },
      {
        caption: '第二十条第（六）项',
        header: head('本年处理决定数量'),
        rows: [r('行政处罚', cols('penalty', ['decisions'])), r('行政强制', cols('coercion', ['decisions']))],
      },
      {
        caption: '第二十条第（八）项',
        header: head('本年收费金额（单位：万元）'),
        rows: [r('行政事业性收费', cols('adminFees', ['amountWan']))],
      },
    ];
  const items = ['priorItems', 'itemChange', 'decisions'];
  return [
    {
      caption: '第二十条第（一）项',
      header: head('本年新制作数量', '本年新公开数量', '对外公开总数量'),
      rows: [
        r('规章', cols('regulations', ['newlyMade', 'newlyPublished', 'publishedTotal'])),
        r('规范性文件', cols('normativeDocuments', ['newlyMade', 'newlyPublished', 'publishedTotal'])),
      ],
    },
    {
      caption: '第二十条第（五）项',
      header: head('上一年项目数量', '本年增/减', '处理决定数量'),
      rows: [r('行政许可', cols('licensing', items)), r('其他对外管理服务事项', cols('otherServices', items))],
    },
    {
      caption: '第二十条第（六）项',
      header: head('上一年项目数量', '本年增/减', '处理决定数量'),
      rows: [r('行政处罚', cols('penalty', items)), r('行政强制', cols('coercion', items))],
    },
    {
      caption: '第二十条第（八）项',
      header: head('上一年项目数量', '本年增/减'),
      rows: [r('行政事业性收费', cols('adminFees', ['priorItems', 'itemChange']))],
    },
    {
      caption: '第二十条第（九）项',
      header: head('采购项目数量', '采购总金额'),
      rows: [r('政府集中采购', cols('procurement', ['projects', 'amount']))],
    },
  ];
}

const app = (row: string) => APPLICATION_COLUMNS.map((c) => `applications.${row}.${c}`);
const group = (title: string, items: [string, string][]): PrintedRow[] =>
  items.map(([row, text], i) => ({
    labels: i === 0 ? [{ text: title, rowSpan: items.length }, { text }] : [{ text }],
    keys: app(row),
  }));

/** 三、收到和处理政府信息公开申请情况: the 7-column matrix; only （六）其他处理 differs between formats. */
export function applicationsTable(t: Template): PrintedTable {
  const other: PrintedRow[] =
    t === 'gov2021'
      ? group('（六）其他处理', [
          ['otherHandling.noCorrectionInTime', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
          ['otherHandling.feeNotPaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
          ['otherHandling.other', '3.其他'],
        ])
      : [{ labels: [{ text: '（六）其他处理', colSpan: 2 }], keys: app('otherHandling.undivided') }];
  const results: PrintedRow[] = [
    { labels: [{ text: '（一）予以公开', colSpan: 2 }], keys: app('granted') },
    { labels: [{ text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', colSpan: 2 }], keys: app('partiallyGranted') },
    ...group('（三）不予公开', [
      ['denied.stateSecret', '1.属于国家秘密'],
      ['denied.otherLawProhibits', '2.其他法律行政法规禁止公开'],
      ['denied.endangersSecurityStability', '3.危及“三安全一稳定”'],
      ['denied.thirdPartyRights', '4.保护第三方合法权益'],
      ['denied.internalAffairs', '5.属于三类内部事务信息'],
      ['denied.processInformation', '6.属于四类过程性信息'],
      ['denied.enforcementFile', '7.属于行政执法案卷'],
      ['denied.administrativeQuery', '8.属于行政查询事项'],
    ]),
    ...group('（四）无法提供', [
      ['unableToProvide.notHeld', '1.本机关不掌握相关政府信息'],
      ['unableToProvide.wouldRequireCreation', '2.没有现成信息需要另行制作'],
      ['unableToProvide.unclearAfterCorrection', '3.补正后申请内容仍不明确'],
    ]),
    ...group('（五）不予处理', [
      ['notProcessed.petitionOrComplaint', '1.信访举报投诉类申请'],
      ['notProcessed.repeated', '2.重复申请'],
      ['notProcessed.publicPublication', '3.要求提供公开出版物'],
      ['notProcessed.excessiveWithoutReason', '4.无正当理由大量反复申请'],
      ['notProcessed.confirmOrReissue', '5.要求行政机关确认或重新出具已获取信息'],
    ]),
    ...other,
    { labels: [{ text: '（七）总计', colSpan: 2 }], keys: app('resultsTotal') },
  ];
  results[0].labels.unshift({ text: '三、本年度办理结果', rowSpan: results.length });
  return {
    caption: '收到和处理政府信息公开申请情况',
    header: [
      [
        { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rowSpan: 3, colSpan: 3 },
        { text: '申请人情况', colSpan: 7 },
      ],
      [{ text: '自然人', rowSpan: 2 }, { text: '法人或其他组织', colSpan: 5 }, { text: '总计', rowSpan: 2 }],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text })),
    ],
    rows: [
      { labels: [{ text: '一、本年新收政府信息公开申请数量', colSpan: 3 }], keys: app('newReceived') },
      { labels: [{ text: '二、上年结转政府信息公开申请数量', colSpan: 3 }], keys: app('carriedOver') },
      ...results,
      { labels: [{ text: '四、结转下年度继续办理', colSpan: 3 }], keys: app('carriedForward') },
    ],
  };
}

const FIVE = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** 四、政府信息公开行政复议、行政诉讼情况: one row of 15 numbers under a three-row header. */
export function reviewTable(): PrintedTable {
  return {
    caption: '政府信息公开行政复议、行政诉讼情况',
    header: [
      [{ text: '行政复议', colSpan: 5 }, { text: '行政诉讼', colSpan: 10 }],
      [...FIVE.map((text) => ({ text, rowSpan: 2 })), { text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
      [...FIVE, ...FIVE].map((text) => ({ text })),
    ],
    rows: [{ labels: [], keys: [...REVIEW_KEYS] }],
  };
}

export const SECTION_TITLES = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

export const TEMPLATE_LABELS: Record<string, string> = {
  gov2021: '2021 年格式（国办公开办函〔2021〕30号）',
  gov2019: '2019 年试行格式（国办公开办函〔2019〕60号）',
  legacyTable: '2019 年以前的报告（附统计表）',
  legacyProse: '2019 年以前的报告（无统一表格）',
};

const RESULT_LABELS: Record<string, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** The printed name of a cell, for "涉及：" under a finding. */
export function cellLabel(key: string): string {
  const parts = key.split('.');
  if (parts[0] === 'applications') {
    const col = parts[parts.length - 1];
    const row = parts.slice(1, -1).join('.');
    return `${ROW_LABELS[row] ?? row} · ${COLUMN_LABELS[col] ?? col}`;
  }
  if (parts[0] === 'review') return `行政复议 · ${RESULT_LABELS[parts[1]] ?? parts[1]}`;
  if (parts[0] === 'litigation')
    return `行政诉讼（${parts[1] === 'direct' ? '未经复议直接起诉' : '复议后起诉'}）· ${RESULT_LABELS[parts[2]] ?? parts[2]}`;
  for (const t of ['gov2021', 'gov2019'] as const)
    for (const table of proactiveTables(t))
      for (const row of table.rows) {
        const i = row.keys.indexOf(key);
        if (i >= 0) return `${table.caption} ${row.labels[0].text} · ${table.header[0][i + 1].text}`;
      }
  return key;
}
