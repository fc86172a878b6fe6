// The cell keys of the two national templates (report-format.md §3, §4), built from the structure of the
// printed tables so that readers and checks share one definition. keys-gov2021.txt / keys-gov2019.txt are
// the reference lists; tests/unit/report-keys.test.ts keeps the two in step.

export type TableTemplate = 'gov2021' | 'gov2019';

/** A printed row: the fragments that anchor its label (whitespace removed, ASCII brackets after NFKC),
 * tried in order; a RegExp where the fragment needs an item number. */
export interface RowDef {
  key: string;
  anchors: readonly (string | RegExp)[];
  columns: readonly string[];
}

export const APPLICATION_COLUMNS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'publicInterestOrg',
  'legalServiceOrg',
  'otherOrg',
  'total',
] as const;

const A = APPLICATION_COLUMNS;
const row = (key: string, ...anchors: (string | RegExp)[]): RowDef => ({
  key,
  anchors,
  columns: A,
});

// Anchors are taken from the start of each label: PDF text wraps long labels around their numbers
// ("5.要求行政机关确认或重新出 / 1 0 0 0 0 0 1 / 具已获取信息", 001.txt), so only the head is reliable.
const HEAD_ROWS: RowDef[] = [
  row('newReceived', '本年新收', '新收政府信息公开申请'),
  row('carriedOver', '上年结转'),
  row('granted', '予以公开'),
  row('partiallyGranted', '部分公开'),
  row('denied.stateSecret', '国家秘密'),
  row('denied.otherLawProhibits', '其他法律', '禁止公开'),
  row('denied.endangersSecurityStability', '危及', '三安全一稳定'),
  row('denied.thirdPartyRights', '保护第三方', '第三方合法'),
  row('denied.internalAffairs', '三类内部', '内部事务'),
  row('denied.processInformation', '四类过程', '过程性信息'),
  row('denied.enforcementFile', '行政执法案', '执法案卷'),
  row('denied.administrativeQuery', '行政查询'),
  row('unableToProvide.notHeld', '本机关不掌握', '不掌握'),
  row('unableToProvide.wouldRequireCreation', '没有现成', '另行制作'),
  row('unableToProvide.unclearAfterCorrection', '补正后申请', '仍不明确'),
  row('notProcessed.petitionOrComplaint', '信访举报', '投诉类'),
  row('notProcessed.repeated', '重复申请'),
  row('notProcessed.publicPublication', '要求提供公开', '公开出版物'),
  row('notProcessed.excessiveWithoutReason', '无正当理由大量', '大量反复'),
  row('notProcessed.confirmOrReissue', '要求行政机关确认', '确认或重新'),
];

const TAIL_ROWS: RowDef[] = [
  row('resultsTotal', '(七)总计', '七)总计', '总计'),
  row('carriedForward', '结转下年度', '下年度继续'),
];

// (六)其他处理: one row in the 2019 trial format, three sub-rows from 2021 (收费 rule of 国办函〔2020〕109号).
const OTHER_2021: RowDef[] = [
  row('otherHandling.noCorrectionInTime', '无正当理由逾期', '逾期不补正'),
  row('otherHandling.feeNotPaid', '逾期未按收费', '缴纳费用'),
  row('otherHandling.other', /\d[.、]?其他/, '其他'),
];
const OTHER_2019: RowDef[] = [row('otherHandling.undivided', '其他处理')];

export function applicationRows(t: TableTemplate): readonly RowDef[] {
  return t === 'gov2021'
    ? [...HEAD_ROWS, ...OTHER_2021, ...TAIL_ROWS]
    : [...HEAD_ROWS, ...OTHER_2019, ...TAIL_ROWS];
}

/** Rows that (七)总计 sums (A2): every row between 予以公开 and 总计. */
export function resultRowKeys(t: TableTemplate): string[] {
  return applicationRows(t)
    .map((r) => r.key)
    .filter((k) => !['newReceived', 'carriedOver', 'resultsTotal', 'carriedForward'].includes(k));
}

export interface ProactiveRowDef {
  key: string;
  anchors: readonly string[];
  columns: readonly string[];
  /** columns that hold money (decimals allowed) */
  money?: readonly string[];
  /** columns that may be negative */
  signed?: readonly string[];
}

const P = (
  key: string,
  anchors: string[],
  columns: string[],
  extra: Partial<ProactiveRowDef> = {},
) => ({
  key,
  anchors,
  columns,
  ...extra,
});
const ITEMS = ['priorItems', 'itemChange', 'decisions'];

export const PROACTIVE_2021: readonly ProactiveRowDef[] = [
  P('regulations', ['规章'], ['issued', 'repealed', 'inForce']),
  P('normativeDocuments', ['行政规范性文件', '规范性文件'], ['issued', 'repealed', 'inForce']),
  P('licensing', ['行政许可'], ['decisions']),
  P('penalty', ['行政处罚'], ['decisions']),
  P('coercion', ['行政强制'], ['decisions']),
  P('adminFees', ['行政事业性收费', '事业性收费'], ['amountWan'], { money: ['amountWan'] }),
];

export const PROACTIVE_2019: readonly ProactiveRowDef[] = [
  P('regulations', ['规章'], ['newlyMade', 'newlyPublished', 'publishedTotal']),
  P('normativeDocuments', ['规范性文件'], ['newlyMade', 'newlyPublished', 'publishedTotal']),
  P('licensing', ['行政许可'], ITEMS, { signed: ['itemChange'] }),
  P('otherServices', ['其他对外管理服务事项', '对外管理服务'], ITEMS, { signed: ['itemChange'] }),
  P('penalty', ['行政处罚'], ITEMS, { signed: ['itemChange'] }),
  P('coercion', ['行政强制'], ITEMS, { signed: ['itemChange'] }),
  P('adminFees', ['行政事业性收费', '事业性收费'], ['priorItems', 'itemChange'], {
    signed: ['itemChange'],
  }),
  P('procurement', ['政府集中采购', '集中采购'], ['projects', 'amount'], { money: ['amount'] }),
];

export function proactiveRows(t: TableTemplate): readonly ProactiveRowDef[] {
  return t === 'gov2021' ? PROACTIVE_2021 : PROACTIVE_2019;
}

const FIVE = ['upheld', 'corrected', 'other', 'pending', 'total'];
/** 行政复议 (5) · 未经复议直接起诉 (5) · 复议后起诉 (5), in printed order. */
export const REVIEW_KEYS: readonly string[] = [
  ...FIVE.map((c) => `review.${c}`),
  ...FIVE.map((c) => `litigation.direct.${c}`),
  ...FIVE.map((c) => `litigation.afterReview.${c}`),
];

function keysOf(t: TableTemplate): string[] {
  const active = proactiveRows(t).flatMap((r) => r.columns.map((c) => `active.${r.key}.${c}`));
  const apps = applicationRows(t).flatMap((r) =>
    r.columns.map((c) => `applications.${r.key}.${c}`),
  );
  return [...active, ...apps, ...REVIEW_KEYS];
}

export const GOV2021_KEYS: readonly string[] = keysOf('gov2021');
export const GOV2019_KEYS: readonly string[] = keysOf('gov2019');

export function templateKeys(t: TableTemplate): readonly string[] {
  return t === 'gov2021' ? GOV2021_KEYS : GOV2019_KEYS;
}

/** Printed names, for findings a supervisor reads. */
export const COLUMN_LABELS: Record<string, string> = {
  naturalPerson: '自然人',
  commercialEnterprise: '商业企业',
  researchInstitution: '科研机构',
  publicInterestOrg: '社会公益组织',
  legalServiceOrg: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

export const ROW_LABELS: Record<string, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  'denied.stateSecret': '不予公开 1.属于国家秘密',
  'denied.otherLawProhibits': '不予公开 2.其他法律行政法规禁止公开',
  'denied.endangersSecurityStability': '不予公开 3.危及“三安全一稳定”',
  'denied.thirdPartyRights': '不予公开 4.保护第三方合法权益',
  'denied.internalAffairs': '不予公开 5.属于三类内部事务信息',
  'denied.processInformation': '不予公开 6.属于四类过程性信息',
  'denied.enforcementFile': '不予公开 7.属于行政执法案卷',
  'denied.administrativeQuery': '不予公开 8.属于行政查询事项',
  'unableToProvide.notHeld': '无法提供 1.本机关不掌握相关政府信息',
  'unableToProvide.wouldRequireCreation': '无法提供 2.没有现成信息需要另行制作',
  'unableToProvide.unclearAfterCorrection': '无法提供 3.补正后申请内容仍不明确',
  'notProcessed.petitionOrComplaint': '不予处理 1.信访举报投诉类申请',
  'notProcessed.repeated': '不予处理 2.重复申请',
  'notProcessed.publicPublication': '不予处理 3.要求提供公开出版物',
  'notProcessed.excessiveWithoutReason': '不予处理 4.无正当理由大量反复申请',
  'notProcessed.confirmOrReissue': '不予处理 5.要求行政机关确认或重新出具已获取信息',
  'otherHandling.noCorrectionInTime': '其他处理 1.逾期不补正',
  'otherHandling.feeNotPaid': '其他处理 2.逾期未缴纳费用',
  'otherHandling.other': '其他处理 3.其他',
  'otherHandling.undivided': '（六）其他处理',
  resultsTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};
