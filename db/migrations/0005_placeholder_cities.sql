-- Reports of a county-level city directly under its province (新星市 659011 under 自治区直辖县级行政区划 6590)
-- were stored without the placeholder city: give them its code (lib/regions/path-codes.ts does so on save
-- from now on), and leave the flag up so the next ingest recomputes the sums (db/stale.ts).
WITH fixed AS (
  UPDATE "reports" AS r SET "city_code" = substr(r."county_code", 1, 4)
  WHERE r."city_code" IS NULL AND r."county_code" IS NOT NULL
    AND EXISTS (SELECT 1 FROM "regions" AS g WHERE g."code" = substr(r."county_code", 1, 4))
  RETURNING 1
)
UPDATE "data_version" SET "rollups_stale" = true WHERE "id" = 1 AND EXISTS (SELECT 1 FROM fixed);
