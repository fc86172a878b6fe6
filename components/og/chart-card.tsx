// A chart model drawn as a share card: the page's option resized for the image, rendered to SVG by the
// same ECharts code as the page, split into shapes (an image) and text (drawn by the card's own font).
import type { ReactElement } from 'react';
import { renderChartSvg } from '@/lib/charts/ssr';
import type { ChartOption } from '@/lib/charts/theme';
import type { ChartModel } from '@/lib/share/chart-model';
import { ChartCard, ChartPicture, OG_CHART } from './card';
import { ogChartOption } from '@/lib/og/option';
import { splitSvgText } from '@/lib/og/svg-text';

/** The chart alone as an element of `width`×`height` px (also what a PNG export of a chart draws). */
export function chartPicture(option: ChartOption, width: number, height: number, scale = 1.5) {
  const sized = ogChartOption(option, { width, height, scale });
  const { shapes, texts } = splitSvgText(renderChartSvg(sized.option, width, height));
  const shapesDataUrl = `data:image/svg+xml;base64,${Buffer.from(shapes).toString('base64')}`;
  return {
    element: <ChartPicture shapesDataUrl={shapesDataUrl} texts={texts} width={width} height={height} />,
    rowsShown: sized.rowsShown,
    rowsTotal: sized.rowsTotal,
  };
}

export function chartCard(model: ChartModel): ReactElement {
  if (model.empty) return <ChartCard model={model} picture={null} rowsNote={null} />;
  const picture = chartPicture(model.option, OG_CHART.width, OG_CHART.height);
  const rowsNote = picture.rowsShown < picture.rowsTotal ? `图中为前 ${picture.rowsShown} 个（共 ${picture.rowsTotal} 个）` : null;
  return <ChartCard model={model} picture={picture.element} rowsNote={rowsNote} />;
}
