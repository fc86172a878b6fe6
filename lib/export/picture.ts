// A shared chart as a standalone picture: the chart's own option with a title line (title, scope, years) and
// the source and data date under it, rendered to SVG on the server (app/_chart/png.ts rasterises it).
import { TitleComponent } from 'echarts/components';
import { echarts } from '../charts/register';
import { renderChartSvg } from '../charts/ssr';
import type { ChartOption, Json } from '../charts/theme';
import type { ChartModel } from '../share/chart-model';

// the pages never draw an ECharts title (their headings are HTML), so only the server pictures register it
echarts.use([TitleComponent]);

export const PICTURE_WIDTH = 960;
/** room above the chart for the title line and the source line under it */
const HEADER = 64;

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function shifted(part: Json | undefined, by: number): Json | undefined {
  if (!isObj(part)) return part;
  const top = typeof part.top === 'number' ? part.top : 0;
  return { ...part, top: top + by };
}

/** The chart's option for a standalone picture: the title and scope on top, the source and data date under
 * it, the legend and plot moved down to make room; white background (a PNG must not be transparent). */
export function pictureOption(model: ChartModel): {
  option: ChartOption;
  width: number;
  height: number;
} {
  const o = model.option;
  const option: ChartOption = {
    ...o,
    backgroundColor: '#ffffff',
    title: {
      text: [model.title, model.scope, model.years].filter(Boolean).join(' · '),
      subtext: `${model.source}。数据截至 ${model.dataDate}`,
      left: 12,
      top: 8,
      textStyle: { fontSize: 16, fontWeight: 'bold', color: '#1f2933' },
      subtextStyle: { fontSize: 11, color: '#52606d' },
      itemGap: 6,
    },
  };
  const legend = shifted(o.legend, HEADER);
  if (legend !== undefined)
    option.legend = isObj(legend) ? { ...legend, left: 12, right: 12 } : legend;
  const grid = shifted(o.grid, HEADER);
  if (grid !== undefined)
    option.grid = isObj(grid) ? { ...grid, left: 24, right: 40, bottom: 16 } : grid;
  return { option, width: PICTURE_WIDTH, height: model.height + HEADER + 16 };
}

/** The picture of a chart as an SVG string, at PICTURE_WIDTH and the chart's height plus its header. */
export function chartPictureSvg(model: ChartModel): { svg: string; width: number; height: number } {
  const { option, width, height } = pictureOption(model);
  return { svg: renderChartSvg(option, width, height), width, height };
}
