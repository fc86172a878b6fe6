// CMS pages are 100–400 KB, and nine tenths of that is Word's inline styles, scripts and
// stylesheets: none of it is report text. Removing it before the HTML parser runs makes the page
// four to ten times smaller and the parse as much faster (parse5 reads about 15 MB/s). Only what
// the readers use stays: block tags, links, meta, spans, hidden markers and display:none styles.

const BLOCKS =
  /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<noscript\b[\s\S]*?<\/noscript\s*>|<!--[\s\S]*?-->/gi;
/** Inline formatting tags, Word's <o:p> among them: they carry neither text nor structure. */
const INLINE = /<\/?(?:span|font|o:p|b|i|u|em|strong|st1:[\w-]+)(?:\s[^<>]*)?>/gi;
// Quoted values only: an unquoted value cannot be told from text without parsing the tag, and
// Word and the CMSs quote them. (A sentence containing ` style="…"` would lose it; none does.)
const NOISE_ATTR =
  /\s(?:style|class|id|width|height|valign|align|lang|face|size|color|bgcolor|border|cellspacing|cellpadding|on\w+|ms-[\w-]+|data-[\w-]+|x:\w+)\s*=\s*(?:"[^"]*"|'[^']*')/gi;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

// Two passes for the parser's sake alone (parse5's time grows with every character it reads):
// menus are hundreds of <a href target title> whose attributes no reader looks at, and CMS
// templates indent every tag. HTML whitespace only (not \s, which would take U+00A0 and U+3000
// for separators that HTML does not have), and only whole quoted values.
/**
 * A link tag holding only attributes that no reader uses (links are read for their text). parse5
 * compares attributes only between open formatting elements of one name, and a new <a> always
 * closes the one before it, so the tree is the same without them.
 */
const LINK_ATTRS =
  /<a(?:[\t\n\f\r ]+(?:href|target|title)[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"<>]*"|'[^'<>]*'))+[\t\n\f\r ]*>/gi;
/**
 * A run of whitespace between two tags, cut to one space: every reader collapses whitespace runs
 * and counts only other characters, and one space keeps a whitespace-only text node where the page
 * had one, so the tree parse5 builds around it stays the same. (A quoted value holding "> … <"
 * would be squeezed too; only a canonical URL's value is read as it stands, and none holds that.)
 */
const SPACE_RUN = />[\t\n\f\r ]{2,}(?=<)/g;

function dropAttr(attr: string): string {
  return attr.length > 12 && HIDDEN_STYLE.test(attr) ? attr : '';
}

export function slimHtml(html: string): string {
  // A hidden <span> loses its hiding here (its tags go with the others): showing a stray word is
  // better than keeping one open tag whose missing end would hide the rest of the paragraph.
  // Hidden blocks (div, p, li, table) keep their markers.
  return html
    .replace(BLOCKS, '')
    .replace(INLINE, '')
    .replace(NOISE_ATTR, dropAttr)
    .replace(LINK_ATTRS, '<a>')
    .replace(SPACE_RUN, '> ');
}

// The same passes over the raw bytes of a page that is valid UTF-8, seen as a Latin-1 string
// (one character per byte), so that only the small remainder is decoded. Every pattern matches the
// same characters in both views: its literals are ASCII, which UTF-8 never uses inside a multibyte
// character, `\w` and `\b` are ASCII-only, the negated classes take whole characters byte by byte,
// and `\s`, the only class reaching beyond ASCII, is spelled out as the UTF-8 bytes of each
// character JavaScript counts as whitespace (lead bytes, so a match never starts inside one);
// letters match in both cases without the i flag, which would also fold Latin-1 bytes together.
// Cutting between ASCII characters keeps the remainder valid UTF-8, so decoding it gives exactly
// slimHtml of the decoded page.

const S =
  '(?:[\\t\\n\\v\\f\\r ]|\\xC2\\xA0|\\xE1\\x9A\\x80|\\xE2\\x80[\\x80-\\x8A\\xA8\\xA9\\xAF]|\\xE2\\x81\\x9F|\\xE3\\x80\\x80|\\xEF\\xBB\\xBF)';

function bytePattern(re: RegExp): RegExp {
  // Without the i flag, which would fold the bytes of S into other bytes (\xE2 into \xC2): letters
  // become [xX] instead. `[\s\S]` (any character) is the only class holding \s and stays.
  let source = '';
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const c = re.source[i];
    if (c === '\\') {
      const escape = re.source.slice(i, i + 2);
      source += escape === '\\s' && !inClass ? S : escape;
      i++;
    } else if (c === '[' || c === ']') {
      inClass = c === '[';
      source += c;
    } else if (!inClass && /[a-z]/i.test(c)) {
      source += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else source += c;
  }
  return new RegExp(source, re.flags.replace('i', ''));
}

const BLOCKS_BYTES = bytePattern(BLOCKS);
const INLINE_BYTES = bytePattern(INLINE);
const NOISE_ATTR_BYTES = bytePattern(NOISE_ATTR);
const LINK_ATTRS_BYTES = bytePattern(LINK_ATTRS);
const HIDDEN_STYLE_BYTES = bytePattern(HIDDEN_STYLE);

/**
 * dropAttr over a noise attribute's bytes, without decoding it: HIDDEN_STYLE_BYTES matches the
 * bytes wherever HIDDEN_STYLE matches the text (the argument above), and an attribute holding
 * "display:none" is past 12 characters whatever its name, so the length test is settled too.
 * Decoding each of a Word page's hundreds of "border:none" styles to test it cost more than the
 * pass that finds them.
 */
function dropAttrBytes(attr: string): string {
  return HIDDEN_STYLE_BYTES.test(attr) ? attr : '';
}

/** Bytes as a Latin-1 string, one character per byte. */
export function latin1View(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * slimHtml of a page that is valid UTF-8 (isUtf8), given as its latin1View; returns the remainder
 * decoded.
 */
export function slimUtf8Html(view: string): string {
  const bare = view.replace(BLOCKS_BYTES, '').replace(INLINE_BYTES, '');
  // A page that hides nothing drops every noise attribute outright, without a call for each.
  const slim = (
    HIDDEN_STYLE_BYTES.test(bare)
      ? bare.replace(NOISE_ATTR_BYTES, dropAttrBytes)
      : bare.replace(NOISE_ATTR_BYTES, '')
  )
    .replace(LINK_ATTRS_BYTES, '<a>')
    .replace(SPACE_RUN, '> ');
  return Buffer.from(slim, 'latin1').toString('utf8');
}
