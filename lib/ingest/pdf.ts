import { inflateSync } from 'node:zlib';

// A quick look before pdf.js is started (pdf-read.ts): a scanned PDF (pages are images: OCR needed)
// names no font, while a page with text must, so "/Font" appears either in the raw file or, with
// PDF 1.5 object streams, inside a compressed stream.

const latin1 = new TextDecoder('latin1');
const MAX_STREAMS = 2000;

function hasFontIn(text: string): boolean {
  return /\/Font\b|\/Type\s*\/Font\b/.test(text);
}

export function pdfHasText(bytes: Uint8Array): boolean {
  const raw = latin1.decode(bytes);
  if (hasFontIn(raw)) return true;
  let inspected = 0;
  const stream = /stream\r?\n/g;
  for (let m = stream.exec(raw); m && inspected < MAX_STREAMS; m = stream.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    inspected++;
    try {
      const inflated = inflateSync(bytes.subarray(start, end));
      if (hasFontIn(latin1.decode(inflated))) return true;
    } catch {
      // Not Flate (images are DCT/JBIG2/CCITT) or damaged: nothing to learn from it.
    }
    stream.lastIndex = end;
  }
  return false;
}
