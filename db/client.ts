// One way to open the database: PGlite in the data directory by default, PostgreSQL when DATABASE_URL is
// set. Both give the same drizzle Postgres-dialect API, so every query and migration runs on either.
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';
import { dataDir, lockDataDir } from './data-dir';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** where it lives: the data directory, or the URL without its password */
  location: string;
  /** the raw client, for the few bulk paths drizzle does not cover (COPY) */
  pglite?: PGlite;
  sql?: postgres.Sql;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** a PostgreSQL URL; defaults to DATABASE_URL */
  url?: string | null;
  /** a PGlite directory; defaults to GONGKAI_DATA_DIR or .data; 'memory' for an in-memory database */
  dir?: string;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Which server a drizzle handle talks to (the bulk paths differ: PostgreSQL needs locks across processes). */
export function driverOf(db: Db): 'pglite' | 'postgres' {
  return (db as unknown as { $client?: unknown }).$client instanceof PGlite ? 'pglite' : 'postgres';
}

export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  const url = options.url === undefined ? process.env.DATABASE_URL : options.url;
  if (url) return openPostgres(url);
  return openPglite(options.dir ?? dataDir());
}

async function openPostgres(url: string): Promise<DbHandle> {
  const sql = postgres(url, {
    max: Number(process.env.GONGKAI_PG_POOL || 10),
    onnotice: () => {},
    connect_timeout: 10,
  });
  const db = drizzlePostgres(sql, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location: redact(url),
    sql,
    close: () => sql.end({ timeout: 5 }),
  };
}

async function openPglite(dir: string): Promise<DbHandle> {
  const memory = dir === 'memory';
  const release = memory ? () => {} : lockDataDir(dir);
  let client: PGlite;
  try {
    client = memory ? await PGlite.create() : await PGlite.create(dir);
  } catch (error) {
    release();
    throw new Error(
      `The embedded database in ${dir} could not be opened (${(error as Error).message}). ` +
        'If it is damaged, move the directory away and run the set-up again to rebuild it from the report files.',
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location: memory ? 'memory' : dir,
    pglite: client,
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
