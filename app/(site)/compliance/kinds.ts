import type { ComplianceKind } from '@/db/queries/compliance';

/** The compliance lists, in page order, with what each one means. */
export const KIND_LABELS: Record<ComplianceKind, string> = {
  late: '逾期发布',
  arithmetic: '算术错误',
  template: '格式使用错误',
  carry: '结转数不衔接',
  copied: '照抄上年',
};

export const KIND_NOTES: Record<ComplianceKind, string> = {
  late: '晚于《条例》第四十九条规定的期限发布（部门 1 月 31 日，县级以上人民政府 3 月 31 日）。',
  arithmetic: '表三的行合计、办理结果合计、勾稽关系（A1–A3）或表四的合计（R1–R3）不成立。',
  template: '2021 年及以后的报告仍使用 2019 年试行格式，或反之（C2）。',
  carry: '本年“上年结转”与上一年报告的“结转下年度继续办理”不一致（X1）。',
  copied: '正文与同一机关上一年报告大段相同（C9），括号内为相同文字所占比例。',
};
