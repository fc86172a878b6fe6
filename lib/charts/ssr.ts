// A chart's first paint without client JavaScript (and the picture inside share images): the same option
// rendered to an SVG string on the server.
import { echarts } from './register';
import type { ChartOption } from './theme';

export function renderChartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option as echarts.EChartsCoreOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
