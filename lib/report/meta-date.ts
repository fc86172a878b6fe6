// Dates in a report: the publication date (page header of the site or the crawler, or the date line
// under the signature) and their validation. A date must have its 年/月/日 or dashes: converters that
// dropped characters produce "202419日" or "2021926", which are never read as dates.
import { parseCnNumber, parseCnYear } from './cn-numerals';

export type DateSource = 'hint' | 'header' | 'signature';

export interface FoundDate {
  date: string;
  source: DateSource;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ARABIC =
  /((?:19|20)\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|-(\d{1,2})-(\d{1,2})(?!\d)|\/(\d{1,2})\/(\d{1,2})(?!\d)|\.(\d{1,2})\.(\d{1,2})(?!\d))/;
const CHINESE =
  /([〇零一二三四五六七八九0○Oo]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;

/** The first well-formed date in a string, ISO; null when there is none. */
export function findDate(s: string): string | null {
  const a = ARABIC.exec(s);
  if (a) {
    const m = a[2] ?? a[4] ?? a[6] ?? a[8];
    const d = a[3] ?? a[5] ?? a[7] ?? a[9];
    const iso = isoDate(Number(a[1]), Number(m), Number(d));
    if (iso) return iso;
  }
  const c = CHINESE.exec(s);
  if (c) {
    const y = parseCnYear(c[1]);
    const m = parseCnNumber(c[2]);
    const d = parseCnNumber(c[3]);
    if (y !== null && m !== null && d !== null) return isoDate(y, m, d);
  }
  return null;
}

/** Header lines of the page or of the archive's crawler: "发布时间: 2022-02-08 10:00", "时间:2024-01-31",
 * "2022年01月18日来源:1". Only the first lines count: a date in the body is something else. */
function headerDate(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 15)) {
    const m =
      /(?:发布时间|发布日期|发文日期|公开日期|成文日期|时间|日期)\s*[:：]\s*(\S.{0,24})/.exec(line);
    const date = m ? findDate(m[1]) : null;
    if (date) return date;
    if (/^\s*(?:19|20)\d\d\s*年[^。]{0,8}日\s*(?:来源|作者|发布|浏览)/.test(line)) {
      const d = findDate(line);
      if (d) return d;
    }
  }
  return null;
}

/** The date under the signature: one of the last lines, nothing but a date (or a signature and a
 * date run together at the very end of a one-paragraph text). */
function signatureDate(lines: readonly string[]): string | null {
  const tail = lines.slice(-6).reverse();
  for (const line of tail) {
    const t = line.replace(/[\s|]/g, '');
    if (t.length > 40) continue;
    const onlyDate =
      /^(?:\S{0,30}?(?:人民政府|办事处|局|委员会|办公室|中心|政府))?((?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九0○Oo]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/.exec(
        t,
      );
    if (onlyDate) return findDate(onlyDate[1]);
  }
  return null;
}

/** The trimmed non-empty lines; title, issuer and date each ask for those of the same text, so the
 * last answer is kept. Callers only read the array. */
export function nonEmptyLines(text: string): readonly string[] {
  if (text !== lastLines.text) {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    lastLines = { text, lines };
  }
  return lastLines.lines;
}

let lastLines: { text: string; lines: readonly string[] } = { text: '', lines: [] };

/** Publication date and where it came from. The container's own metadata and the page header say when
 * the report went online; the signature date says when it was signed, which is used only without them. */
export function publicationDate(text: string, hint: string | null | undefined): FoundDate | null {
  const fromHint = hint ? findDate(hint) : null;
  if (fromHint) return { date: fromHint, source: 'hint' };
  const lines = nonEmptyLines(text);
  const header = headerDate(lines);
  if (header) return { date: header, source: 'header' };
  const signed = signatureDate(lines);
  return signed ? { date: signed, source: 'signature' } : null;
}
