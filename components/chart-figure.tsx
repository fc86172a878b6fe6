// A chart with its title, its share action, its server-rendered first paint and the table of its numbers
// (for screen readers, for copying, and for readers without JavaScript: the table's links are the bars' links).
import { renderChartSvg } from '@/lib/charts/ssr';
import { optionTable } from '@/lib/charts/table';
import { CHART_HEIGHT, type ChartOption } from '@/lib/charts/theme';
import type { View } from '@/lib/view';
import { Chart } from './chart';
import { ChartDataTable } from './chart-data-table';
import { shareLinks } from './share-links';
import { ShareMenu } from './share-menu';

interface ChartFigureProps {
  id: string;
  title: string;
  option: ChartOption;
  height?: number;
  note?: React.ReactNode;
  /** the chart's own view (lib/share/chart-view.ts): gives the chart its share action */
  share?: View;
  /** heading level of the title (3 inside a page section, 2 when the chart is the page) */
  level?: 2 | 3;
  /** show the table of numbers open (the chart's own page) */
  tableOpen?: boolean;
}

/** Width of the server picture; the live chart then takes the real width of its box. */
const SSR_WIDTH = 760;

export function ChartFigure({
  id,
  title,
  option,
  height = CHART_HEIGHT,
  note,
  share,
  level = 3,
  tableOpen = false,
}: ChartFigureProps) {
  const svg = renderChartSvg(option, SSR_WIDTH, height);
  const table = optionTable(option);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <div className="chart-head">
          <Heading id={`${id}-title`}>{title}</Heading>
          {share && <ShareMenu title={title} links={shareLinks(share, height)} />}
        </div>
        {note && <div className="chart-note">{note}</div>}
      </figcaption>
      <Chart option={option} height={height} svg={svg} label={`${title}（图表，数据见下方表格）`} />
      <details className="chart-data" open={tableOpen}>
        <summary>数据表</summary>
        <div className="table-scroll">
          <ChartDataTable table={table} caption={title} links />
        </div>
      </details>
    </figure>
  );
}
