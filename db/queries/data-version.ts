// The data version: a number that changes whenever ingest or an admin change refreshes the rollups, and the
// time it last did ("数据截至"). Share images and exports are cached under it.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../rows';

export interface DataVersion {
  version: number;
  /** when the data last changed (ISO 8601) */
  updatedAt: string;
}

export async function getDataVersion(db: Db): Promise<DataVersion> {
  const [row] = await queryRows<{ version: number; updated_at: string | Date }>(
    db,
    sql`select version, updated_at from data_version where id = 1`,
  );
  if (!row) return { version: 0, updatedAt: new Date(0).toISOString() };
  return { version: Number(row.version), updatedAt: new Date(row.updated_at).toISOString() };
}
