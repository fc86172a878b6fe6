// Every database test runs twice: on PGlite (in memory or in a temporary directory) and on the machine's
// PostgreSQL server, each in a database of its own that is dropped afterwards.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import postgres from 'postgres';
import { createDb, type DbHandle } from '@/db/client';
import { migrate } from '@/db/migrate';

export const adminUrl = process.env.GONGKAI_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function probePostgres(): Promise<string | null> {
  const sql = postgres(adminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

const postgresProblem = await probePostgres();
if (postgresProblem && !process.env.CI) {
  console.warn(
    `\n!!! PostgreSQL tests SKIPPED: ${adminUrl} is unreachable (${postgresProblem}). ` +
      'Start PostgreSQL to run them; under CI=true this is a failure.\n',
  );
}

export type Driver = 'pglite' | 'postgres';

/** A fresh, migrated database of the given kind; `drop()` removes every trace. */
export async function freshDatabase(
  driver: Driver,
  options: { gazetteer?: boolean } = {},
): Promise<{ handle: DbHandle; url: string | null; drop: () => Promise<void> }> {
  if (driver === 'pglite') {
    const handle = await createDb({ url: null, dir: 'memory' });
    await migrate(handle, options);
    return { handle, url: null, drop: () => handle.close() };
  }
  if (postgresProblem) throw new Error(`PostgreSQL at ${adminUrl} is unreachable: ${postgresProblem}`);
  const name = `gk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString() });
  await migrate(handle, options);
  return {
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** describe() once per driver, with a migrated database in `ctx.handle` for the whole block. */
export function describeEachDb(
  title: string,
  body: (ctx: { readonly handle: DbHandle; readonly driver: Driver; readonly url: string | null }) => void,
  options: { gazetteer?: boolean } = {},
): void {
  for (const driver of ['pglite', 'postgres'] as const) {
    const skip = driver === 'postgres' && postgresProblem !== null && !process.env.CI;
    (skip ? describe.skip : describe)(`${title} [${driver}]`, () => {
      let db: Awaited<ReturnType<typeof freshDatabase>> | null = null;
      beforeAll(async () => {
        db = await freshDatabase(driver, options);
      });
      afterAll(async () => {
        await db?.drop();
      });
      body({
        get handle() {
          if (!db) throw new Error('database not ready');
          return db.handle;
        },
        driver,
        get url() {
          return db?.url ?? null;
        },
      });
    });
  }
}
