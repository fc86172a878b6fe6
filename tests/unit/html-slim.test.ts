import { describe, expect, it } from 'vitest';
import { latin1View, slimHtml, slimUtf8Html } from '@/lib/ingest/html-slim';

// slimUtf8Html runs slimHtml's passes on the raw bytes; it must give exactly what slimHtml gives on
// the decoded page, Unicode whitespace and Latin-1 look-alike bytes included.
const TOKENS = [
  '<script>',
  '</SCRIPT\u3000>',
  '</script\u00a0>',
  '</script\u2800>',
  '<style>',
  '</style >',
  '<!--',
  '-->',
  '<!-->',
  '<span',
  '</span>',
  '<b',
  '<br>',
  '<o:p>',
  '<st1:chsdate',
  '>',
  '<',
  ' ',
  '\u00a0',
  '\u3000',
  '\u2800',
  '\u00a9',
  '\u2028',
  '\ufeff',
  '\u00e2',
  ' style',
  '=',
  '"',
  "'",
  'display:none',
  'display\u3000:none',
  ' style="border:none;x"',
  ' style="visibility\u00a0:\u2009HIDDEN"',
  ' onclick="a.style.display=\'none\'"',
  '中文',
  '\u00a9style="x"',
  ' class="a"',
  ' data-x="1"',
  '\u2800style="display:none"',
  '\u00a0style="display:none;x"',
  '\u{1F600}',
  '<a',
  '<A',
  '<abbr',
  ' href="/x"',
  " TARGET='_blank'",
  ' title = "\u4e2d"',
  '\u00a0title="x"',
  '\n',
  '\t\t',
  '  ',
  '\r\n',
];

describe('slimUtf8Html', () => {
  it('gives what slimHtml gives on the decoded text', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % TOKENS.length;
    for (let t = 0; t < 5000; t++) {
      let html = '';
      for (let k = 0; k < 12; k++) html += TOKENS[next()];
      expect(slimUtf8Html(latin1View(new Uint8Array(Buffer.from(html, 'utf8'))))).toBe(
        slimHtml(html),
      );
    }
  });
});
