// The numbers of a chart as a table (years or units by series), read from the option itself so it always
// holds exactly what is drawn: open under a chart on the site, hidden for screen readers inside an embed.
import Link from 'next/link';
import type { ChartTable } from '@/lib/charts/table';
import { formatNumber } from '@/lib/format';

interface ChartDataTableProps {
  table: ChartTable;
  caption: string;
  /** the whole table only for screen readers (an embed, where the chart is the visible thing) */
  hidden?: boolean;
  /** row labels link to their page (not inside an embed: the site's pages refuse to be framed) */
  links?: boolean;
}

export function ChartDataTable({ table, caption, hidden = false, links = false }: ChartDataTableProps) {
  return (
    <table className={hidden ? 'visually-hidden' : undefined}>
      <caption className={hidden ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{table.corner}</th>
          {table.columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{links && r.href ? <Link href={r.href}>{r.label}</Link> : r.label}</th>
            {r.cells.map((v, i) => (
              <td key={i} className="num">
                {formatNumber(v)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
