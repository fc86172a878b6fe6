import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

// Bytes → string. Reports arrive as UTF-8 (with or without BOM), UTF-16 with a BOM, or GBK/GB18030 from
// older county sites. We decide by validity, not by guessing: a long run of Chinese text in GBK is
// practically never valid UTF-8, so valid UTF-8 wins; GB18030 (a superset of GBK and GB2312) comes next.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Share of replacement characters above which a GB18030 reading is rejected. */
const MAX_GB_REPLACEMENT_RATIO = 0.005;

export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

interface Utf8Scan {
  /** invalid bytes, not counting an incomplete sequence cut off at the very end */
  invalid: number;
  multibyte: number;
  /** length without the truncated tail sequence, if any */
  end: number;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) {
      // A file cut mid-character (a download that stopped) is still UTF-8: drop the stump.
      let tailOk = true;
      for (let k = i + 1; k < n; k++) if ((bytes[k] & 0xc0) !== 0x80) tailOk = false;
      if (tailOk) return { invalid, multibyte, end: i };
    }
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      invalid++;
      i++;
      continue;
    }
    multibyte++;
    i += need + 1;
  }
  return { invalid, multibyte, end: n };
}

const utf8 = new TextDecoder('utf-8');
const CJK = /[\u4e00-\u9fff]/;

function decodeGb(bytes: Uint8Array, encoding: string): { text: string; ratio: number } {
  const text = iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    encoding,
  );
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  return { text, ratio: text.length === 0 ? 0 : bad / text.length };
}

/** Map a declared charset label to an iconv-lite encoding we accept, or null for UTF-8/unknown. */
export function normaliseCharset(label: string | null): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (l === 'gbk' || l === 'gb2312' || l === 'gb18030' || l === 'x-gbk' || l === 'cp936')
    return 'gb18030';
  if (l === 'big5' || l === 'big5-hkscs') return 'big5';
  return null;
}

/**
 * The charset an HTML page names for itself (<meta charset> or http-equiv Content-Type), looked for
 * in the first few kilobytes as browsers do; returned as an encoding we decode with, or null.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const window = bytes.subarray(0, 4096);
  // No "<" at all: no <meta> to read (plain-text reports, nearly all of them), and no decoding.
  if (!window.includes(0x3c)) return null;
  // One character per byte. (TextDecoder's 'latin1' is windows-1252, which maps 0x80–0x9F elsewhere
  // and is ten times slower; the pattern below reads only ASCII, so both find the same charset.)
  const head = Buffer.from(window.buffer, window.byteOffset, window.byteLength).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return normaliseCharset(m ? m[1] : null);
}

/**
 * Decode bytes (without a BOM check for HTML-declared charsets done by the caller) into text.
 * `declared` is a non-UTF-8 charset named by the document itself (HTML meta), if any.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text =
      bom.encoding === 'utf-8'
        ? utf8.decode(body)
        : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), bom.encoding);
    return { ok: true, text, encoding: bom.encoding };
  }
  // Almost every file is valid UTF-8: a native check settles it without the byte-by-byte scan.
  const scan = isUtf8(bytes) ? { invalid: 0, multibyte: 1, end: bytes.length } : scanUtf8(bytes);
  const strictUtf8 = scan.invalid === 0;
  // A few broken bytes in a long UTF-8 file (a bad copy) should not turn the whole file into mojibake.
  const mostlyUtf8 = scan.multibyte >= 20 && scan.invalid * 100 <= scan.multibyte;
  if (strictUtf8 || mostlyUtf8) {
    const body = bytes.subarray(0, scan.end);
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    // A page saved by a browser keeps its `charset=gbk` meta although the bytes are now UTF-8, so the
    // declaration only wins when the UTF-8 reading has no Chinese and the declared one does.
    if (!declared || CJK.test(text) || scan.multibyte === 0)
      return { ok: true, text, encoding: 'utf-8' };
    const alt = decodeGb(bytes, declared);
    if (alt.ratio <= MAX_GB_REPLACEMENT_RATIO && CJK.test(alt.text))
      return { ok: true, text: alt.text, encoding: declared };
    return { ok: true, text, encoding: 'utf-8' };
  }
  const candidates = declared && declared !== 'gb18030' ? [declared, 'gb18030'] : ['gb18030'];
  for (const encoding of candidates) {
    const gb = decodeGb(bytes, encoding);
    if (gb.ratio <= MAX_GB_REPLACEMENT_RATIO) return { ok: true, text: gb.text, encoding };
  }
  return {
    ok: false,
    reason: `既不是有效的 UTF-8，也不能按 GBK/GB18030 正确解码（${scan.invalid} 处无效字节）。`,
  };
}
