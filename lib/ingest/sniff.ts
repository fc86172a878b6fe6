// What the bytes are, decided from the bytes: a file called .txt may be a Word file and a .docx may be
// a saved web page. Extensions are only a tie-breaker between plain text and HTML.

export type Container = 'text' | 'docx' | 'pdf' | 'zip' | 'ole' | 'binary';

interface Magic {
  bytes: number[];
  offset?: number;
  name: string;
}

/** Formats that are certainly not a report we can read, named in the error message. */
const BINARY_MAGIC: Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF 图片' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF 图片' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF 图片' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, name: 'WebP 图片' },
  { bytes: [0x1f, 0x8b], name: 'gzip 压缩包' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: '可执行文件' },
  { bytes: [0x4d, 0x5a], name: '可执行文件' },
];

function startsWith(bytes: Uint8Array, m: Magic): boolean {
  const at = m.offset ?? 0;
  return m.bytes.every((b, i) => bytes[at + i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** A DOCX is a zip whose directory names word/document.xml; the name is stored uncompressed. */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const needle = new TextEncoder().encode(name);
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function sniffContainer(bytes: Uint8Array): { kind: Container; name?: string } {
  if (startsWith(bytes, { bytes: ZIP, name: '' })) {
    return zipHasEntry(bytes, 'word/document.xml') ? { kind: 'docx' } : { kind: 'zip' };
  }
  if (startsWith(bytes, { bytes: OLE, name: '' })) return { kind: 'ole' };
  // Some servers put a few bytes of junk or whitespace before %PDF-, so look a little way in.
  const head = bytes.subarray(0, 1024);
  for (
    let i = head.indexOf(PDF[0]);
    i >= 0 && i + PDF.length <= head.length;
    i = head.indexOf(PDF[0], i + 1)
  ) {
    if (PDF.every((b, k) => head[i + k] === b)) return { kind: 'pdf' };
  }
  for (const m of BINARY_MAGIC) if (startsWith(bytes, m)) return { kind: 'binary', name: m.name };
  return { kind: 'text' };
}

/**
 * Text never holds NUL bytes (UTF-16 is recognised by its BOM before this runs) and only rarely
 * C0 control characters other than tab, newline, carriage return and form feed (PDF extracts keep
 * page breaks as form feeds). Trailing NUL padding left by some download tools is tolerated.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  const sample = bytes.subarray(0, Math.min(end, 65536));
  if (sample.indexOf(0) !== -1) return true;
  let control = 0;
  // Four bytes at a time where the sample is aligned (a file read whole always is): a word with no
  // byte below 0x20 (most of them) is passed over; the others are looked at byte by byte.
  let i = 0;
  if (sample.byteOffset % 4 === 0) {
    const words = new Uint32Array(sample.buffer, sample.byteOffset, sample.length >> 2);
    for (let w = 0; w < words.length; w++) {
      const x = words[w];
      if (((x - 0x20202020) & ~x & 0x80808080) === 0) continue;
      for (let k = w * 4; k < w * 4 + 4; k++) if (isControl(sample[k])) control++;
    }
    i = words.length * 4;
  }
  for (; i < sample.length; i++) if (isControl(sample[i])) control++;
  return control > 8 && control / sample.length > 0.01;
}

function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;
}

/**
 * HTML is recognised by its first tag, whatever the file is called. `text` needs to hold the first
 * 2048 characters; `closing`, where a closing tag is looked for, is the whole text or any view of it
 * with the same ASCII characters (the Latin-1 view of its UTF-8 bytes).
 */
export function looksLikeHtml(text: string, fileName: string, closing: string = text): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|meta|title|!--)/.test(head)) return true;
  if (
    /<(html|body|table|div|p)[\s>]/.test(head) &&
    /<\/(p|div|td|tr|table|body|html)>/.test(closing)
  )
    return (
      /\.(html?|shtml|xhtml|htm|aspx?|jsp|php)$/i.test(fileName) || /<(html|body)[\s>]/.test(head)
    );
  return false;
}
