// The year reported on: the title's year ("2022年…年度报告"), else the statistical period ("统计期限自
// 2022年1月1日起至2022年12月31日止"), else the year the opening prose speaks of most. Never the
// publication year, and never a year inside a document number (〔2019〕60号).

const TITLE_YEAR = /((?:19|20)\d\d)\s*年/;
const PERIOD = /统计(?:期限|期间|时限|区间|时间|周期|范围)?[^。\n]{0,12}?((?:19|20)\d\d)/;

export function yearFromTitle(title: string | null): number | null {
  const m = title ? TITLE_YEAR.exec(title) : null;
  return m ? Number(m[1]) : null;
}

export function yearFromPeriod(text: string): number | null {
  const m = PERIOD.exec(text);
  return m ? Number(m[1]) : null;
}

function yearFromProse(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text
    .slice(0, 3000)
    .matchAll(/(?<![〔\[(\d])((?:19|20)\d\d)\s*年(?!\d{1,2}月\d{1,2}日(?:起|至))/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

export function parseYear(title: string | null, text: string): number | null {
  return yearFromTitle(title) ?? yearFromPeriod(text) ?? yearFromProse(text);
}
