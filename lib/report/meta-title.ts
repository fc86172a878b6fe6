// The report's title and the issuer named in it, in the signature or in the opening sentence.
import { nonEmptyLines } from './meta-date';
import { isSpace } from './normalize';

const TITLE_WORDS = /年度报告|年报|工作报告|年度报|告年度报/;
const NOT_TITLE = /[>»]|当前位置|首页|您现在|字体|打印|扫描|分享|浏览|来源[:：]|附件|链接/;
/** Organs and divisions an issuer's name ends with. */
export const ORGAN_END =
  '(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会|委员会|办公室|办公厅|局|委|办|厅|中心|院|署|所|站|队|镇|乡|街道|苏木|县|区|市|旗|综合实验区|新区)';
const ISSUER_LINE = new RegExp(`^[\\u4e00-\\u9fa5()（）]{1,40}${ORGAN_END}$`);

/** Markdown heading marks, flip-book page labels ("Page 9 - …"), spaces inside the title. */
function clean(s: string): string {
  return s
    .replace(/^#+\s*/, '')
    .replace(/^Page\s*\d+\s*-\s*/i, '')
    .replace(/\s+/g, '')
    .replace(/[|]+$/, '');
}

/** "标题: …" from the archive's crawler header (NFKC has turned its colon ASCII). */
function crawlerTitle(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 12)) {
    const m = /^标题\s*[:：]\s*(.+)$/.exec(line);
    if (m) return clean(m[1]);
  }
  return null;
}

/** The first title-like line near the top; a title broken over two lines ("淮安市人民政府" /
 * "2024年…年度报告", "吴村镇2022年度政府信息公开工作" / "年度报告") is joined. */
function firstTitleLine(lines: readonly string[]): string | null {
  const top = lines.slice(0, 20).map(clean);
  for (let i = 0; i < top.length; i++) {
    const line = top[i];
    if (NOT_TITLE.test(line) || /[,。;]/.test(line)) continue;
    const next = top[i + 1] ?? '';
    if (/工作$/.test(line) && /^年度报告$/.test(next)) return line + next;
    if (!TITLE_WORDS.test(line) || line.length > 70) continue;
    const prev = i > 0 ? top[i - 1] : '';
    if (/^(?:19|20)\d\d/.test(line) && ISSUER_LINE.test(prev) && !/[,。;:]/.test(prev))
      return prev + line;
    return line;
  }
  return null;
}

export function parseTitle(text: string, hintTitle: string | null | undefined): string | null {
  const lines = nonEmptyLines(text);
  return crawlerTitle(lines) ?? (hintTitle ? clean(hintTitle) : null) ?? firstTitleLine(lines);
}

/** The issuer written in a title: before the year ("滕州市柴胡店镇2022年…"), or after it
 * ("2016年龙归镇政府信息公开年度报告"). */
export function issuerFromTitle(title: string): string | null {
  const t = title.replace(/^关于/, '');
  const before = /^(.+?)(?:关于)?(?:19|20)\d\d\s*年/.exec(t);
  const after = /^(?:19|20)\d\d\s*年度?(.+?)(?:政府信息公开|信息公开|政务公开)/.exec(t);
  const bare = /^(.+?)(?:政府信息公开|信息公开|政务公开)/.exec(t);
  const name = (before?.[1] ?? after?.[1] ?? bare?.[1] ?? '').replace(/关于$/, '');
  return ISSUER_LINE.test(name) ? name : null;
}

/** The signature: one of the last lines, an organ's name, maybe with the date run on; in a text that
 * is one paragraph, the organ's name is its last word. */
const SIGNATURE = new RegExp(
  `^([\\u4e00-\\u9fa5()（）]{2,40}?(?:人民政府|街道办事处|办事处|管理委员会|管委会|委员会|办公室|局|中心))` +
    `(?:(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日|[〇零一二三四五六七八九0○Oo]{4}年\\S*)?$`,
);

// The two helpers below read from the end of the line by character: a text that is one paragraph is
// one line, which `/[\s|]+$/` and split(/\s+/) went through whole, at each of the last six lines.

/** `line.replace(/[\s|]+$/, '')`: trailing blanks and table pipes off. */
function trimEndOf(line: string): string {
  let end = line.length;
  while (end > 0 && (isSpace(line.charCodeAt(end - 1)) || line.charCodeAt(end - 1) === 0x7c)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** `s.split(/\s+/).pop()` for a string with no trailing blank: what follows its last blank. */
function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  return i === 0 ? s : s.slice(i);
}

export function issuerFromSignature(text: string): string | null {
  const re = SIGNATURE;
  for (const line of nonEmptyLines(text).slice(-6).reverse()) {
    const trimmed = trimEndOf(line);
    const tries = trimmed.length <= 45 ? [clean(trimmed)] : [];
    tries.push(lastWord(trimmed));
    for (const t of tries) {
      const m = re.exec(t);
      if (m) return m[1];
    }
  }
  return null;
}

/** "由荫子镇人民政府编制", "请与柴胡店镇人民政府联系", "发布机构: …" in the crawler header. */
export function issuerFromBody(text: string): string | null {
  const body =
    /(?:由|请与|向)([\u4e00-\u9fa5]{2,30}?(?:人民政府|街道办事处))(?:编制|联系|负责|综合|办公室|党政)/.exec(
      text,
    );
  if (body) return body[1];
  // "特向社会公布2020年开平市农业农村局政府信息公开工作年度报告", "现公布荣成市上庄镇人民政府2022年度…"
  const published = new RegExp(
    `公布(?:(?:19|20)\\d\\d年度?)?([\\u4e00-\\u9fa5]{1,30}?${ORGAN_END})(?:(?:19|20)\\d\\d年度?)?(?:政府信息公开|信息公开)`,
  ).exec(text.slice(0, 1500));
  if (published && !/^(?:本|我|全|度)|^.政府$/.test(published[1])) return published[1];
  const header = /^发布机构\s*[:：]\s*(\S+)\s*$/m.exec(text.slice(0, 800));
  return header ? header[1] : null;
}
