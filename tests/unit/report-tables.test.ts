// Reading tables in every layout of report-format.md §6 from small hand-made texts.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/lib/report/normalize';
import { readTables } from '@/lib/report/parse';
import { tokenize } from '@/lib/report/tables-tokens';

const read = (raw: string, t: 'gov2021' | 'gov2019' = 'gov2021') =>
  readTables(normalizeText(raw), t);

const ROWS21 = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];
const HEADER =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n自然人\n法人或其他组织\n总计\n';

function appTable(values: (row: number) => string, sep = '\t'): string {
  return `三、收到和处理政府信息公开申请情况\n${HEADER}${ROWS21.map((l, i) => `${l}${sep}${values(i)}`).join('\n')}\n五、存在的主要问题及改进情况\n无。`;
}
const zeros = '0\t0\t0\t0\t0\t0\t0';

describe('tokenizer', () => {
  it('cuts the next label’s item number off a run of digits (§6.3 step 1)', () => {
    const ts = tokenize('1.属于国家秘密00000002.其他法律');
    expect(ts.tokens.map((t) => [t.kind, t.text])).toEqual([
      ['label', '1.属于国家秘密'],
      ['num', '0000000'],
      ['label', '2.其他法律'],
    ]);
  });

  it('keeps numbers that belong to labels and decimals that belong to cells', () => {
    const ts = tokenize('第20条第(5)项 保留4位小数 2022年 行政事业性收费24252.311082三、');
    expect(ts.tokens.filter((t) => t.kind === 'num').map((t) => t.text)).toEqual(['24252.311082']);
  });
});

describe('applications matrix', () => {
  it('reads tab rows, with DOCX continuation rows starting with empty cells (L12)', () => {
    const text = appTable((i) => (i === 0 ? '3\t1\t0\t0\t0\t0\t4' : zeros)).replace(
      '\n1.属于国家秘密',
      '\n\t\t1.属于国家秘密',
    );
    const { cells } = read(text);
    expect(cells['applications.newReceived.naturalPerson']).toBe(3);
    expect(cells['applications.newReceived.total']).toBe(4);
    expect(cells['applications.denied.stateSecret.total']).toBe(0);
    expect(cells['applications.carriedForward.total']).toBe(0);
  });

  it('keeps a blank 总计 as blank, not 0 (L9, §5.4)', () => {
    const { cells, notes } = read(appTable((i) => (i === 2 ? '5\t0\t0\t0\t0\t0\t' : zeros)));
    expect(cells['applications.granted.naturalPerson']).toBe(5);
    expect(cells['applications.granted.total']).toBeNull();
    expect(notes['applications.granted.total']).toEqual({ raw: '', state: 'blank' });
  });

  it('reads dashes and slashes as null with a dash note, never 0 (L18)', () => {
    const { cells, notes } = read(appTable(() => '—\t-\t/\t--\t0\t0\t0'));
    expect(cells['applications.granted.naturalPerson']).toBeNull();
    expect(notes['applications.granted.naturalPerson'].state).toBe('dash');
    expect(notes['applications.granted.researchInstitution'].raw).toBe('/');
  });

  it('splits run-together rows, and resolves ambiguous ones jointly with A2/A3 (L1)', () => {
    // 予以公开 and （七）总计 "270020130" split two ways under A1; only 27,0,0,2,0,1,30 makes
    // 新收 (printed with spaces) balance the results (A3).
    const runs: Record<number, string> = {
      0: ' 27 0 0 2 0 1 30',
      2: '270020130',
      23: '270020130',
    };
    const text = appTable((i) => runs[i] ?? '0000000', '');
    const { cells, notes } = read(text);
    expect(cells['applications.granted.naturalPerson']).toBe(27);
    expect(cells['applications.granted.researchInstitution']).toBe(0);
    expect(cells['applications.granted.publicInterestOrg']).toBe(2);
    expect(notes['applications.granted.naturalPerson'].state).toBe('inferred');
    expect(cells['applications.resultsTotal.total']).toBe(30);
  });

  it('marks a row needsReview when no split is consistent, keeping the raw digits', () => {
    const text = appTable((i) => (i === 2 ? '123' : '0000000'), '');
    const { cells, notes } = read(text);
    expect(cells['applications.granted.naturalPerson']).toBeNull();
    expect(notes['applications.granted.naturalPerson']).toEqual({
      raw: '123',
      state: 'needsReview',
    });
  });

  it('reads PDF rows with labels wrapped around the numbers (L4–L6)', () => {
    const text = appTable((i) => (i === 0 ? '3001 53 0 0 61 4 3119' : '0 0 0 0 0 0 0'), ' ')
      .replace(
        '5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0',
        '5.要求行政机关确认或重新出\n1 0 0 0 0 0 1\n具已获取信息',
      )
      .replace('（七）总计', '（六）其\n他处理\n（七）总计');
    const { cells } = read(text);
    expect(cells['applications.newReceived.total']).toBe(3119);
    expect(cells['applications.notProcessed.confirmOrReissue.naturalPerson']).toBe(1);
    expect(cells['applications.notProcessed.confirmOrReissue.total']).toBe(1);
    expect(cells['applications.otherHandling.other.total']).toBe(0);
  });

  it('recovers one lost cell only when arithmetic fixes it', () => {
    const all0 = read(appTable((i) => (i === 2 ? '0 0 0 0 0 0' : '0 0 0 0 0 0 0'), ' '));
    expect(all0.cells['applications.granted.naturalPerson']).toBe(0);
    expect(all0.notes['applications.granted.naturalPerson'].state).toBe('inferred');
    const open = read(appTable((i) => (i === 2 ? '5 0 0 0 0 5' : '0 0 0 0 0 0 0'), ' '));
    expect(open.cells['applications.granted.naturalPerson']).toBeNull();
    expect(open.notes['applications.granted.naturalPerson'].state).toBe('needsReview');
  });

  it('reads what a cut-off text holds and leaves the rest null without a note', () => {
    const text = appTable(() => zeros).split('4.保护第三方')[0] + '4.保护第三方合法权益\t0\t0';
    const { cells, notes } = read(text);
    expect(cells['applications.denied.endangersSecurityStability.total']).toBe(0);
    expect(cells['applications.denied.thirdPartyRights.naturalPerson']).toBe(0);
    expect(cells['applications.denied.thirdPartyRights.total']).toBeNull();
    expect(cells['applications.carriedForward.total']).toBeNull();
    expect(notes['applications.carriedForward.total']).toBeUndefined();
  });

  it('a 2021 table printing (六)其他处理 as one row of zeros gives 0 sub-rows (inferred)', () => {
    const rows = [...ROWS21];
    rows.splice(20, 3, '（六）其他处理');
    const text = `${HEADER}${rows.map((l) => `${l}\t${zeros}`).join('\n')}\n本年制发件数`;
    const { cells, notes } = read(text);
    expect(cells['applications.otherHandling.feeNotPaid.total']).toBe(0);
    expect(notes['applications.otherHandling.feeNotPaid.total'].state).toBe('inferred');
  });
});

describe('boundaries of the matrix', () => {
  it('finds a header-less table after prose that also says 本年新收', () => {
    const prose = '一、总体情况\n本年新收政府信息公开申请12件，办结12件。\n';
    const rows = ROWS21.map(
      (l, i) => `${l} ${i === 0 || i === 2 || i === 23 ? '12 0 0 0 0 0 12' : '0 0 0 0 0 0 0'}`,
    );
    const { cells } = read(prose + rows.join('\n'));
    expect(cells['applications.newReceived.total']).toBe(12);
    expect(cells['applications.granted.naturalPerson']).toBe(12);
  });

  it('does not let a date or a sentence glued after the last row into its cells (L17)', () => {
    const text = appTable((i) => (i === 24 ? '2000002' : '0000000'), '').replace(
      '\n五、存在的主要问题及改进情况\n无。',
      '2025年，我局共收到公民、法人及其他组织提出的政府信息公开申请21件。',
    );
    const { cells, notes } = read(text);
    expect(cells['applications.carriedForward.naturalPerson']).toBe(2);
    expect(cells['applications.carriedForward.total']).toBe(2);
    expect(notes['applications.carriedForward.total']).toBeUndefined();
  });
});

describe('review and litigation row', () => {
  const head =
    '四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n';
  it('splits 15 run-together digits under R1–R3 (L11)', () => {
    const { cells } = read(`${head}10203120001200000五、存在的主要问题及改进情况2019年，我区……`);
    expect(cells['review.total']).toBe(3);
    expect(cells['litigation.direct.total']).toBe(12);
    expect(cells['litigation.afterReview.total']).toBe(0);
  });

  it('reads 15 spaced numbers and ignores prose after the table', () => {
    const nums = '72 64 178 37 351 13 4 8 1 26 12 1 1 6 20';
    const { cells } = read(`${head}${nums}\n五、存在的主要问题及改进情况\n2024年，我们……3件`);
    expect(cells['review.upheld']).toBe(72);
    expect(cells['litigation.afterReview.total']).toBe(20);
  });

  it('reads markdown pipes with empty spans (L10)', () => {
    const row = '| 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    const { cells } = read(
      `${head}| 行政复议 | 行政诉讼 |||||||||||||\n${row}\n五、存在的主要问题`,
    );
    expect(cells['review.pending']).toBe(1);
    expect(cells['review.total']).toBe(1);
  });
});

describe('proactive tables', () => {
  it('reads single-value rows ended by the next label, and money exactly (L20)', () => {
    const text =
      '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件693665第二十条第（五）项信息内容本年处理决定数量行政许可2293第二十条第（六）项信息内容本年处理决定数量行政处罚1282行政强制42第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费24252.311082三、收到和处理政府信息公开申请情况';
    const { cells, notes } = read(text);
    expect(cells['active.regulations.inForce']).toBe(0);
    expect(cells['active.licensing.decisions']).toBe(2293);
    expect(cells['active.coercion.decisions']).toBe(42);
    expect(cells['active.adminFees.amountWan']).toBe(24252.311082);
    // 693665 can be 69/3/665, 69/36/65, …: no arithmetic decides, so it is left for review.
    expect(cells['active.normativeDocuments.issued']).toBeNull();
    expect(notes['active.normativeDocuments.issued']).toEqual({
      raw: '693665',
      state: 'needsReview',
    });
  });

  it('keeps the unit of the 2019 procurement amount and converts 万元 to 元', () => {
    const text =
      '第二十条第（九）项\t\t\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t3\t12.5万元\n三、收到和处理政府信息公开申请情况';
    const { cells, notes } = read(text, 'gov2019');
    expect(cells['active.procurement.projects']).toBe(3);
    expect(cells['active.procurement.amount']).toBe(125000);
    expect(notes['active.procurement.amount']).toEqual({ raw: '12.5万元', state: 'text' });
  });

  it('keeps signed itemChange', () => {
    const text =
      '第二十条第（五）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 396 -18 181\n三、收到和处理';
    expect(read(text, 'gov2019').cells['active.licensing.itemChange']).toBe(-18);
  });
});
