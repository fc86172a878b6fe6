// Whether the derived tables (rollups, cross-report findings) may lag the reports: set in the same
// transaction that saves a report, cleared once an ingest has refreshed them. An ingest killed between its
// last save and its refresh, or whose refresh failed, leaves the flag up, and the next ingest — even one
// with nothing new to save — refreshes everything. (Two ingests at once: each refreshes what it touched
// before clearing; only one killed while another clears could leave a lag, and `npm run db:check` finds it.)
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { queryRows } from './rows';

/** Raises the flag inside a saving transaction (the batch save runs it as part of a larger statement);
 * the guard keeps concurrent savers from queueing on the row once it is up. */
export const STALE_UPDATE = sql`update data_version set rollups_stale = true where id = 1 and not rollups_stale`;

export async function markDerivedStale(tx: Db): Promise<void> {
  await tx.execute(STALE_UPDATE);
}

export async function derivedStale(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ rollups_stale: boolean }>(
    db,
    sql`select rollups_stale from data_version where id = 1`,
  );
  return row?.rollups_stale === true;
}

export async function clearDerivedStale(db: Db): Promise<void> {
  await db.execute(
    sql`update data_version set rollups_stale = false where id = 1 and rollups_stale`,
  );
}
