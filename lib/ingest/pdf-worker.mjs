// Runs pdf.js on one PDF in a thread of its own (lib/ingest/pdf-text.ts starts it): a damaged file can
// make pdf.js reject promises nobody awaits or loop for a long time, and either must end this thread,
// not the ingest batch. Plain JavaScript, so it starts without a TypeScript loader.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

// errors inside pdf.js that no caller awaits (seen with garbled content streams): the answer below
// already says the file is damaged
process.on('unhandledRejection', () => {});

const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

function toItem(raw) {
  const t = raw.transform;
  if (typeof raw.str !== 'string' || !Array.isArray(t) || t.length < 6) return null;
  const size = raw.height > 0 ? raw.height : Math.hypot(t[2], t[3]);
  return { str: raw.str, x: t[4], y: t[5], width: raw.width ?? 0, size };
}

async function read({ bytes, maxPages }) {
  // nothing is fetched: no font loading, no eval; CMaps (for non-embedded Chinese fonts such as 宋体)
  // and the standard font data are read from the package's folders
  const task = pdfjs.getDocument({
    data: bytes,
    cMapUrl: `${dir}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${dir}/standard_fonts/`,
    wasmUrl: `${dir}/wasm/`,
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > maxPages)
      return { ok: false, reason: 'tooManyPages', pageCount: doc.numPages };
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map(toItem).filter((i) => i !== null));
      page.cleanup();
    }
    return { ok: true, pages };
  } catch (error) {
    return { ok: false, reason: error?.name === 'PasswordException' ? 'encrypted' : 'damaged' };
  } finally {
    await task.destroy().catch(() => {});
  }
}

parentPort?.postMessage(await read(workerData));
