// The fast path of ingest: up to a hundred reports saved in one transaction with one statement per table.
// Each report is still whole or absent (the transaction is), and anything unusual in a batch (two versions
// of one agency-year, a database error) falls back to saving its files one by one with saveReport.
import { sql } from 'drizzle-orm';
import { METRICS, metricValue } from '../lib/metrics';
import type { Db } from './client';
import { agencyIdentity } from './agency-identity';
import { queryRows } from './rows';
import { isReport, saveReport, storedBytes, type SaveInput, type SaveResult } from './save';
import { connectionLost } from './failure';
import { regionPathCodes } from '../lib/regions/path-codes';
import { STALE_UPDATE } from './stale';

const json = (value: unknown) => JSON.stringify(value);

/** The sha256 values among `hashes` that are already stored. */
export async function knownHashes(db: Db, hashes: string[]): Promise<Set<string>> {
  if (!hashes.length) return new Set();
  const rows = await queryRows<{ sha256: string }>(
    db,
    sql`select sha256 from reports where sha256 in (select json_array_elements_text(${json(hashes)}::json))`,
  );
  return new Set(rows.map((r) => r.sha256));
}

function reportRow(input: SaveInput, agencyId: number) {
  const { parsed } = input;
  const region = parsed.meta.region;
  const path = regionPathCodes(region);
  return {
    agency_id: agencyId,
    year: parsed.meta.year,
    template: parsed.meta.template,
    published_on: parsed.meta.publishedOn,
    sha256: parsed.sha256,
    file_name: input.fileName,
    parser_version: parsed.parserVersion,
    parsed,
    source_text: input.sourceText,
    source_b64: storedBytes(input)?.toString('base64') ?? null,
    synthetic: input.synthetic ?? false,
    province_code: path[0],
    city_code: path[1],
    county_code: path[2],
    township_code: path[3],
    size_bytes: input.bytes?.byteLength ?? input.sourceText.length,
    error_count: parsed.findings.filter((f) => f.severity === 'error').length,
    warning_count: parsed.findings.filter((f) => f.severity === 'warning').length,
    late: parsed.findings.some((f) => f.rule.startsWith('C1') && f.severity !== 'info'),
  };
}

async function upsertAgencies(db: Db, inputs: SaveInput[]): Promise<Map<string, number>> {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const { parsed } of inputs) {
    const id = agencyIdentity(parsed);
    byKey.set(id.key, {
      agency_key: id.key,
      name: id.name,
      level: parsed.meta.issuerLevel,
      region_code: parsed.meta.region.code,
      region_status: parsed.meta.region.status,
    });
  }
  const keys = json([...byKey.keys()]);
  const stored = sql`select id, agency_key from agencies
    where agency_key in (select json_array_elements_text(${keys}::json))`;
  // one round trip: raise the stale flag, add the new agencies, read every id. The read sees the rows
  // this statement inserted only through `added`, and the rows of others as of its start.
  const rows = await queryRows<{ id: number; agency_key: string }>(
    db,
    sql`with stale as (${STALE_UPDATE}),
      added as (
        insert into agencies (agency_key, name, level, region_code, region_status)
        select agency_key, name, level, region_code, region_status
        from json_to_recordset(${json([...byKey.values()])}::json)
          as x(agency_key text, name text, level text, region_code text, region_status text)
        on conflict (agency_key) do nothing
        returning id, agency_key)
      select id, agency_key from added
      union all
      ${stored}`,
  );
  const ids = new Map(rows.map((r) => [r.agency_key, r.id]));
  // an agency another ingest added after this statement began (its insert waited for that one's commit)
  if (ids.size < byKey.size) {
    const late = await queryRows<{ id: number; agency_key: string }>(db, stored);
    for (const r of late) ids.set(r.agency_key, r.id);
  }
  return ids;
}

const METRIC_COLUMNS = METRICS.map((m) => m.column);

async function insertBatch(
  db: Db,
  inputs: SaveInput[],
  kind: 'pglite' | 'postgres',
): Promise<SaveResult[]> {
  return db.transaction(async (txx) => {
    const tx = txx as unknown as Db;
    const agencyIds = await upsertAgencies(tx, inputs);
    const rows = inputs.map((input) =>
      reportRow(input, agencyIds.get(agencyIdentity(input.parsed).key)!),
    );
    const pairs = rows.map((r) => [r.agency_id, r.year ?? 0] as const);
    if (kind === 'postgres') {
      // concurrent ingests of the same agency-year take turns; sorted, so two batches never deadlock
      const sorted = [...new Set(pairs.map((p) => `${p[0]}:${p[1]}`))].sort();
      await tx.execute(sql`select pg_advisory_xact_lock(split_part(k, ':', 1)::int, split_part(k, ':', 2)::int)
        from json_array_elements_text(${json(sorted)}::json) as k order by k`);
    }
    const replaced = await queryRows<{ agency_id: number; year: number | null }>(
      tx,
      sql`update reports r set is_current = false
          from json_to_recordset(${json(rows.map((r) => ({ a: r.agency_id, y: r.year })))}::json) as x(a int, y int)
          where r.agency_id = x.a and r.year is not distinct from x.y and r.is_current
          returning r.agency_id, r.year`,
    );
    const metrics = inputs.map((input) => ({
      sha256: input.parsed.sha256,
      ...Object.fromEntries(METRICS.map((m) => [m.column, metricValue(m, input.parsed)])),
    }));
    const findings = inputs.flatMap((input, i) =>
      input.parsed.findings.map((f) => ({
        sha256: input.parsed.sha256,
        agency_id: rows[i].agency_id,
        region_code: input.parsed.meta.region.code,
        year: input.parsed.meta.year,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        cells: f.cells,
      })),
    );
    // reports, their metrics and their findings in one statement (one round trip): the metrics and
    // findings find their report's new id by its hash
    const inserted = await queryRows<{ id: number; sha256: string }>(
      tx,
      sql`with saved as (
          insert into reports (agency_id, year, template, published_on, sha256, file_name, parser_version, parsed,
            source_text, source_bytes, is_current, synthetic, province_code, city_code, county_code,
            township_code, size_bytes, error_count, warning_count, late)
          select agency_id, year, template, published_on, sha256, file_name, parser_version, parsed,
            source_text, decode(source_b64, 'base64'), true, synthetic, province_code, city_code, county_code,
            township_code, size_bytes, error_count, warning_count, late
          from jsonb_to_recordset(${json(rows)}::jsonb) as x(agency_id int, year int, template text,
            published_on date, sha256 text, file_name text, parser_version text, parsed jsonb, source_text text,
            source_b64 text, synthetic boolean, province_code text, city_code text, county_code text,
            township_code text, size_bytes bigint, error_count int, warning_count int, late boolean)
          returning id, sha256),
        metrics as (
          insert into report_metrics (report_id, ${sql.raw(METRIC_COLUMNS.join(', '))})
          select saved.id, ${sql.raw(METRIC_COLUMNS.map((c) => `x.${c}`).join(', '))}
          from json_to_recordset(${json(metrics)}::json)
            as x(sha256 text, ${sql.raw(METRIC_COLUMNS.map((c) => `${c} double precision`).join(', '))})
          join saved on saved.sha256 = x.sha256),
        found as (
          insert into findings (report_id, agency_id, region_code, year, rule, severity, message, cells, scope)
          select saved.id, agency_id, region_code, year, rule, severity, message, cells::jsonb, 'report'
          from json_to_recordset(${json(findings)}::json) as x(sha256 text, agency_id int, region_code text,
            year int, rule text, severity text, message text, cells json)
          join saved on saved.sha256 = x.sha256)
        select id, sha256 from saved`,
    );
    const idBySha = new Map(inserted.map((r) => [r.sha256, r.id]));
    const replacedKeys = new Set(replaced.map((r) => `${r.agency_id}:${r.year}`));
    return rows.map((r) => ({
      outcome: replacedKeys.has(`${r.agency_id}:${r.year}`)
        ? ('newVersion' as const)
        : ('new' as const),
      reportId: idBySha.get(r.sha256) ?? null,
      agencyId: r.agency_id,
    }));
  });
}

/**
 * Saves reports that are not yet stored (the caller checked their hashes). Returns one result per input,
 * in order.
 */
export async function saveReportsBatch(
  db: Db,
  kind: 'pglite' | 'postgres',
  inputs: SaveInput[],
): Promise<(SaveResult | { error: unknown })[]> {
  const results: (SaveResult | { error: unknown } | null)[] = inputs.map((i) =>
    isReport(i.parsed) ? null : { outcome: 'skipped', reportId: null, agencyId: null },
  );
  // two versions of one agency-year, or one file twice, in the same batch: those go one by one, in order
  const seen = new Set<string>();
  const fast: number[] = [];
  const slow: number[] = [];
  inputs.forEach((input, i) => {
    if (results[i]) return;
    const key = `${agencyIdentity(input.parsed).key}:${input.parsed.meta.year}`;
    const dup = seen.has(key) || seen.has(input.parsed.sha256);
    seen.add(key).add(input.parsed.sha256);
    (dup ? slow : fast).push(i);
  });
  if (fast.length) {
    try {
      const saved = await insertBatch(
        db,
        fast.map((i) => inputs[i]),
        kind,
      );
      fast.forEach((i, k) => (results[i] = saved[k]));
    } catch (error) {
      // the database is gone: no point trying each file on its own
      if (connectionLost(error)) for (const i of [...fast, ...slow]) results[i] = { error };
      else slow.unshift(...fast); // the batch rolled back whole: save each file on its own and see which fails
      slow.sort((a, b) => a - b);
    }
  }
  let lost: unknown = null;
  for (const i of slow) {
    if (results[i]) continue;
    if (lost) {
      results[i] = { error: lost };
      continue;
    }
    try {
      results[i] = await saveReport(db, inputs[i]);
    } catch (error) {
      results[i] = { error };
      if (connectionLost(error)) lost = error;
    }
  }
  return results as (SaveResult | { error: unknown })[];
}
