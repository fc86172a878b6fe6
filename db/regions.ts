// The gazetteer in the database: every official division, so a county page knows every township that
// should have filed. Loaded once from the same package the parser resolves names with.
import { sql } from 'drizzle-orm';
import { getGazetteer } from '../lib/regions/gazetteer';
import type { Db } from './client';
import { queryRows } from './rows';

export async function loadGazetteer(db: Db): Promise<number> {
  const rows = getGazetteer();
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from regions`);
  if (n >= rows.length) return 0;
  // one parameterised statement per batch (a JSON array): fast on both drivers, no per-row SQL building
  const batch = 10_000;
  for (let i = 0; i < rows.length; i += batch) {
    const part = rows.slice(i, i + batch);
    await db.execute(sql`
      insert into regions (code, name, level, parent_code)
      select code, name, level, "parentCode"
      from jsonb_to_recordset(${JSON.stringify(part)}::jsonb)
        as x(code text, name text, level text, "parentCode" text)
      on conflict (code) do nothing`);
  }
  // statistics now, once: the gazetteer never changes after this, and an ingest analyzes only its own tables
  await db.execute(sql`analyze regions`);
  return rows.length;
}
