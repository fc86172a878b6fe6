// Parsing is pure CPU work and the database waits on it: with worker threads, the next batch is parsed on
// the other core while this one is saved. Workers need a TypeScript loader, so the pool is used only when
// the process runs under tsx (the CLI and the bench); elsewhere parsing stays on the calling thread.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedReport } from '../lib/report/types';
import { parseBytes } from './parse-bytes';

export interface ParseJob {
  file: string;
  bytes: Uint8Array;
  today: string;
  hint: string | null;
}
export interface ParseOutput {
  parsed: ParsedReport;
  text: string;
}

type Pending = { resolve: (o: ParseOutput) => void; reject: (e: Error) => void };

export interface ParsePool {
  parse(job: ParseJob): Promise<ParseOutput>;
  close(): Promise<void>;
}

const inline: ParsePool = {
  parse: (job) => parseBytes(job.file, job.bytes, job.today, job.hint),
  close: async () => {},
};

const here = path.dirname(fileURLToPath(import.meta.url));

/** Parse workers for an ingest: the embedded database runs on the calling thread, which keeps one core
 * busy, so the workers get the others; a PostgreSQL server mostly waits on its own process, so every core
 * parses. */
export function parseWorkersFor(kind: 'pglite' | 'postgres'): number {
  return Math.max(1, os.availableParallelism() - (kind === 'pglite' ? 1 : 0));
}

export function canUseWorkers(): boolean {
  return process.execArgv.some((a) => a.includes('tsx'));
}

export function createParsePool(size = Math.max(1, os.availableParallelism() - 1)): ParsePool {
  if (size < 1 || !canUseWorkers()) return inline;
  const workers = Array.from({ length: size }, () => {
    // the Next server imports ingest too (admin upload) but never starts workers: a file path, not a
    // `new URL(…, import.meta.url)`, keeps the bundler from following this entry into tsx's loader
    const worker = new Worker(path.join(/*turbopackIgnore: true*/ here, 'parse-worker-boot.mjs'));
    worker.unref();
    return { worker, busy: 0 };
  });
  const pending = new Map<number, Pending>();
  let next = 0;
  for (const w of workers) {
    w.worker.on('message', (msg: { id: number; output?: ParseOutput; error?: string }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      w.busy -= 1;
      if (!p) return;
      if (msg.output) p.resolve(msg.output);
      else p.reject(new Error(msg.error ?? 'parse worker failed'));
    });
    w.worker.on('error', (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
  }
  return {
    parse(job) {
      const id = next++;
      const w = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      w.busy += 1;
      return new Promise<ParseOutput>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.worker.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
