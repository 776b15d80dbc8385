CREATE TABLE "event_sequence" (
	"name" varchar(32) PRIMARY KEY NOT NULL,
	"value" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"commit_seq" integer NOT NULL,
	"type" varchar(64) NOT NULL,
	"object_type" varchar(32) NOT NULL,
	"object_id" varchar(36) NOT NULL,
	"workspace_id" varchar(36),
	"organization_id" varchar(36),
	"user_id" varchar(36),
	"actor_type" varchar(16),
	"actor_id" varchar(36),
	"api_key_id" varchar(36),
	"request_id" varchar(255),
	"data" jsonb,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "events_feed_idx" ON "events" USING btree ("commit_seq","id");--> statement-breakpoint
CREATE INDEX "events_workspace_idx" ON "events" USING btree ("workspace_id","commit_seq","id");--> statement-breakpoint
CREATE INDEX "events_organization_idx" ON "events" USING btree ("organization_id","commit_seq","id");--> statement-breakpoint
CREATE INDEX "events_user_idx" ON "events" USING btree ("user_id","commit_seq","id");--> statement-breakpoint
CREATE INDEX "events_object_idx" ON "events" USING btree ("object_type","object_id","commit_seq");--> statement-breakpoint
CREATE INDEX "events_created_idx" ON "events" USING btree ("created_at");