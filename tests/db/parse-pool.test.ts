// The ingest's parse pool: reports parsed on worker threads (the bundled worker) and on the calling thread
// must come back exactly as parsed inline, each to the job that asked for it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '@/db/parse-bytes';
import { createParsePool } from '@/db/parse-pool';
import { parseWorkerBundle } from '@/db/parse-worker-bundle';

const DIR = path.resolve(__dirname, '../../samples/reports');
const files = fs
  .readdirSync(DIR)
  .sort()
  .slice(0, 40)
  .map((name) => ({
    file: path.join(DIR, name),
    bytes: new Uint8Array(fs.readFileSync(path.join(DIR, name))),
  }));
const job = (f: (typeof files)[number]) => ({ ...f, today: '2026-11-23', hint: null });

describe('parse pool', () => {
  it('builds the worker bundle, and reuses it while its sources are unchanged', async () => {
    const first = await parseWorkerBundle();
    expect(first).not.toBeNull();
    const built = fs.statSync(first!).mtimeMs;
    expect(await parseWorkerBundle()).toBe(first);
    expect(fs.statSync(first!).mtimeMs).toBe(built);
  });

  for (const workers of [1, 2])
    it(`gives every job its own report, as parsed inline (${workers} workers)`, async () => {
      const pool = await createParsePool(workers);
      try {
        const outputs = await Promise.all(files.map((f) => pool.parse(job(f))));
        for (const [i, f] of files.entries()) {
          const inline = await parseBytes(f.file, f.bytes, '2026-11-23', null);
          expect(outputs[i], f.file).toEqual(inline);
        }
      } finally {
        await pool.close();
      }
    });
});
