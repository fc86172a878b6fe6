// The page's chart option, resized for a 1200×630 share image: a preview is usually seen at a third of
// its size, so every text and mark grows by one factor, the legend shows all its entries at once (an
// image has no pager to click), and a comparison keeps as many leading rows as stay legible.
import type { ChartOption, Json } from '../charts/theme';

type Obj = { [key: string]: Json };

export interface OgOptionResult {
  option: ChartOption;
  /** rows a comparison keeps, and how many it had (equal when nothing was left out) */
  rowsShown: number;
  rowsTotal: number;
}

export interface OgOptionSize {
  width: number;
  height: number;
  /** text and mark scale; 1.5 turns the page's 12 px into 18 px */
  scale?: number;
}

/** Vertical space one comparison row needs at the image's font size. */
export const ROW_PX_PER_SCALE = 21;

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: Json | undefined): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);

function grow(o: Obj, key: string, scale: number, fallback?: number): void {
  const v = o[key];
  if (typeof v === 'number') o[key] = Math.round(v * scale);
  else if (v === undefined && fallback !== undefined) o[key] = Math.round(fallback * scale);
}

function child(o: Obj, key: string): Obj {
  const v = o[key];
  if (isObj(v)) return v;
  const made: Obj = {};
  o[key] = made;
  return made;
}

export function ogChartOption(source: ChartOption, size: OgOptionSize): OgOptionResult {
  const scale = size.scale ?? 1.5;
  const option = structuredClone(source) as Obj;
  delete option.tooltip;

  grow(child(option, 'textStyle'), 'fontSize', scale, 12);
  for (const grid of list(option.grid)) for (const k of ['left', 'right', 'top', 'bottom']) grow(grid, k, scale);

  for (const legend of list(option.legend)) {
    // every entry visible, wrapping onto a second line if need be
    legend.type = 'plain';
    grow(child(legend, 'textStyle'), 'fontSize', scale, 12);
    grow(legend, 'itemWidth', scale, 25);
    grow(legend, 'itemHeight', scale, 14);
    grow(legend, 'itemGap', scale, 10);
  }

  for (const axis of [...list(option.xAxis), ...list(option.yAxis)]) {
    const label = child(axis, 'axisLabel');
    grow(label, 'fontSize', scale, 12);
    grow(label, 'width', scale);
    grow(child(axis, 'nameTextStyle'), 'fontSize', scale, 12);
    grow(axis, 'nameGap', scale, 15);
  }

  let rowsShown = 0;
  let rowsTotal = 0;
  const category = list(option.yAxis).find((a) => a.type === 'category' && Array.isArray(a.data));
  if (category && Array.isArray(category.data)) {
    // a horizontal comparison: keep the leading rows (in the view's order) that fit at this font size
    const grid = list(option.grid)[0] ?? {};
    const top = typeof grid.top === 'number' ? grid.top : 60;
    const bottom = typeof grid.bottom === 'number' ? grid.bottom : 60;
    const fit = Math.max(1, Math.floor((size.height - top - bottom) / (ROW_PX_PER_SCALE * scale)));
    rowsTotal = category.data.length;
    rowsShown = Math.min(rowsTotal, fit);
    category.data = category.data.slice(0, rowsShown);
    for (const s of list(option.series)) if (Array.isArray(s.data)) s.data = s.data.slice(0, rowsShown);
  }

  for (const s of list(option.series)) {
    grow(s, 'barMaxWidth', scale);
    grow(s, 'symbolSize', scale, 4);
    if (s.type === 'line') grow(child(s, 'lineStyle'), 'width', scale, 2);
    if (isObj(s.label)) grow(s.label, 'fontSize', scale, 12);
    if (isObj(s.markLine)) {
      grow(child(s.markLine, 'label'), 'fontSize', scale, 12);
      grow(child(s.markLine, 'lineStyle'), 'width', scale, 1);
    }
  }
  return { option: option as ChartOption, rowsShown, rowsTotal };
}
