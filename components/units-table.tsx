// The units below a scope: their figures for the selected year and their filing status per year. Child
// regions come from the gazetteer, so a township that filed nothing still has its row (未报送).
import Link from 'next/link';
import { inertLine } from '@/lib/security/text';
import { formatCount } from '@/lib/format';
import { ExportLinks } from './export-links';
import { StatusCell } from './status-cell';
import type { UnitRow } from './unit-types';

export function UnitsTable({
  title,
  units,
  years,
  year,
  hrefFor,
  exports,
}: {
  title: string;
  units: UnitRow[];
  years: number[];
  year: number;
  hrefFor: (unit: UnitRow) => string | null;
  /** the same rows as CSV and JSON */
  exports?: { csv: string; json: string };
}) {
  return (
    <>
      <div className="table-scroll">
        <table className="units">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col" className="num">
                新收申请
              </th>
              <th scope="col" className="num">
                办结
              </th>
              <th scope="col" className="num">
                复议诉讼
              </th>
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
                  <th scope="row">
                    {href ? <Link href={href}>{inertLine(u.name)}</Link> : inertLine(u.name)}
                  </th>
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
      {exports && <ExportLinks csv={exports.csv} json={exports.json} label={`导出“${title}”`} />}
    </>
  );
}
