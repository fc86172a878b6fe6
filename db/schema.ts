// The database schema: the one source of row types (`$inferSelect`). Migrations are generated from it by
// drizzle-kit (`npm run db:generate`) into db/migrations and applied by db/migrate.ts on both drivers.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ParsedReport } from '../lib/report/types';
import { METRICS } from '../lib/metrics';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** The whole national gazetteer (provinces → cities → counties → townships), loaded by migrate(). */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(), // 2, 4, 6 or 9 digits
    name: text('name').notNull(),
    level: text('level').notNull(), // province | city | county | township
    parentCode: text('parent_code'),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentCode),
    index('regions_name_idx').on(t.name),
    index('regions_level_idx').on(t.level),
  ],
);

/** An issuing organ (a township government, a department). One agency has one current report per year. */
export const agencies = pgTable(
  'agencies',
  {
    id: serial('id').primaryKey(),
    // normalised issuer name + region: the identity of an agency across years and file versions
    agencyKey: text('agency_key').notNull(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    regionCode: text('region_code'),
    regionStatus: text('region_status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agencies_key_idx').on(t.agencyKey),
    index('agencies_region_idx').on(t.regionCode),
  ],
);

/** One row per parsed file version; `isCurrent` marks the version the dashboard counts. */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year'),
    template: text('template').notNull(),
    publishedOn: date('published_on'),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    parserVersion: text('parser_version').notNull(),
    parsed: jsonb('parsed').$type<ParsedReport>().notNull(),
    sourceText: text('source_text').notNull(),
    sourceBytes: bytea('source_bytes'),
    isCurrent: boolean('is_current').notNull().default(true),
    hidden: boolean('hidden').notNull().default(false),
    synthetic: boolean('synthetic').notNull().default(false),
    // denormalised region path of the agency, so rollups by any level are one indexed query
    provinceCode: text('province_code'),
    cityCode: text('city_code'),
    countyCode: text('county_code'),
    townshipCode: text('township_code'),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull().defaultNow(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
    // from the report's own findings, so compliance views need no join
    errorCount: integer('error_count').notNull().default(0),
    warningCount: integer('warning_count').notNull().default(0),
    late: boolean('late').notNull().default(false),
  },
  (t) => [
    uniqueIndex('reports_sha_idx').on(t.sha256),
    index('reports_agency_year_idx').on(t.agencyId, t.year),
    index('reports_current_county_idx')
      .on(t.countyCode, t.year)
      .where(sql`${t.isCurrent}`),
    index('reports_current_year_idx')
      .on(t.year)
      .where(sql`${t.isCurrent}`),
    // the scope pages list the reports filed at each level's own level (a province's own departments …)
    index('reports_current_province_idx')
      .on(t.provinceCode, t.year)
      .where(sql`${t.isCurrent}`),
    index('reports_current_city_idx')
      .on(t.cityCode, t.year)
      .where(sql`${t.isCurrent}`),
    index('reports_current_township_idx')
      .on(t.townshipCode, t.year)
      .where(sql`${t.isCurrent}`),
    // the issuers at a scope's own level (a province's departments: province set, city not) — at national
    // scale a province holds tens of thousands of township reports, and these lists must not wade through them
    index('reports_own_nation_idx')
      .on(t.year)
      .where(sql`${t.isCurrent} and ${t.provinceCode} is null`),
    index('reports_own_province_idx')
      .on(t.provinceCode, t.year)
      .where(sql`${t.isCurrent} and ${t.cityCode} is null`),
    index('reports_own_city_idx')
      .on(t.cityCode, t.year)
      .where(sql`${t.isCurrent} and ${t.countyCode} is null`),
    index('reports_own_county_idx')
      .on(t.countyCode, t.year)
      .where(sql`${t.isCurrent} and ${t.townshipCode} is null`),
    // the compliance view's list of late reports, in the list's order (lib/compliance.ts): year, place, id.
    // The place is the deepest region code, so a scope is one range of it and a page stops after 100 rows.
    index('reports_late_list_idx')
      .on(
        t.year.desc(),
        sql`(coalesce(${t.townshipCode}, ${t.countyCode}, ${t.cityCode}, ${t.provinceCode}, '') collate "C")`,
        t.id,
      )
      .where(sql`${t.isCurrent} and not ${t.hidden} and ${t.late}`),
    // one current version per agency and year, whatever the order concurrent ingests commit in
    uniqueIndex('reports_one_current_idx')
      .on(t.agencyId, t.year)
      .where(sql`${t.isCurrent}`),
  ],
);

// The dashboard's figures, one column per metric of lib/metrics.ts (null = not stated in that report).
// double precision holds every integer count exactly and the 万元 amounts to the printed decimals.
function metricColumns() {
  return Object.fromEntries(METRICS.map((m) => [m.column, doublePrecision(m.column)])) as Record<
    string,
    ReturnType<typeof doublePrecision>
  >;
}

/** One row per report version: its metric values, so a sum by year and region is one indexed query. */
export const reportMetrics = pgTable('report_metrics', {
  reportId: integer('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  ...metricColumns(),
});

/** Sums of the current, visible reports per region (every level, 'CN' for the nation) and year,
 * maintained by ingest so that no page scans reports at request time. */
export const rollups = pgTable(
  'rollups',
  {
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    reports: integer('reports').notNull(),
    synthetic: integer('synthetic').notNull().default(0),
    withErrors: integer('with_errors').notNull().default(0),
    late: integer('late').notNull().default(0),
    // findings in the compliance lists (db/queries/compliance.ts LIST_RULES), so each list's total is one read
    arithmetic: integer('arithmetic').notNull().default(0),
    templateMisuse: integer('template_misuse').notNull().default(0),
    carryBreaks: integer('carry_breaks').notNull().default(0),
    copied: integer('copied').notNull().default(0),
    ...metricColumns(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);

/** One row that changes whenever what the dashboard shows changes (bumped with every rollup refresh, which
 * every ingest and admin change ends with): share images and exports are cached under it. */
export const dataVersion = pgTable('data_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull().default(0),
  /** db/stale.ts: reports were saved and the derived tables not yet refreshed */
  rollupsStale: boolean('rollups_stale').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Findings of one report (single-report rules) or of an agency-year (cross-year and coverage rules). */
export const findings = pgTable(
  'findings',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id').references(() => reports.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id').references(() => agencies.id),
    regionCode: text('region_code'),
    year: integer('year'),
    rule: text('rule').notNull(),
    severity: text('severity').notNull(),
    message: text('message').notNull(),
    cells: jsonb('cells').$type<string[]>().notNull().default([]),
    scope: text('scope').notNull().default('report'), // report | crossReport | coverage
  },
  (t) => [
    index('findings_report_idx').on(t.reportId),
    index('findings_agency_year_idx').on(t.agencyId, t.year),
    index('findings_rule_idx').on(t.rule, t.year),
    index('findings_year_idx').on(t.year),
    // one index per compliance list, holding only that list's findings, in the list's order (year, place,
    // report, finding): a page of a scope is one range walk that stops after 100 entries
    ...(
      [
        ['arithmetic', sql`${t.rule} ~ '^[AR][0-9]'`],
        ['template', sql`${t.rule} like 'C2%'`],
        ['carry', sql`${t.rule} like 'X1%'`],
        ['copied', sql`${t.rule} like 'C9%'`],
      ] as const
    ).map(([kind, rule]) =>
      index(`findings_list_${kind}_idx`)
        .on(t.year.desc(), sql`(coalesce(${t.regionCode}, '') collate "C")`, t.reportId, t.id)
        .where(sql`${t.severity} <> 'info' and ${rule}`),
    ),
  ],
);

export type Region = typeof regions.$inferSelect;
export type Agency = typeof agencies.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;
export type RollupRow = typeof rollups.$inferSelect;
