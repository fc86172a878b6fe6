import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ingestCorpus } from './corpus';
import { buildApp, startServer, type RunningServer } from './server';

let server: RunningServer | null = null;
let dataDir: string | null = null;

export async function setup(project: TestProject) {
  buildApp();
  // the bundled reports go in before the server starts: the embedded database has one owner at a time
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-e2e-data-'));
  const summary = ingestCorpus(dataDir);
  if (!summary.new) throw new Error('ingest loaded no reports');
  server = await startServer({ GONGKAI_DATA_DIR: dataDir });
  project.provide('baseURL', server.baseURL);
  project.provide('dataDir', server.dataDir);
}

export async function teardown() {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}
