// A PDF's bytes → its text, or one sentence saying why not. A scanned PDF (pages are pictures) needs
// OCR and is said to need it rather than guessed at; a PDF with a text layer is read through pdf.js and
// its lines rebuilt from the positions of the text (pdf-lines.ts).
import type { ParseError } from '@/lib/report/types';
import { pdfHasText } from './pdf';
import { pdfText } from './pdf-lines';
import { MAX_PDF_PAGES, PDF_TIMEOUT_MS, readPdfTextItems } from './pdf-text';

export type PdfReadResult =
  { ok: true; text: string } | { ok: false; code: ParseError['code']; message: string };

function needsOcr(fileName: string): PdfReadResult {
  return {
    ok: false,
    code: 'needsOcr',
    message: `${fileName} 是扫描版 PDF（页面只有图片、没有文字），需要先做文字识别（OCR）。`,
  };
}

/** Glyphs without a Unicode mapping come out as private-use or replacement characters, or controls. */
function mostlyUnmapped(text: string): boolean {
  const chars = text.replace(/\s/g, '');
  if (chars.length === 0) return false;
  const bad = chars.match(/[\u0000-\u001f\ufffd\ue000-\uf8ff]/g)?.length ?? 0;
  return bad * 2 > chars.length;
}

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfReadResult> {
  // no font anywhere in the file: nothing but pictures, and no need to start pdf.js
  if (!pdfHasText(bytes)) return needsOcr(fileName);
  const items = await readPdfTextItems(bytes);
  if (!items.ok) {
    const message = {
      encrypted: `${fileName} 是加密的 PDF，需要密码才能打开，请去掉密码或另存为文本后再导入。`,
      damaged: `${fileName} 看起来是 PDF，但文件已损坏或不完整，无法打开。`,
      tooManyPages: `${fileName} 有 ${items.pageCount} 页，超过 ${MAX_PDF_PAGES} 页的上限，不像是一份年度报告。`,
      timeout: `${fileName} 是 PDF，但 ${PDF_TIMEOUT_MS / 1000} 秒内没能读出其中的文字，文件可能已损坏。`,
    }[items.reason];
    return {
      ok: false,
      code: items.reason === 'tooManyPages' ? 'tooLarge' : 'unreadable',
      message,
    };
  }
  const text = pdfText(items.pages);
  // fonts, but no text drawn with them (a scan with a font for its page numbers, say)
  if (text.trim() === '') return needsOcr(fileName);
  if (mostlyUnmapped(text)) {
    return {
      ok: false,
      code: 'unreadable',
      message: `${fileName} 是含文字的 PDF，但字体缺少编码表，文字无法还原成汉字；请另存为文本或做文字识别（OCR）后再导入。`,
    };
  }
  return { ok: true, text };
}
