// A parse worker of db/parse-pool.ts: bytes in, parsed report out.
import { parentPort } from 'node:worker_threads';
import { parseBytes } from './parse-bytes';
import type { ParseJob } from './parse-pool';

parentPort?.on('message', async (msg: { id: number; job: ParseJob }) => {
  try {
    const { file, bytes, today, hint } = msg.job;
    parentPort?.postMessage({ id: msg.id, output: await parseBytes(file, bytes, today, hint) });
  } catch (error) {
    parentPort?.postMessage({ id: msg.id, error: (error as Error).message });
  }
});
