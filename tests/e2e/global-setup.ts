import type { TestProject } from 'vitest/node';
import { buildApp, startServer, type RunningServer } from './server';

let server: RunningServer | null = null;

export async function setup(project: TestProject) {
  buildApp();
  server = await startServer();
  project.provide('baseURL', server.baseURL);
  project.provide('dataDir', server.dataDir);
}

export async function teardown() {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}
