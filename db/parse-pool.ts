// Parsing is pure CPU work and the database waits on it: with worker threads, the next batch is parsed on
// the other core while this one is saved. Each job goes to the worker with the fewest in hand, at once: the
// calling thread may be running the embedded database and not read a worker's message for a whole
// statement, so a worker must never wait on it for its next job.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedReport } from '../lib/report/types';
import { parseBytes } from './parse-bytes';
import { parseWorkerBundle } from './parse-worker-bundle';

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

export interface ParsePool {
  parse(job: ParseJob): Promise<ParseOutput>;
  close(): Promise<void>;
}

const inline: ParsePool = {
  parse: (job) => parseBytes(job.file, job.bytes, job.today, job.hint),
  close: async () => {},
};

const here = path.dirname(fileURLToPath(import.meta.url));

/** Parse workers for an ingest: one per core but the calling thread's. With the embedded database that
 * thread runs the database; with PostgreSQL it feeds the server, which needs a core of its own (measured on
 * 2 cores, 20,006 reports: one worker 1,019/s, two 1,018/s for more CPU, one worker plus parsing on the
 * calling thread 810/s, as every reply of the server then waited for a page to be parsed). */
export function parseWorkersFor(): number {
  return Math.max(0, os.availableParallelism() - 1);
}

interface Slot {
  worker: Worker;
  inHand: Map<number, { resolve: (o: ParseOutput) => void; reject: (e: Error) => void }>;
}

async function workerEntry(): Promise<string | null> {
  const bundle = await parseWorkerBundle();
  if (bundle) return bundle;
  // the worker's TypeScript needs a loader: without the bundle, only a process run under tsx has one. (The
  // Next server imports ingest too, for the admin upload, but never starts workers: a file path, not a
  // `new URL(…, import.meta.url)`, keeps its bundler from following this entry into tsx's loader.)
  return process.execArgv.some((a) => a.includes('tsx'))
    ? path.join(/*turbopackIgnore: true*/ here, 'parse-worker-boot.mjs')
    : null;
}

export async function createParsePool(workers: number): Promise<ParsePool> {
  const entry = workers > 0 ? await workerEntry() : null;
  if (!entry) return inline;
  const slots = new Set<Slot>();
  let nextId = 0;
  for (let i = 0; i < workers; i++) {
    const slot: Slot = { worker: new Worker(entry), inHand: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (msg: { id: number; output?: ParseOutput; error?: string }) => {
      const p = slot.inHand.get(msg.id);
      slot.inHand.delete(msg.id);
      if (!p) return;
      if (msg.output) p.resolve(msg.output);
      else p.reject(new Error(msg.error ?? 'parse worker failed'));
    });
    // a worker that dies takes the jobs in its hand with it; later jobs go to the others, or are parsed on
    // this thread once none is left
    slot.worker.on('error', (error) => {
      slots.delete(slot);
      for (const p of slot.inHand.values()) p.reject(error);
      slot.inHand.clear();
    });
    slots.add(slot);
  }
  return {
    parse(job) {
      let slot: Slot | null = null;
      for (const s of slots) if (!slot || s.inHand.size < slot.inHand.size) slot = s;
      if (!slot) return inline.parse(job);
      const id = nextId++;
      const target = slot;
      return new Promise<ParseOutput>((resolve, reject) => {
        target.inHand.set(id, { resolve, reject });
        target.worker.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}
