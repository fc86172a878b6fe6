import { isUtf8 } from 'node:buffer';
import type { ParseError, ReportText } from '@/lib/report/types';
import { declaredHtmlCharset, decodeBytes } from './decode';
import { docxToHtml } from './docx';
import { crawlerHeaderHints } from './hints';
import { readHtml, readSlimHtml } from './html';
import { latin1View, slimUtf8Html } from './html-slim';
import { pdfHasText } from './pdf';
import { readPdf } from './pdf-read';
import { looksBinary, looksLikeHtml, sniffContainer } from './sniff';

// Bytes → what the parser reads (ReportText), or one clear reason why not. Pure over the bytes it
// is handed: the caller does the file system. What a file is comes from its content; the name only
// breaks the tie between plain text and HTML and is quoted in messages.

export type ReadResult = { ok: true; value: ReportText } | { ok: false; error: ParseError };

export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

function fail(code: ParseError['code'], message: string): ReadResult {
  return { ok: false, error: { code, message } };
}

function nonEmpty(value: ReportText, fileName: string): ReadResult {
  if (value.text.trim() === '') return fail('empty', `${fileName} 中没有可读的文字。`);
  return { ok: true, value };
}

function readText(text: string, fileName: string): ReadResult {
  if (looksLikeHtml(text, fileName)) return nonEmpty(readHtml(text), fileName);
  return nonEmpty({ text, hints: crawlerHeaderHints(text) }, fileName);
}

/** How many leading bytes are decoded to recognise a page (looksLikeHtml reads 2048 characters). */
const HEAD_BYTES = 8192;

/**
 * A web page in UTF-8 with no BOM and no other charset declared (nearly all of them): recognised
 * from its first bytes and slimmed on its raw bytes, so only the tenth that is left is decoded.
 * Gives what decoding and readText give; null for anything else, which takes that path.
 */
function readUtf8Html(bytes: Uint8Array, fileName: string): ReadResult | null {
  if (!bytes.subarray(0, 4096).includes(0x3c)) return null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return null;
  if (!isUtf8(bytes)) return null;
  let end = Math.min(bytes.length, HEAD_BYTES);
  while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--; // whole characters only
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('utf8');
  const view = latin1View(bytes);
  if (!looksLikeHtml(head, fileName, view)) return null;
  return nonEmpty(readSlimHtml(slimUtf8Html(view)), fileName);
}

function precheck(bytes: Uint8Array, fileName: string): ReadResult | null {
  if (bytes.length === 0) return fail('empty', `${fileName} 是空文件。`);
  if (bytes.length > MAX_REPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return fail('tooLarge', `${fileName} 有 ${mb} MB，超过 20 MB 的上限，不像是一份年度报告。`);
  }
  return null;
}

/** Every format except PDF, whose reader (pdf.js) is asynchronous: readReportBytesAsync reads all. */
export function readReportBytes(bytes: Uint8Array, fileName: string): ReadResult {
  const early = precheck(bytes, fileName);
  if (early) return early;
  const container = sniffContainer(bytes);
  switch (container.kind) {
    case 'docx':
      try {
        return nonEmpty(readHtml(docxToHtml(bytes)), fileName);
      } catch {
        return fail(
          'unreadable',
          `${fileName} 看起来是 Word 文档（DOCX），但文件已损坏，无法打开。`,
        );
      }
    case 'pdf':
      return pdfHasText(bytes)
        ? fail(
            'unreadable',
            `${fileName} 是含文字的 PDF，需要用 npm run ingest 或 npm run parse 读取。`,
          )
        : fail(
            'needsOcr',
            `${fileName} 是扫描版 PDF（页面只有图片、没有文字），需要先做文字识别（OCR）。`,
          );
    case 'ole':
      return fail(
        'binary',
        `${fileName} 是旧版 Office 文件（.doc/.xls/.wps），请另存为 DOCX 后再导入。`,
      );
    case 'zip':
      return fail('binary', `${fileName} 是压缩包，不是 DOCX 文档，请解压后逐个导入其中的报告。`);
    case 'binary':
      return fail('binary', `${fileName} 是${container.name ?? '二进制文件'}，不是文字报告。`);
    case 'text':
      break;
  }
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && looksBinary(bytes)) {
    return fail('binary', `${fileName} 含有大量控制字符或空字节，是二进制文件而不是文字报告。`);
  }
  const declared = declaredHtmlCharset(bytes);
  const page = declared === null ? readUtf8Html(bytes, fileName) : null;
  if (page) return page;
  const decoded = decodeBytes(bytes, declared);
  if (!decoded.ok) return fail('encoding', `${fileName} 的文字编码无法识别：${decoded.reason}`);
  return readText(decoded.text.replace(/^\uFEFF/, ''), fileName);
}

/** What ingest and `npm run parse` use: readReportBytes, plus the text layer of a PDF. */
export async function readReportBytesAsync(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const early = precheck(bytes, fileName);
  if (early) return early;
  if (sniffContainer(bytes).kind !== 'pdf') return readReportBytes(bytes, fileName);
  const pdf = await readPdf(bytes, fileName);
  if (!pdf.ok) return fail(pdf.code, pdf.message);
  return nonEmpty({ text: pdf.text, hints: crawlerHeaderHints(pdf.text) }, fileName);
}
