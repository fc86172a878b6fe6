// Raw SQL through drizzle answers differently per driver (PGlite: {rows}, postgres.js: an array);
// every raw read goes through this one function so queries stay driver-neutral.
import type { SQL } from 'drizzle-orm';
import type { Db } from './client';

export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
