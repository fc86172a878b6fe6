// The one place numbers and dates become text (and the only importer of date-fns): zh-CN throughout.
const countFormat = new Intl.NumberFormat('zh-CN');

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : countFormat.format(value);
}
