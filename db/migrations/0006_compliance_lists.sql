DROP INDEX "reports_current_late_idx";--> statement-breakpoint
ALTER TABLE "rollups" ADD COLUMN "arithmetic" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "rollups" ADD COLUMN "template_misuse" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "rollups" ADD COLUMN "carry_breaks" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "rollups" ADD COLUMN "copied" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "findings_list_arithmetic_idx" ON "findings" USING btree ("year" DESC NULLS LAST,(coalesce("region_code", '') collate "C"),"report_id","id") WHERE "findings"."severity" <> 'info' and "findings"."rule" ~ '^[AR][0-9]';--> statement-breakpoint
CREATE INDEX "findings_list_template_idx" ON "findings" USING btree ("year" DESC NULLS LAST,(coalesce("region_code", '') collate "C"),"report_id","id") WHERE "findings"."severity" <> 'info' and "findings"."rule" like 'C2%';--> statement-breakpoint
CREATE INDEX "findings_list_carry_idx" ON "findings" USING btree ("year" DESC NULLS LAST,(coalesce("region_code", '') collate "C"),"report_id","id") WHERE "findings"."severity" <> 'info' and "findings"."rule" like 'X1%';--> statement-breakpoint
CREATE INDEX "findings_list_copied_idx" ON "findings" USING btree ("year" DESC NULLS LAST,(coalesce("region_code", '') collate "C"),"report_id","id") WHERE "findings"."severity" <> 'info' and "findings"."rule" like 'C9%';--> statement-breakpoint
CREATE INDEX "reports_late_list_idx" ON "reports" USING btree ("year" DESC NULLS LAST,(coalesce("township_code", "county_code", "city_code", "province_code", '') collate "C"),"id") WHERE "reports"."is_current" and not "reports"."hidden" and "reports"."late";--> statement-breakpoint
-- The totals of the four finding lists, for the rollups already stored (db/derived.ts computes them from now
-- on): listed findings of current, visible reports with a year, per region of every level and year.
WITH per_report AS (
  SELECT r."year", r."province_code", r."city_code", r."county_code", r."township_code",
    count(*) FILTER (WHERE f."rule" ~ '^[AR][0-9]') AS arithmetic,
    count(*) FILTER (WHERE f."rule" LIKE 'C2%') AS template_misuse,
    count(*) FILTER (WHERE f."rule" LIKE 'X1%') AS carry_breaks,
    count(*) FILTER (WHERE f."rule" LIKE 'C9%') AS copied
  FROM "findings" f JOIN "reports" r ON r."id" = f."report_id"
  WHERE f."severity" <> 'info'
    AND (f."rule" ~ '^[AR][0-9]' OR f."rule" LIKE 'C2%' OR f."rule" LIKE 'X1%' OR f."rule" LIKE 'C9%')
    AND r."is_current" AND NOT r."hidden" AND r."year" IS NOT NULL
  GROUP BY r."id"
), per_region AS (
  SELECT code, "year", sum(arithmetic)::int AS arithmetic, sum(template_misuse)::int AS template_misuse,
    sum(carry_breaks)::int AS carry_breaks, sum(copied)::int AS copied
  FROM (
    SELECT 'CN' AS code, * FROM per_report
    UNION ALL SELECT "province_code", * FROM per_report WHERE "province_code" IS NOT NULL
    UNION ALL SELECT "city_code", * FROM per_report WHERE "city_code" IS NOT NULL
    UNION ALL SELECT "county_code", * FROM per_report WHERE "county_code" IS NOT NULL
    UNION ALL SELECT "township_code", * FROM per_report WHERE "township_code" IS NOT NULL
  ) AS x
  GROUP BY code, "year"
)
UPDATE "rollups" AS u SET "arithmetic" = p.arithmetic, "template_misuse" = p.template_misuse,
  "carry_breaks" = p.carry_breaks, "copied" = p.copied
FROM per_region AS p WHERE u."region_code" = p.code AND u."year" = p."year";
--> statement-breakpoint
-- the planner needs statistics of the new index expressions (the place) to walk them rather than sort
ANALYZE "findings";--> statement-breakpoint
ANALYZE "reports";
