// Element → PNG bytes with next/og (satori lays out and turns text into paths with the shipped font; sharp,
// or resvg without it, rasterises). Reusable: a chart's PNG export is `renderOptionPng(option, w, h)`.
import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';
import type { ChartOption } from '@/lib/charts/theme';
import { OG_FONT } from '@/components/og/card';
import { chartPicture } from '@/components/og/chart-card';
import { ogFonts } from './fonts';

export type Png = Uint8Array<ArrayBuffer>;

export async function renderPng(element: ReactElement, width: number, height: number): Promise<Png> {
  const response = new ImageResponse(element, { width, height, fonts: ogFonts() });
  return new Uint8Array(await response.arrayBuffer());
}

/** One chart option as a PNG of `width`×`height` px on white, text drawn with the shipped font. */
export function renderOptionPng(option: ChartOption, width: number, height: number, scale = 1): Promise<Png> {
  const { element } = chartPicture(option, width, height, scale);
  return renderPng(
    <div style={{ display: 'flex', width, height, background: '#ffffff', fontFamily: OG_FONT }}>{element}</div>,
    width,
    height,
  );
}
