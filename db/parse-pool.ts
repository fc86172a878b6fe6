// Parsing is pure CPU work and the database waits on it: with worker threads, the next batch is parsed on
// the other core while this one is saved. Jobs wait in one queue and go to the worker with the fewest in
// hand. The calling thread can take jobs too, one per turn of its event loop, when it would otherwise only
// wait on a database server in another process.
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
  /** While the calling thread has its own work in flight (a save), it takes no parse jobs: a save is a
   * dozen round trips, and each reply would wait for the page being parsed. */
  holdThisThread(held: boolean): void;
  close(): Promise<void>;
}

/** Where an ingest parses: worker threads, and whether the calling thread parses beside them. */
export interface ParsePlan {
  workers: number;
  onThisThread: boolean;
}

const inline: ParsePool = {
  parse: (job) => parseBytes(job.file, job.bytes, job.today, job.hint),
  holdThisThread: () => {},
  close: async () => {},
};

const here = path.dirname(fileURLToPath(import.meta.url));

/** Parsing for an ingest: the embedded database runs on the calling thread, which keeps one core busy, so
 * the workers get the others; a PostgreSQL server works in its own process, so the calling thread mostly
 * waits and parses too, beside one worker per other core. */
export function parseWorkersFor(kind: 'pglite' | 'postgres'): ParsePlan {
  return { workers: Math.max(0, os.availableParallelism() - 1), onThisThread: kind === 'postgres' };
}

/** Jobs a worker holds at once when the calling thread parses too: one it parses, one queued behind it so
 * it never waits for the next, and the rest left for whichever thread is free first (a long HTML page does
 * not hold back the text reports behind it). When the calling thread runs the embedded database instead,
 * it may not read a worker's message for a whole statement, so the workers are handed every job at once. */
const IN_HAND_BESIDE_THIS_THREAD = 2;

interface Queued {
  job: ParseJob;
  resolve: (o: ParseOutput) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  inHand: Map<number, Queued>;
}

async function workerEntry(): Promise<string | null> {
  const bundle = await parseWorkerBundle();
  if (bundle) return bundle;
  // the worker's TypeScript needs a loader: without the bundle, only a process run under tsx has one
  return process.execArgv.some((a) => a.includes('tsx'))
    ? path.join(/*turbopackIgnore: true*/ here, 'parse-worker-boot.mjs')
    : null;
}

export async function createParsePool(plan: ParsePlan): Promise<ParsePool> {
  const entry = plan.workers > 0 ? await workerEntry() : null;
  if (!entry) return inline;
  const queue: Queued[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;
  let onThread = plan.onThisThread;
  let threadBusy = false;
  let threadHeld = false;

  const inHandCap = plan.onThisThread ? IN_HAND_BESIDE_THIS_THREAD : Infinity;
  const pump = () => {
    while (queue.length && slots.size) {
      let slot: Slot | null = null;
      for (const s of slots) if (!slot || s.inHand.size < slot.inHand.size) slot = s;
      if (slot!.inHand.size >= inHandCap) break;
      const id = nextId++;
      const q = queue.shift()!;
      slot!.inHand.set(id, q);
      slot!.worker.postMessage({ id, job: q.job });
    }
    if (onThread && !threadBusy && !threadHeld && queue.length) {
      threadBusy = true;
      // one job per turn: the database's replies in between are read without waiting for a whole batch
      setImmediate(() => {
        const q = queue.shift();
        const done = () => {
          threadBusy = false;
          pump();
        };
        if (!q) return done();
        parseBytes(q.job.file, q.job.bytes, q.job.today, q.job.hint)
          .then(q.resolve, q.reject)
          .finally(done);
      });
    }
  };

  for (let i = 0; i < plan.workers; i++) {
    const slot: Slot = { worker: new Worker(entry), inHand: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (msg: { id: number; output?: ParseOutput; error?: string }) => {
      const q = slot.inHand.get(msg.id);
      slot.inHand.delete(msg.id);
      if (q) {
        if (msg.output) q.resolve(msg.output);
        else q.reject(new Error(msg.error ?? 'parse worker failed'));
      }
      pump();
    });
    // a worker that dies takes its jobs in hand with it; the rest go to the others, or to this thread
    slot.worker.on('error', (error) => {
      slots.delete(slot);
      for (const q of slot.inHand.values()) q.reject(error);
      slot.inHand.clear();
      if (!slots.size) onThread = true;
      pump();
    });
    slots.add(slot);
  }
  return {
    parse(job) {
      return new Promise<ParseOutput>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    holdThisThread(held) {
      threadHeld = held;
      if (!held) pump();
    },
    async close() {
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}
