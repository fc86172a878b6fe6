// The six sections of a report (report-format.md §2), found by their title text. Numerals alone are
// not trusted: the applications table has its own rows 一、…四、 ("四、结转下年度继续办理"), and pre-2019
// reports number their sections differently (一、概述 … 七、其他需要报告的事项).
import type { SectionKey, Sections } from './types';

const KEYS: SectionKey[] = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
];

/** Title wordings, loosely: spaces may fall anywhere (PDF and web copies break titles), so the patterns
 * are written without them and spaced out below. */
const TITLES: Record<SectionKey, string[]> = {
  overview: ['总体情况', '概述', '(?:政府信息公开)?(?:工作)?(?:的)?(?:基本|总体)?概况', '基本情况'],
  proactive: [
    '(?:行政机关)?主动公开政府信息(?:的|工作)?(?:情况|工作)',
    '政府信息主动公开(?:的|工作)?情况',
    '主动公开(?:工作)?情况',
  ],
  applications: [
    '(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况',
    '依申请公开(?:政府信息)?(?:的|工作)?(?:办理)?情况',
    '政府信息依申请公开(?:的|工作)?(?:办理)?情况',
    '政府信息公开申请(?:的)?(?:受理|办理|处理)?情况',
    '依申请公开',
  ],
  reviewLitigation: [
    '(?:因)?(?:政府信息公开)?(?:工作)?(?:被)?(?:申请)?(?:提起)?行政法?复议[、,和及与]?(?:提起)?(?:行政)?诉讼(?:[和及与、]?申诉)?(?:的)?情况',
    '(?:政府信息公开)?(?:行政)?复议[、,和及与]?(?:行政)?诉讼(?:和申诉)?(?:的)?情况',
  ],
  problems: [
    '(?:政府信息公开)?(?:工作)?(?:当前)?存在的(?:主要|突出)?问题(?:及|和|与)?(?:改进)?(?:情况|措施|方向)?',
    '主要问题(?:及|和)改进(?:情况|措施)',
  ],
  other: ['其[他它]需(?:要)?报告的(?:事项|情况)', '其[他它]事项'],
};

const spaced = (p: string) => p.replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5(])/g, '$1\\s*');

/** A heading begins a line (after an optional "一、", "1、", "第一部分", "#"), or, in a copy that ran
 * the report into one paragraph, follows a Chinese numeral "X、" wherever it is. Parenthesised numbers
 * "（一）" are sub-headings of 总体情况 and never start a section. */
const LINE_START =
  '(?:^|\\n)[ \\t]*(?:#+[ \\t]*)?(?:(?:[一二三四五六七八九十]{1,2}|\\d{1,2})[ \\t]*[、.．][ \\t]*|第[一二三四五六七八九十]部分[、:]?[ \\t]*)?';
const INLINE = '[一二三四五六七八九十]{1,2}[ \\t]*[、．][ \\t]*';

const PATTERNS: Record<SectionKey, RegExp> = Object.fromEntries(
  KEYS.map((k) => {
    const titles = TITLES[k].map(spaced).join('|');
    return [k, new RegExp(`(?:${LINE_START}|${INLINE})(?:${titles})`, 'g')];
  }),
) as Record<SectionKey, RegExp>;

interface Heading {
  key: SectionKey;
  start: number;
  bodyStart: number;
}

function headingsOf(text: string, key: SectionKey, from: number): Heading | null {
  const re = PATTERNS[key];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // "依申请公开" alone heads a section only when the line ends there (not "依申请公开办理情况:..." prose)
    const after = text.slice(end, end + 12);
    if (key === 'applications' && /^[^\n]*?[,。;]/.test(after) && !/^\s*(?:\n|情况)/.test(after)) {
      if (/依\s*申\s*请\s*公\s*开$/.test(m[0])) continue;
    }
    const start = m[0].startsWith('\n') ? m.index + 1 : m.index;
    // The rest of a title on its own line ("三、依申请公开、不予公开及咨询政府信息情况") is not body.
    const eol = text.indexOf('\n', end);
    const rest = text.slice(end, eol < 0 ? text.length : eol);
    const tail =
      rest.length <= 34 && /^[^。,]{0,30}(?:情况|事项|措施)[ \t:]*$/.test(rest) ? rest : null;
    return { key, start, bodyStart: end + (tail ? tail.length : 0) };
  }
  return null;
}

export function splitSections(text: string): Sections {
  const found: Heading[] = [];
  let from = 0;
  for (const key of KEYS) {
    const h = headingsOf(text, key, from);
    if (h) {
      found.push(h);
      from = h.bodyStart;
    }
  }
  const sections: Sections = {
    overview: null,
    proactive: null,
    applications: null,
    reviewLitigation: null,
    problems: null,
    other: null,
  };
  found.forEach((h, i) => {
    const end = i + 1 < found.length ? found[i + 1].start : text.length;
    sections[h.key] = text
      .slice(h.bodyStart, end)
      .replace(/^[ \t]*[:：]?/, '')
      .trim();
  });
  return sections;
}
