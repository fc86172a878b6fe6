// Chinese numerals as reports write them: counts ("两件", "十二件", "一百零五条") and date digits
// ("二〇二三年一月二十九日", "二0一七年").

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '0': 0,
  O: 0,
  o: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

export const CN_NUMBER = '[〇零一二两三四五六七八九十百千万]+';

/** "十二" → 12, "一百零五" → 105, "两" → 2; null when the string is not such a number. */
export function parseCnNumber(s: string): number | null {
  if (!s || !/^[〇零一二两三四五六七八九十百千万]+$/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch === '万') {
      section = (section + (digit ?? 0)) * 10000;
      total += section;
      section = 0;
      digit = null;
    } else {
      section += (digit ?? 1) * UNITS[ch];
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Year written digit by digit: "二〇二三" / "二0一七" → 2023 / 2017. */
export function parseCnYear(s: string): number | null {
  if (s.length !== 4) return null;
  let n = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** A count as printed: Arabic digits or a Chinese numeral. */
export function parseCount(s: string): number | null {
  const t = s.replace(/[\s,]/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  return parseCnNumber(t);
}
