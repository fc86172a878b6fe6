import { readZipEntry, ZipError } from './zip';

// DOCX → a small HTML document that the HTML reader then lays out like any web page. Written here
// rather than with mammoth because mammoth (and the JSZip under it) is asynchronous and the reader
// is not. Only what the report needs is kept: paragraphs, line breaks, tabs and tables.
// Tables follow Word's own grid: w:gridSpan becomes colspan, w:gridBefore an empty leading cell,
// and a w:vMerge continuation cell an empty cell, which is what a rowspan expands to (L12).

const decoder = new TextDecoder();

/** Subtrees whose text is not the document's: field codes, deleted revisions, duplicate fallbacks. */
const SKIP: ReadonlySet<string> = new Set([
  'w:instrText',
  'w:delText',
  'w:delInstrText',
  'mc:Fallback',
  'w:footnoteReference',
]);

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITY[e] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attrValue(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : null;
}

export class DocxError extends Error {}

export function docxToHtml(bytes: Uint8Array): string {
  let xmlBytes: Uint8Array | null;
  try {
    xmlBytes = readZipEntry(bytes, 'word/document.xml');
  } catch (error) {
    throw new DocxError(error instanceof ZipError ? error.message : 'damaged archive');
  }
  if (!xmlBytes) throw new DocxError('no word/document.xml');
  const xml = decoder.decode(xmlBytes);

  const out: string[] = ['<!doctype html><html><head></head><body>'];
  const stack: string[] = [];
  let skip = 0;
  let cellTag = -1; // index in `out` of the current cell's <td>, rewritten when w:tcPr is read
  let continuation = false; // inside a vMerge continuation cell: its content is not printed
  const tag = /<(\/?)([\w:.-]+)([^>]*?)(\/?)>|<[?!][^>]*>|([^<]+)/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (!skip && !continuation && stack[stack.length - 1] === 'w:t') {
        out.push(escapeHtml(decodeEntities(text)));
      }
      continue;
    }
    if (!name) continue; // <?xml …?> and comments
    if (SKIP.has(name) || skip) {
      if (SKIP.has(name) && !selfClose) skip += close ? -1 : 1;
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (name === 'w:p' && open === 'w:p') out.push('</p>');
      else if (name === 'w:tbl') out.push('</table>');
      else if (name === 'w:tr') out.push('</tr>');
      else if (name === 'w:tc') {
        out.push('</td>');
        continuation = false;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    switch (name) {
      case 'w:p':
        if (!continuation) out.push(selfClose ? '<p></p>' : '<p>');
        break;
      case 'w:tbl':
        out.push('<table>');
        break;
      case 'w:tr':
        out.push('<tr>');
        break;
      case 'w:gridBefore': {
        const n = Number(attrValue(attrs, 'w:val') ?? '0');
        if (n > 0) out.push(`<td colspan="${n}"></td>`);
        break;
      }
      case 'w:tc':
        cellTag = out.length;
        out.push('<td>');
        break;
      case 'w:gridSpan': {
        const n = Number(attrValue(attrs, 'w:val') ?? '1');
        if (cellTag >= 0 && n > 1) out[cellTag] = `<td colspan="${n}">`;
        break;
      }
      case 'w:vMerge':
        // <w:vMerge/> or w:val="continue" continues the cell above; w:val="restart" starts one.
        if (attrValue(attrs, 'w:val') !== 'restart') continuation = true;
        break;
      case 'w:tab':
        if (parent === 'w:r' && !continuation) out.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        if (parent === 'w:r' && !continuation) out.push('<br>');
        break;
      case 'w:noBreakHyphen':
        if (!continuation) out.push('-');
        break;
    }
    if (name === 'w:p' && continuation && !selfClose) {
      // The closing tag below must not print </p> for a paragraph we did not open.
      stack.push('w:p-hidden');
      continue;
    }
    if (!selfClose) stack.push(name);
  }
  out.push('</body></html>');
  return out.join('');
}
