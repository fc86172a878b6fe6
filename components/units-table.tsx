// The units below a scope: their figures for the selected year and their filing status per year. Child
// regions come from the gazetteer, so a township that filed nothing still has its row (未报送).
import Link from 'next/link';
import { formatCount } from '@/lib/format';
import type { UnitRow } from './unit-types';

function StatusCell({ unit, year }: { unit: UnitRow; year: number }) {
  const s = unit.years[year];
  if (!s || s.reports === 0) return <td className="status status-missing">未报送</td>;
  const marks = [s.late ? `逾期 ${s.late}` : '', s.withErrors ? `有误 ${s.withErrors}` : ''].filter(Boolean);
  const cls = s.withErrors ? 'status-error' : s.late ? 'status-late' : 'status-ok';
  const text = s.reportId !== undefined ? '已报送' : `${s.reports} 份`;
  return (
    <td className={`status ${cls}`}>
      {s.reportId !== undefined ? <Link href={`/reports/${s.reportId}`}>{text}</Link> : text}
      {marks.length > 0 && <span className="status-marks">{marks.join(' · ')}</span>}
      {s.findings ? <span className="status-marks">{s.findings} 项问题</span> : null}
    </td>
  );
}

export function UnitsTable({
  title,
  units,
  years,
  year,
  hrefFor,
}: {
  title: string;
  units: UnitRow[];
  years: number[];
  year: number;
  hrefFor: (unit: UnitRow) => string | null;
}) {
  return (
    <div className="table-scroll">
      <table className="units">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col" className="num">新收申请</th>
            <th scope="col" className="num">办结</th>
            <th scope="col" className="num">复议诉讼</th>
            {years.map((y) => (
              <th scope="col" key={y} className={y === year ? 'selected' : undefined}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => {
            const href = hrefFor(u);
            return (
              <tr key={u.key}>
                <th scope="row">{href ? <Link href={href}>{u.name}</Link> : u.name}</th>
                <td className="num">{formatCount(u.figures?.appNew)}</td>
                <td className="num">{formatCount(u.figures?.outTotal)}</td>
                <td className="num">{formatCount(u.figures?.cases)}</td>
                {years.map((y) => (
                  <StatusCell key={y} unit={u} year={y} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
