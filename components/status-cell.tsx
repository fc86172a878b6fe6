// One unit's filing status for one year: 未报送 (nothing filed), 逾期 (late), 有误 (the tables' own
// arithmetic fails), 已报送 (filed, nothing of the above). An issuer's cell links to its report.
import Link from 'next/link';
import type { UnitRow } from './unit-types';

export function statusOf(unit: UnitRow, year: number): 'missing' | 'error' | 'late' | 'ok' {
  const s = unit.years[year];
  if (!s || s.reports === 0) return 'missing';
  return s.withErrors ? 'error' : s.late ? 'late' : 'ok';
}

const WORDS = { missing: '未报送', error: '有误', late: '逾期', ok: '已报送' } as const;

export function StatusCell({ unit, year }: { unit: UnitRow; year: number }) {
  const s = unit.years[year];
  const status = statusOf(unit, year);
  if (!s || status === 'missing') return <td className="status status-missing">未报送</td>;
  const own = s.reportId !== undefined;
  const marks = own
    ? [s.late && s.withErrors ? '且逾期' : '', s.findings ? `${s.findings} 项问题` : '']
    : [s.late ? `逾期 ${s.late}` : '', s.withErrors ? `有误 ${s.withErrors}` : ''];
  const text = own ? WORDS[status] : `${s.reports} 份`;
  return (
    <td className={`status status-${status}`} data-status={status}>
      {own ? <Link href={`/reports/${s.reportId}`}>{text}</Link> : text}
      {marks.filter(Boolean).map((m) => (
        <span key={m} className="status-marks">
          {m}
        </span>
      ))}
    </td>
  );
}

export function StatusLegend() {
  return (
    <p className="legend small">
      <span className="status status-ok">已报送</span> 已收录且未发现逾期或算术错误
      <span className="status status-late">逾期</span> 晚于法定期限发布
      <span className="status status-error">有误</span> 表格合计或勾稽关系不成立
      <span className="status status-missing">未报送</span> 该年没有收录到报告
    </p>
  );
}
