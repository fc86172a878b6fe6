// PDF bytes → positioned text items per page, through Mozilla's pdf.js (pdfjs-dist, legacy build for
// Node), run in a worker thread (pdf-worker.mjs) that is ended when it takes too long.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfTextItem } from './pdf-lines';

/** A report runs to a few dozen pages; past this a file is not one report. */
export const MAX_PDF_PAGES = 200;
/** Time for opening and reading a whole file. */
export const PDF_TIMEOUT_MS = 30_000;

export type PdfTextResult =
  | { ok: true; pages: PdfTextItem[][] }
  | { ok: false; reason: 'encrypted' | 'damaged' | 'tooManyPages' | 'timeout'; pageCount?: number };

/** Next bundles this module away from its folder; the server runs from the project root. */
function workerFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(/*turbopackIgnore: true*/ here, 'pdf-worker.mjs');
  return existsSync(beside)
    ? beside
    : path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/ingest/pdf-worker.mjs');
}

function readInWorker(
  bytes: Uint8Array,
  maxPages: number,
  timeoutMs: number,
): Promise<PdfTextResult> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile(), { workerData: { bytes, maxPages } });
    let settled = false;
    const finish = (result: PdfTextResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
    worker.once('message', (result: PdfTextResult) => finish(result));
    // a crash of pdf.js (or out of memory) ends the thread: the file is what could not be read
    worker.once('error', () => finish({ ok: false, reason: 'damaged' }));
    worker.once('exit', () => finish({ ok: false, reason: 'damaged' }));
  });
}

// One PDF at a time per thread: ingest starts a whole batch at once, and a hundred pdf.js threads would
// share two cores and each other's time limit.
let queue: Promise<unknown> = Promise.resolve();

export function readPdfTextItems(
  bytes: Uint8Array,
  { maxPages = MAX_PDF_PAGES, timeoutMs = PDF_TIMEOUT_MS } = {},
): Promise<PdfTextResult> {
  const turn = queue.then(() => readInWorker(bytes, maxPages, timeoutMs));
  queue = turn.catch(() => {});
  return turn;
}
