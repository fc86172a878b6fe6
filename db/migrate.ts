// Applies the drizzle-kit migrations and loads the gazetteer: the one set-up function both drivers use.
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { DbHandle, Schema } from './client';
import { loadGazetteer } from './regions';

// from the project root, not import.meta.url: inside the Next server bundle that points into .next/
export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

export async function migrate(handle: DbHandle, options: { gazetteer?: boolean } = {}): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
  } else {
    // concurrent first runs (two ingests on a new server) must not apply the same migration twice
    await handle.db.execute(sql`select pg_advisory_lock(872341)`);
    try {
      await migratePostgres(handle.db as unknown as PostgresJsDatabase<Schema>, {
        migrationsFolder,
      });
    } finally {
      await handle.db.execute(sql`select pg_advisory_unlock(872341)`);
    }
  }
  if (options.gazetteer !== false) await loadGazetteer(handle.db);
}
