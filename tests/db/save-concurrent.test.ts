// A batch save whose new agency another ingest is adding at that moment (PostgreSQL, two connections): the
// batch waits for the other's commit and must then file its report under that same agency, not a second one
// (its statement cannot see the other's row, so it reads the ids again; the file-by-file fallback would
// also end here, only slower).
import fs from 'node:fs';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { agencyIdentity } from '@/db/agency-identity';
import { parseBytes } from '@/db/ingest';
import { queryRows } from '@/db/rows';
import { saveReportsBatch } from '@/db/save-batch';
import { describeEachDb } from './harness';
import { sample, TODAY } from './ingest-helpers';

describeEachDb('batch save beside another ingest', (ctx) => {
  it('files the report under the agency the other ingest committed meanwhile', async () => {
    if (ctx.driver !== 'postgres') return; // the embedded database has one connection: no one else writes
    const file = sample('seed-bacun-2023.txt');
    const bytes = new Uint8Array(fs.readFileSync(file));
    const { parsed, text } = await parseBytes(file, bytes, TODAY, null);
    const identity = agencyIdentity(parsed);
    const other = postgres(ctx.url!, { max: 1, onnotice: () => {} });
    try {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let otherId = 0;
      // the other ingest adds the agency and holds its transaction open until told to commit
      const otherIngest = other.begin(async (tx) => {
        const [row] =
          await tx`insert into agencies (agency_key, name, level, region_code, region_status)
          values (${identity.key}, ${identity.name}, ${parsed.meta.issuerLevel}, ${parsed.meta.region.code},
            ${parsed.meta.region.status}) returning id`;
        otherId = row.id;
        await held;
      });
      while (!otherId) await new Promise((r) => setTimeout(r, 20));
      let settled = false;
      const save = saveReportsBatch(ctx.handle.db, 'postgres', [
        { parsed, sourceText: text, bytes, fileName: 'seed-bacun-2023.txt' },
      ]).finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 300));
      expect(settled, 'the save waits for the other transaction').toBe(false);
      release();
      await otherIngest;
      const [result] = await save;
      expect(result).toMatchObject({ outcome: 'new', agencyId: otherId });
      const agencies = await queryRows<{ id: number }>(
        ctx.handle.db,
        sql`select id from agencies where agency_key = ${identity.key}`,
      );
      expect(agencies).toEqual([{ id: otherId }]);
      const [report] = await queryRows<{ agency_id: number }>(
        ctx.handle.db,
        sql`select agency_id from reports where sha256 = ${parsed.sha256}`,
      );
      expect(report.agency_id).toBe(otherId);
    } finally {
      await other.end({ timeout: 5 });
    }
  });
});
