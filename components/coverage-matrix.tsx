// Units × years with each cell's filing status: the compliance matrix.
import Link from 'next/link';
import { inertLine } from '@/lib/security/text';
import { StatusCell } from './status-cell';
import type { UnitRow } from './unit-types';

export function CoverageMatrix({
  title,
  units,
  years,
  hrefFor,
}: {
  title: string;
  units: UnitRow[];
  years: number[];
  hrefFor: (unit: UnitRow) => string | null;
}) {
  if (!units.length) return null;
  return (
    <div className="table-scroll">
      <table className="units matrix">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            {years.map((y) => (
              <th scope="col" key={y}>
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
                <th scope="row">{href ? <Link href={href}>{inertLine(u.name)}</Link> : inertLine(u.name)}</th>
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
