// Figures the prose states (总体情况 and the sections), each kept with its sentence as evidence. Only
// clear statements count: "收到政府信息公开申请8件", "未收到…申请" (a stated zero), "行政复议1件"; a
// figure with 余/多 ("7700余条") is an estimate and is not taken.
import { CN_NUMBER, parseCount } from './cn-numerals';
import type { NarrativeFigure, Sections } from './types';

const NUM = `(\\d+(?:\\.\\d+)?|${CN_NUMBER})`;
const UNIT = '\\s*(?:件|起|宗|条|份|个)';

interface Rule {
  key: string;
  /** a word every match contains: a clause without it is not run through the pattern */
  word: string;
  re: RegExp;
  /** the figure when the pattern is a statement of none */
  zero?: boolean;
}

const RULES: Rule[] = [
  {
    key: 'proactive.items',
    word: '主动公开',
    re: new RegExp(
      `(?<!应)主动公开(?:了)?(?:各类)?(?:政府)?(?:信息)?(?:数)?的?(?:共计|共|合计|累计)?\\s*${NUM}\\s*条`,
    ),
  },
  {
    key: 'applications.received',
    word: '申请',
    re: new RegExp(
      `(?:收到|受理|接收|接到)(?!和)[^复诉举投咨\\d]{0,30}?(?:申请|依申请公开)[^\\d复诉]{0,8}?(?:共计|共|合计)?\\s*${NUM}${UNIT}`,
    ),
  },
  {
    // "共收到70件申请"
    key: 'applications.received',
    word: '申请',
    re: new RegExp(
      `(?:收到|受理|接收|接到)[^复诉举投咨\\d]{0,10}?${NUM}${UNIT}(?:政府信息公开|依申请公开)?(?:的)?申请`,
    ),
  },
  {
    key: 'applications.received',
    word: '申请',
    re: /(?:未|没有|尚未|无)(?:接收受理过|接收|收到|受理|接到)(?:过)?[^复诉举投咨]{0,20}?(?:申请|依申请公开)/,
    zero: true,
  },
  {
    key: 'applications.closed',
    word: '办结',
    re: new RegExp(`(?:已|共|均已)?办结(?:依申请|申请)?(?:共)?\\s*${NUM}${UNIT}`),
  },
  {
    key: 'applications.closed',
    word: '答复',
    re: new RegExp(`(?<![公开同意类型否决])(?:已|均已)?(?:按期|按时)?答复\\s*${NUM}${UNIT}`),
  },
  {
    key: 'applications.carriedForward',
    word: '转',
    re: new RegExp(
      `(?:结转|转结)(?:至|到)?(?:下一?年度?|\\d{4}年)(?:继续办理)?(?:的)?(?:申请)?\\s*${NUM}${UNIT}`,
    ),
  },
  {
    key: 'applications.carriedForward',
    word: '下',
    re: new RegExp(`${NUM}${UNIT}(?:申请)?(?:结转|转结|顺延|转入)(?:至|到)?下`),
  },
  { key: 'applications.carriedForward', word: '下', re: /(?:无|没有)(?:转结|结转)下/, zero: true },
  {
    key: 'review.count',
    word: '行政复议',
    re: new RegExp(`行政复议(?:案件|申请)?(?:共)?\\s*${NUM}${UNIT}`),
  },
  {
    key: 'litigation.count',
    word: '行政诉讼',
    re: new RegExp(`行政诉讼(?:案件)?(?:共)?\\s*${NUM}${UNIT}`),
  },
  {
    key: 'fees.infoProcessing.noticesCount',
    word: '收费通知',
    re: new RegExp(
      `(?:发出|送达|开具)(?:了)?[^,。;\\d]{0,10}?收费通知(?:书)?(?:共)?\\s*${NUM}\\s*(?:件|份|次)`,
    ),
  },
  {
    key: 'fees.infoProcessing.noticesAmountYuan',
    word: '收费通知',
    re: new RegExp(`收费通知[^。;]{0,12}?(?:总)?金额(?:为|共|合计)?\\s*${NUM}\\s*元`),
  },
  {
    key: 'fees.infoProcessing.collectedYuan',
    word: '处理费',
    re: new RegExp(
      `(?:实际)?收取(?:了)?(?:政府信息公开)?(?:信息处理费|处理费)(?:共|合计|共计)?\\s*${NUM}\\s*元`,
    ),
  },
  {
    key: 'fees.infoProcessing.collectedYuan',
    word: '实际收取',
    re: new RegExp(`实际收取(?:的)?(?:总)?金额(?:为|共)?\\s*${NUM}\\s*元`),
  },
  {
    key: 'fees.infoProcessing.collectedYuan',
    word: '处理费',
    re: /(?:未|没有|无)(?:收取|产生)(?:任何)?(?:政府信息公开)?(?:信息处理费|处理费)/,
    zero: true,
  },
];

/** Closing and carrying forward are about applications only when the sentence says so: "办结15042件"
 * of a hotline's complaints is no application figure. */
const APPLICATION_SENTENCE = /申请|依申请/;

/** "行政复议、行政诉讼0件", "未发生…申请行政复议或提起行政诉讼的情况": one statement covers both. */
const NONE_VERB = '(?:未|没有|无|尚未)(?:发生|收到|出现|产生|接到|有|发现|接受|受理|因)';
const NONE_REVIEW = new RegExp(`${NONE_VERB}[^,;]{0,40}?复议`);
const NONE_LITIGATION = new RegExp(`${NONE_VERB}[^,;]{0,40}?诉讼`);
const BOTH_ZERO = /复议[^,;]{0,12}诉讼[^,;\d]{0,6}(?:均为|均是|各)?(?:0|零)\s*件?/;
/** "发出收费通知的件数和总金额,以及实际收取的总金额均为0" */
const ALL_FEES_ZERO = /收费通知的?件数[^。]{0,30}实际收取[^。]{0,10}均为\s*(?:0|零)/;

/** Sentences of prose. Lines are joined first (PDF copies wrap mid-sentence: "答\n复 3050 件") unless
 * the next line starts a heading; table rows (runs of numbers, glued digit strings, the 第二十条 blocks,
 * pre-2019 统计表 lines) are left out. */
function sentences(text: string): string[] {
  return text
    .replace(
      /\n(?![ \t]*(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]+[)]|\d+[、.]|#|\n))/g,
      '',
    )
    .split(/[。;!?\n]/)
    .map((s) => s.trim())
    .filter(
      (s) =>
        s.length > 0 &&
        !/第二十条|勾稽|统计表|指标名称|计量单位|\d{7,}/.test(s) &&
        !/(?:\d+\s+){3,}\d/.test(s),
    );
}

function clauses(sentence: string): string[] {
  return sentence.split(/[,，]/);
}

type Figures = Map<string, NarrativeFigure>;

function add(out: Figures, key: string, value: number, sentence: string) {
  if (!out.has(key) && Number.isFinite(value)) out.set(key, { value, sentence });
}

/** Every rule but the "none" ones needs a figure (NUM): a clause without a digit or a numeral
 * character cannot match them, and most clauses of prose have none. */
const HAS_NUMBER = /[\d〇零一二两三四五六七八九十百千万]/;
const NOTICE_AMOUNT = new RegExp(`^[^实收]{0,8}?(?:总)?金额(?:为|共|合计)?\\s*${NUM}\\s*元`);
const APPLICATION_RULES = RULES.map((rule) => rule.key.startsWith('applications.'));
/** The distinct words of the rules, and which one each rule needs: a word missing from a sentence is
 * missing from each of its clauses, so it is looked for once per sentence. */
const WORDS = [...new Set(RULES.map((rule) => rule.word))];
const RULE_WORD = RULES.map((rule) => WORDS.indexOf(rule.word));
const inSentence = new Uint8Array(WORDS.length);
/** The words by their first character: one pass over a sentence finds them all (eleven includes
 * each scanning the sentence cost more than the rest of readSentence). */
const FIRST_LISTS: number[][] = [];
/** character code → 1 + its index in FIRST_LISTS (0: no word starts with it); a table, not a Map,
 * since it is read at every character of the prose. */
const BY_FIRST = new Uint8Array(0x10000);
WORDS.forEach((word, w) => {
  const first = word.charCodeAt(0);
  if (BY_FIRST[first] === 0) BY_FIRST[first] = FIRST_LISTS.push([]);
  FIRST_LISTS[BY_FIRST[first] - 1].push(w);
});

function markWords(s: string): void {
  inSentence.fill(0);
  for (let i = 0; i < s.length; i++) {
    const at = BY_FIRST[s.charCodeAt(i)];
    if (at === 0) continue;
    for (const w of FIRST_LISTS[at - 1]) if (s.startsWith(WORDS[w], i)) inSentence[w] = 1;
  }
}

/** A figure or a counted numeral: a clause with one states a count, not none. */
const HAS_FIGURE = /\d|[一二三四五六七八九十]\s*[件起]/;

// Each pattern below holds a literal word (收费通知, 复议, 诉讼): a sentence or clause without it is not
// run through the pattern (most are not about fees or review at all).
function readSentence(out: Figures, s: string): void {
  const fees = s.includes('收费通知');
  if (fees && ALL_FEES_ZERO.test(s)) {
    add(out, 'fees.infoProcessing.noticesCount', 0, s);
    add(out, 'fees.infoProcessing.noticesAmountYuan', 0, s);
    add(out, 'fees.infoProcessing.collectedYuan', 0, s);
  }
  // "发出收费通知1件,总金额100元,实际收取…": the amount of the notices sits in its own clause.
  if (fees) {
    for (const c of clauses(s)) {
      const m = NOTICE_AMOUNT.exec(c.trim());
      const value = m ? parseCount(m[1]) : null;
      if (value !== null) add(out, 'fees.infoProcessing.noticesAmountYuan', value, s);
    }
  }
  const aboutApplications = APPLICATION_SENTENCE.test(s);
  markWords(s);
  for (const c of clauses(s)) {
    const review = c.includes('复议');
    const litigation = c.includes('诉讼');
    if (review && BOTH_ZERO.test(c)) {
      add(out, 'review.count', 0, s);
      add(out, 'litigation.count', 0, s);
    }
    let numbered: boolean | undefined;
    for (let i = 0; i < RULES.length; i++) {
      const rule = RULES[i];
      if (inSentence[RULE_WORD[i]] === 0 || out.has(rule.key)) continue;
      if (APPLICATION_RULES[i] && !aboutApplications) continue;
      if (!rule.zero && !(numbered ??= HAS_NUMBER.test(c))) continue;
      if (!c.includes(rule.word)) continue;
      const m = rule.re.exec(c);
      if (!m) continue;
      const value = rule.zero ? 0 : parseCount(m[1]);
      if (value !== null) add(out, rule.key, value, s);
    }
    if ((review || litigation) && !HAS_FIGURE.test(c)) {
      if (review && NONE_REVIEW.test(c)) add(out, 'review.count', 0, s);
      if (litigation && NONE_LITIGATION.test(c)) add(out, 'litigation.count', 0, s);
    }
  }
}

/** Reads 总体情况 first (where the summary figures are), then the other sections, then any remaining
 * text; the first clear statement of each figure wins. */
export function parseNarrative(text: string, sections: Sections): Record<string, NarrativeFigure> {
  const out: Figures = new Map();
  const ordered = [
    sections.overview,
    sections.applications,
    sections.reviewLitigation,
    sections.other,
    sections.proactive,
  ];
  // Then what lies outside the sections (the preamble, a text with no headings): the sections' own
  // sentences need not be read twice.
  let rest = text;
  for (const part of ordered) if (part) rest = rest.replace(part, '\n');
  const parts = [...ordered, rest];
  for (const part of parts) {
    if (!part) continue;
    for (const s of sentences(part)) readSentence(out, s);
  }
  return Object.fromEntries(out);
}
