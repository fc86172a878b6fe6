// A chart with its title, its server-rendered first paint and the table of its numbers (for screen
// readers, for copying, and for readers without JavaScript: the table's links are the bars' links).
import Link from 'next/link';
import { renderChartSvg } from '@/lib/charts/ssr';
import { optionTable } from '@/lib/charts/table';
import { CHART_HEIGHT, type ChartOption } from '@/lib/charts/theme';
import { formatNumber } from '@/lib/format';
import { Chart } from './chart';

interface ChartFigureProps {
  id: string;
  title: string;
  option: ChartOption;
  height?: number;
  note?: React.ReactNode;
}

/** Width of the server picture; the live chart then takes the real width of its box. */
const SSR_WIDTH = 760;

export function ChartFigure({ id, title, option, height = CHART_HEIGHT, note }: ChartFigureProps) {
  const svg = renderChartSvg(option, SSR_WIDTH, height);
  const table = optionTable(option);
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        {note && <div className="chart-note">{note}</div>}
      </figcaption>
      <Chart option={option} height={height} svg={svg} label={`${title}（图表，数据见下方表格）`} />
      <details className="chart-data">
        <summary>数据表</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{title}</caption>
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
                  <th scope="row">{r.href ? <Link href={r.href}>{r.label}</Link> : r.label}</th>
                  {r.cells.map((v, i) => (
                    <td key={i} className="num">
                      {formatNumber(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
