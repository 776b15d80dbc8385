DROP INDEX "workspaces_owner_idx";--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "workspace_visibility" varchar(16);--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_owner_type_idx" ON "workspaces" USING btree ("owner_type","id");--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_owner_idx" ON "workspaces" USING btree ("owner_type","owner_id","id");