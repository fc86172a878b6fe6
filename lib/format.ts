// The one place numbers and dates become text (and the only importer of date-fns): zh-CN throughout.
import { format, parseISO } from 'date-fns';
import { zhCN } from 'date-fns/locale';

const countFormat = new Intl.NumberFormat('zh-CN');
const wanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });
const percentFormat = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : countFormat.format(value);
}

/** A figure in its unit: 万元 amounts keep their printed decimals, counts are grouped integers. */
export function formatValue(value: number | null | undefined, unit: 'count' | 'wan' | 'items' = 'count'): string {
  if (value === null || value === undefined) return '—';
  return unit === 'wan' ? wanFormat.format(value) : countFormat.format(value);
}

/** Any figure: grouped digits, decimals as stated (万元 amounts keep up to six). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : wanFormat.format(value);
}

export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share) ? '—' : percentFormat.format(share);
}

/** Change on the year before, as '+12（+8.5%）'; null when there is nothing to compare with. */
export function formatChange(now: number | null, before: number | null): string | null {
  if (now === null || before === null) return null;
  const diff = now - before;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const abs = countFormat.format(Math.abs(Math.round(diff * 1000) / 1000));
  if (before === 0) return `${sign}${abs}`;
  return `${sign}${abs}（${sign}${percentFormat.format(Math.abs(diff / before))}）`;
}

/** Change of a share in percentage points: '+3.2 个百分点'. */
export function formatPointChange(now: number | null, before: number | null): string | null {
  if (now === null || before === null) return null;
  const diff = (now - before) * 100;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  return `${sign}${Math.abs(diff).toFixed(1)} 个百分点`;
}

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? parseISO(value) : value;
}

/** '2024年3月1日' */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? '—' : format(date, 'PPP', { locale: zhCN });
}

/** '2024年3月1日 14:05' */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? '—' : format(date, 'PPP HH:mm', { locale: zhCN });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
