// The 2021-format applications table (report-format §3.2) of the Pingtan 2021 report, as printed:
// labels with their merges and the seven numbers of each row. Used to build DOCX and HTML fixtures.

export const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const COLUMN_HEADS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

/** [group label, sub-group label, item label, seven numbers]; '' = the label above spans here. */
export type AppRow = [string, string, string, number[]];

const z = [0, 0, 0, 0, 0, 0, 0];

export const GROUPS: { top: string; sub: string; items: [string, number[]][] }[] = [
  { top: '一、本年新收政府信息公开申请数量', sub: '', items: [['', [64, 0, 0, 2, 0, 4, 70]]] },
  { top: '二、上年结转政府信息公开申请数量', sub: '', items: [['', z]] },
  { top: '三、本年度办理结果', sub: '（一）予以公开', items: [['', [27, 0, 0, 2, 0, 1, 30]]] },
  {
    top: '三、本年度办理结果',
    sub: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    items: [['', [5, 0, 0, 0, 0, 0, 5]]],
  },
  {
    top: '三、本年度办理结果',
    sub: '（三）不予公开',
    items: [
      ['1.属于国家秘密', z],
      ['2.其他法律行政法规禁止公开', z],
      ['3.危及“三安全一稳定”', z],
      ['4.保护第三方合法权益', z],
      ['5.属于三类内部事务信息', [1, 0, 0, 0, 0, 0, 1]],
      ['6.属于四类过程性信息', z],
      ['7.属于行政执法案卷', [6, 0, 0, 0, 0, 0, 6]],
      ['8.属于行政查询事项', [1, 0, 0, 0, 0, 0, 1]],
    ],
  },
  {
    top: '三、本年度办理结果',
    sub: '（四）无法提供',
    items: [
      ['1.本机关不掌握相关政府信息', [22, 0, 0, 0, 0, 3, 25]],
      ['2.没有现成信息需要另行制作', z],
      ['3.补正后申请内容仍不明确', z],
    ],
  },
  {
    top: '三、本年度办理结果',
    sub: '（五）不予处理',
    items: [
      ['1.信访举报投诉类申请', z],
      ['2.重复申请', z],
      ['3.要求提供公开出版物', z],
      ['4.无正当理由大量反复申请', z],
      ['5.要求行政机关确认或重新出具已获取信息', z],
    ],
  },
  {
    top: '三、本年度办理结果',
    sub: '（六）其他处理',
    items: [
      ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', z],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', z],
      ['3.其他', [1, 0, 0, 0, 0, 0, 1]],
    ],
  },
  { top: '三、本年度办理结果', sub: '（七）总计', items: [['', [63, 0, 0, 2, 0, 4, 69]]] },
  { top: '四、结转下年度继续办理', sub: '', items: [['', [1, 0, 0, 0, 0, 0, 1]]] },
];

/** The tab-separated lines the grid must produce (spanned positions empty, 10 logical columns). */
export function expectedLines(): string[] {
  const lines = [
    [NOTE, '', '', '申请人情况', '', '', '', '', '', ''],
    ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '', '', ...COLUMN_HEADS, ''],
  ].map((cells) => cells.join('\t'));
  let lastTop = '';
  for (const g of GROUPS) {
    g.items.forEach(([item, values], i) => {
      const top = g.top === lastTop ? '' : g.top;
      lastTop = g.top;
      const sub = i === 0 ? g.sub : '';
      lines.push([top, sub, item, ...values.map(String)].join('\t'));
    });
  }
  return lines;
}
