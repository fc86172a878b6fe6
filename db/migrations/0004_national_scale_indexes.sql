CREATE INDEX "findings_year_idx" ON "findings" USING btree ("year");--> statement-breakpoint
CREATE INDEX "regions_level_idx" ON "regions" USING btree ("level");--> statement-breakpoint
CREATE INDEX "reports_own_nation_idx" ON "reports" USING btree ("year") WHERE "reports"."is_current" and "reports"."province_code" is null;--> statement-breakpoint
CREATE INDEX "reports_own_province_idx" ON "reports" USING btree ("province_code","year") WHERE "reports"."is_current" and "reports"."city_code" is null;--> statement-breakpoint
CREATE INDEX "reports_own_city_idx" ON "reports" USING btree ("city_code","year") WHERE "reports"."is_current" and "reports"."county_code" is null;--> statement-breakpoint
CREATE INDEX "reports_own_county_idx" ON "reports" USING btree ("county_code","year") WHERE "reports"."is_current" and "reports"."township_code" is null;--> statement-breakpoint
CREATE INDEX "reports_current_late_idx" ON "reports" USING btree ("year") WHERE "reports"."is_current" and "reports"."late";