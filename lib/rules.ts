// What each check means, in words a supervisor reads next to the finding (report-format.md §5, §7.2).
export const RULE_EXPLANATIONS: Record<string, { name: string; plain: string }> = {
  A1: { name: '行合计', plain: '表三每一行：自然人与五类法人或其他组织之和应等于该行“总计”。' },
  A2: { name: '办理结果合计', plain: '表三每一列：（一）至（六）各项办理结果之和应等于“（七）总计”。' },
  A3: { name: '勾稽关系', plain: '表三每一列：“本年新收”加“上年结转”应等于“（七）总计”加“结转下年度继续办理”（表格自身注明的勾稽关系）。' },
  R1: { name: '行政复议合计', plain: '表四：行政复议的维持、纠正、其他结果、尚未审结之和应等于总计。' },
  R2: { name: '直接起诉合计', plain: '表四：未经复议直接起诉的各项结果之和应等于总计。' },
  R3: { name: '复议后起诉合计', plain: '表四：复议后起诉的各项结果之和应等于总计。' },
  X1: { name: '结转衔接', plain: '本年“上年结转”应等于同一机关上一年报告的“结转下年度继续办理”。机构调整时可能合理，需核实。' },
  X2: { name: '现行有效衔接', plain: '现行有效件数约等于上年现行有效 + 本年制发 − 本年废止（仅供参考）。' },
  X3: { name: '项目数衔接', plain: '“上一年项目数量”应等于上年报告的项目数加增减（仅供参考）。' },
  T1: { name: '正文与表格', plain: '正文“总体情况”中引用的数字应与表格一致。' },
  F1: { name: '信息处理费', plain: '表三有“逾期未缴纳费用”的申请，第六部分应说明发出收费通知的情况。' },
  S1: { name: '数值', plain: '除“本年增/减”和金额外，表中数字应为非负整数。' },
  C1: { name: '发布期限', plain: '部门应于次年 1 月 31 日前、县级以上人民政府应于 3 月 31 日前发布上一年度报告（《条例》第四十九条）。' },
  C2: { name: '格式', plain: '2021 年及以后的报告应使用 2021 年格式，2019、2020 年报告使用 2019 年试行格式。' },
  C3: { name: '六个部分', plain: '报告应依次包含统一格式规定的六个部分。' },
  C4: { name: '表格', plain: '第二、三、四部分的统计表应齐全、可读。' },
  C5: { name: '算术', plain: '表三、表四的合计关系应成立。' },
  C6: { name: '收费说明', plain: '第六部分应说明信息处理费的收取情况（包括未收取）。' },
  C7: { name: '考核问责', plain: '人民政府的报告应说明工作考核、社会评议和责任追究结果情况（《条例》第五十条）。' },
  C8: { name: '统计期间', plain: '报告应说明统计期间，并与标题年份一致。' },
  C9: { name: '照抄上年', plain: '正文与同一机关上一年报告相同的比例过高（仅数字不同的句子也计为相同）。' },
  C10: { name: '篇幅', plain: '“总体情况”篇幅过长（部分地方要求不超过约 1000 字）。' },
};

/** 'A3-balance' → the A3 entry. */
export function explainRule(rule: string): { id: string; name: string; plain: string } {
  const id = rule.split('-')[0];
  const known = RULE_EXPLANATIONS[id];
  return { id, name: known?.name ?? rule, plain: known?.plain ?? '' };
}

export const SEVERITY_LABELS: Record<string, string> = { error: '错误', warning: '提示', info: '参考' };
