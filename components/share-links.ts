// The addresses a chart's share action offers, computed on the server from the chart's view and handed to
// the client menu as plain strings (so the menu ships no view or chart code to the browser).
import { chartExportHref, chartHref, embedHref, type ExportFormat } from '@/lib/share/chart-view';
import type { View } from '@/lib/view';

export interface ShareLinks {
  /** the permalink page of the chart (site-relative; the menu makes it absolute) */
  chart: string;
  embed: string;
  /** iframe height that shows the embed without a scrollbar */
  embedHeight: number;
  exports: { format: ExportFormat; label: string; href: string }[];
}

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV 表格' },
  { format: 'json', label: 'JSON 数据' },
  { format: 'png', label: 'PNG 图片' },
  { format: 'svg', label: 'SVG 图片' },
];

/** The embed's own lines around the chart: its title line and its source line. */
const EMBED_CHROME = 76;

export function shareLinks(view: View, chartHeight: number): ShareLinks {
  return {
    chart: chartHref(view),
    embed: embedHref(view),
    embedHeight: chartHeight + EMBED_CHROME,
    exports: FORMATS.map((f) => ({ ...f, href: chartExportHref(view, f.format) })),
  };
}
