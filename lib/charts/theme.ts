// What every chart shares: plain-JSON option types, the palette and the CJK font stack (the SVG rendered
// on the server must name fonts that can draw Chinese, or the labels become boxes).
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type ChartOption = { [key: string]: Json };

/** One bar or point; `href` is where a click (or the table's link) leads. */
export interface DataPoint {
  [key: string]: Json;
  value: number | null;
}

export const FONT =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

// Colour-blind-safe first (Okabe–Ito order), muted enough for a statistics portal.
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#6b7280',
  '#8c6d1f',
];

export const CHART_HEIGHT = 300;

/** Options every chart starts from: no animation (server SVG and first client paint must match). */
export function baseOption(): ChartOption {
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT, fontSize: 12, color: '#1f2933' },
    tooltip: { trigger: 'axis', confine: true },
    aria: { enabled: true },
  };
}
