// Report text comes from thousands of government websites and is shown as plain text (React escapes it),
// so markup in it is already inert. What escaping does not cover are characters that change how text
// *looks*: bidi overrides (U+202E makes "exe.txt" read "txt.exe"), C0/C1 control characters (terminal
// escapes, bells), and zero-width joiners used to hide words. They are removed before display.

// C0 controls except tab and newline, DEL, C1 controls
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// embeddings/overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI), Arabic letter mark, LRM/RLM
const BIDI = /[\u202A-\u202E\u2066-\u2069\u061C\u200E\u200F]/g;
// zero-width space/joiners, word joiner, invisible operators, BOM, interlinear annotation, tag characters
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
// lone surrogates render as replacement boxes and break some consumers (CSV, JSON)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to show: no control, bidi-override, invisible or lone-surrogate characters. */
export function inertText(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '\uFFFD');
}

/** inertText, on one line (names, titles, table cells): newlines and tabs become spaces. */
export function inertLine(value: string | null | undefined): string {
  return inertText(value).replace(/[\n\t]+/g, ' ');
}

/** inertText cut to `max` characters with an ellipsis: a 5 MB "line" must not become a 5 MB page. */
export function clipText(value: string | null | undefined, max: number): string {
  const text = inertText(value);
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…（以下 ${text.length - max} 字未显示，完整内容见原文件）`;
}
