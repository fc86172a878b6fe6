CREATE TABLE "agencies" (
	"id" serial PRIMARY KEY NOT NULL,
	"agency_key" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"region_code" text,
	"region_status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer,
	"agency_id" integer,
	"region_code" text,
	"year" integer,
	"rule" text NOT NULL,
	"severity" text NOT NULL,
	"message" text NOT NULL,
	"cells" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scope" text DEFAULT 'report' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
CREATE TABLE "report_metrics" (
	"report_id" integer PRIMARY KEY NOT NULL,
	"app_new" double precision,
	"app_new_natural_person" double precision,
	"app_new_commercial_enterprise" double precision,
	"app_new_research_institution" double precision,
	"app_new_public_interest_org" double precision,
	"app_new_legal_service_org" double precision,
	"app_new_other_org" double precision,
	"app_carried_over" double precision,
	"out_granted" double precision,
	"out_partially_granted" double precision,
	"out_denied" double precision,
	"out_unable" double precision,
	"out_not_processed" double precision,
	"out_other" double precision,
	"out_total" double precision,
	"app_carried_forward" double precision,
	"pro_regulations_issued" double precision,
	"pro_normative_issued" double precision,
	"pro_normative_in_force" double precision,
	"pro_licensing" double precision,
	"pro_penalty" double precision,
	"pro_coercion" double precision,
	"pro_fees_wan" double precision,
	"pro_items" double precision,
	"rev_upheld" double precision,
	"rev_corrected" double precision,
	"rev_other" double precision,
	"rev_pending" double precision,
	"rev_total" double precision,
	"lit_upheld" double precision,
	"lit_corrected" double precision,
	"lit_other" double precision,
	"lit_pending" double precision,
	"lit_total" double precision
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"agency_id" integer NOT NULL,
	"year" integer,
	"template" text NOT NULL,
	"published_on" date,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"parser_version" text NOT NULL,
	"parsed" jsonb NOT NULL,
	"source_text" text NOT NULL,
	"source_bytes" "bytea",
	"is_current" boolean DEFAULT true NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"province_code" text,
	"city_code" text,
	"county_code" text,
	"township_code" text,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"warning_count" integer DEFAULT 0 NOT NULL,
	"late" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollups" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"reports" integer NOT NULL,
	"synthetic" integer DEFAULT 0 NOT NULL,
	"with_errors" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"app_new" double precision,
	"app_new_natural_person" double precision,
	"app_new_commercial_enterprise" double precision,
	"app_new_research_institution" double precision,
	"app_new_public_interest_org" double precision,
	"app_new_legal_service_org" double precision,
	"app_new_other_org" double precision,
	"app_carried_over" double precision,
	"out_granted" double precision,
	"out_partially_granted" double precision,
	"out_denied" double precision,
	"out_unable" double precision,
	"out_not_processed" double precision,
	"out_other" double precision,
	"out_total" double precision,
	"app_carried_forward" double precision,
	"pro_regulations_issued" double precision,
	"pro_normative_issued" double precision,
	"pro_normative_in_force" double precision,
	"pro_licensing" double precision,
	"pro_penalty" double precision,
	"pro_coercion" double precision,
	"pro_fees_wan" double precision,
	"pro_items" double precision,
	"rev_upheld" double precision,
	"rev_corrected" double precision,
	"rev_other" double precision,
	"rev_pending" double precision,
	"rev_total" double precision,
	"lit_upheld" double precision,
	"lit_corrected" double precision,
	"lit_other" double precision,
	"lit_pending" double precision,
	"lit_total" double precision,
	CONSTRAINT "rollups_region_code_year_pk" PRIMARY KEY("region_code","year")
);
--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_metrics" ADD CONSTRAINT "report_metrics_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_key_idx" ON "agencies" USING btree ("agency_key");--> statement-breakpoint
CREATE INDEX "agencies_region_idx" ON "agencies" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "findings_report_idx" ON "findings" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "findings_agency_year_idx" ON "findings" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "findings_rule_idx" ON "findings" USING btree ("rule","year");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_name_idx" ON "regions" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_sha_idx" ON "reports" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "reports_agency_year_idx" ON "reports" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "reports_current_county_idx" ON "reports" USING btree ("county_code","year") WHERE "reports"."is_current";--> statement-breakpoint
CREATE INDEX "reports_current_year_idx" ON "reports" USING btree ("year") WHERE "reports"."is_current";--> statement-breakpoint
CREATE UNIQUE INDEX "reports_one_current_idx" ON "reports" USING btree ("agency_id","year") WHERE "reports"."is_current";