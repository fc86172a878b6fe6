import type { ReportText } from '@/lib/report/types';

// Hints are what the container says about the report (page title, publication time, address), as
// opposed to what the report says about itself. The parser prefers the report's own words and
// falls back to these; the publication date in particular rarely appears in the report body.

export type Hints = ReportText['hints'];

/** '2020-01-20 15:22', '2020/1/20', '2020年1月20日', '2020.01.20', '20200120' → '2020-01-20'. */
export function isoDate(value: string): string | null {
  const text = value.normalize('NFKC');
  const m =
    /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text) ??
    /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null; // 2月30日 and the like
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A visible "发布时间：2020-01-20" / "发布日期:" line, as page furniture prints it. */
const VISIBLE_DATE = /(?:发布|公开|发文)(?:时间|日期)\s*[:：]\s*([^\s].{0,24})/;

export function visiblePublishedOn(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 60)) {
    const m = VISIBLE_DATE.exec(line);
    const date = m ? isoDate(m[1]) : null;
    if (date) return date;
  }
  return null;
}

/**
 * The crawler header that archived copies start with (标题/发布时间/原文链接, ASCII or full-width
 * colon). Only the first lines are looked at, so a report sentence cannot be mistaken for it.
 */
export function crawlerHeaderHints(text: string): Hints {
  const hints: Hints = {};
  const head = text.slice(0, 4000).split(/\r?\n/, 20);
  for (const line of head) {
    const m = /^\s*(标题|发布时间|发布日期|原文链接|原文地址|来源链接)\s*[:：]\s*(.*?)\s*$/.exec(
      line,
    );
    if (!m || !m[2]) continue;
    if (m[1] === '标题') hints.title ??= m[2];
    else if (m[1].startsWith('发布')) hints.publishedOn ??= isoDate(m[2]);
    else if (/^https?:\/\//i.test(m[2])) hints.sourceUrl ??= m[2];
  }
  return hints;
}
