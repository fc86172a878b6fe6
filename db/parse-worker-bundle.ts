// The parse worker as one plain-JavaScript file. Loaded through tsx, each worker thread started its own
// TypeScript loader thread and compiled ~50 modules through it: about 0.3 s of CPU per worker, which on a
// two-core machine is a tenth of a 2,000-report ingest. esbuild (already tsx's compiler) bundles the
// worker's own code in ~70 ms; packages stay outside the bundle and load from node_modules as usual.
// The bundle is rebuilt whenever one of its inputs has changed since it was built.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = path.join(/*turbopackIgnore: true*/ ROOT, 'db/parse-worker.ts');
// inside node_modules, so the bundle's package imports resolve exactly as the sources' do
const OUT_DIR = path.join(/*turbopackIgnore: true*/ ROOT, 'node_modules/.cache/gongkai-lens');
const OUT = path.join(/*turbopackIgnore: true*/ OUT_DIR, 'parse-worker.mjs');
const STAMP = path.join(/*turbopackIgnore: true*/ OUT_DIR, 'parse-worker.inputs.json');
/** lib/ingest/pdf-text.ts starts this file from beside its own module (the bundle, once bundled) */
const PDF_WORKER = 'lib/ingest/pdf-worker.mjs';

/** Each input file's size and modification time, as recorded when the bundle was built. */
type Stamp = Record<string, [number, number]>;

function stampOf(files: string[]): Stamp {
  const stamp: Stamp = {};
  for (const file of files) {
    const stat = fs.statSync(path.join(/*turbopackIgnore: true*/ ROOT, file));
    stamp[file] = [stat.size, stat.mtimeMs];
  }
  return stamp;
}

function upToDate(): boolean {
  try {
    const recorded = JSON.parse(fs.readFileSync(STAMP, 'utf8')) as Stamp;
    const files = Object.keys(recorded);
    if (!files.length || !fs.existsSync(OUT)) return false;
    const now = stampOf(files);
    return files.every((f) => now[f][0] === recorded[f][0] && now[f][1] === recorded[f][1]);
  } catch {
    return false; // no stamp yet, or an input is gone
  }
}

/** Writes a file whole or not at all: two ingests starting together may both build. */
function writeAtomically(file: string, content: string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

async function build(): Promise<void> {
  const started = Date.now();
  // imported only here: the web server never starts parse workers and must not bundle a bundler
  const esbuild = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  writeAtomically(OUT, Buffer.from(result.outputFiles[0].contents));
  writeAtomically(
    path.join(/*turbopackIgnore: true*/ OUT_DIR, path.basename(PDF_WORKER)),
    fs.readFileSync(path.join(/*turbopackIgnore: true*/ ROOT, PDF_WORKER)),
  );
  const inputs = [
    ...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')),
    PDF_WORKER,
  ];
  const stamp = stampOf(inputs);
  // a source saved while the bundle was being built may or may not be in it: no stamp, so the next run
  // builds again
  if (Object.values(stamp).some(([, mtime]) => mtime >= started)) fs.rmSync(STAMP, { force: true });
  else writeAtomically(STAMP, JSON.stringify(stamp));
}

/** The bundled worker's path, built first if needed; null when it cannot be built (then the caller loads
 * the worker through tsx, as before). */
export async function parseWorkerBundle(): Promise<string | null> {
  if (upToDate()) return OUT;
  try {
    await build();
    return OUT;
  } catch {
    return null;
  }
}
