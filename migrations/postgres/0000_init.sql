CREATE TABLE "api_keys" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"name" varchar(200) NOT NULL,
	"prefix" varchar(32) NOT NULL,
	"secret_hash" varchar(64) NOT NULL,
	"subject_type" varchar(16) NOT NULL,
	"subject_id" varchar(36) NOT NULL,
	"scopes" jsonb NOT NULL,
	"expires_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	"last_used_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "api_keys_prefix_unique" UNIQUE("prefix")
);
--> statement-breakpoint
CREATE TABLE "collection_item_filters" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"collection_id" varchar(36) NOT NULL,
	"item_type" varchar(16),
	"item_id" varchar(36),
	"engagement_action" varchar(16),
	"mode" varchar(8) NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collection_items" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"collection_id" varchar(36) NOT NULL,
	"item_type" varchar(16) NOT NULL,
	"item_id" varchar(36) NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collections" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"owner_type" varchar(16) NOT NULL,
	"owner_id" varchar(36) NOT NULL,
	"name" varchar(200) NOT NULL,
	"description" text,
	"type" varchar(16) NOT NULL,
	"kind" varchar(16),
	"status" varchar(16) DEFAULT 'LISTED' NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_comments" (
	"engagement_id" varchar(36) NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "engagement_comments_pk" PRIMARY KEY("engagement_id")
);
--> statement-breakpoint
CREATE TABLE "engagement_mentions" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"engagement_id" varchar(36) NOT NULL,
	"mentioned_type" varchar(16) NOT NULL,
	"mentioned_id" varchar(36) NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"subject_type" varchar(16) NOT NULL,
	"subject_id" varchar(36) NOT NULL,
	"action" varchar(16) NOT NULL,
	"object_type" varchar(16) NOT NULL,
	"object_id" varchar(36) NOT NULL,
	"singleton" boolean,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "external_links" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"subject_type" varchar(16) NOT NULL,
	"subject_id" varchar(36) NOT NULL,
	"name" varchar(200) NOT NULL,
	"url" text NOT NULL,
	"icon" varchar(64),
	"position" integer NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feature_presets" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"feature_slugs" jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "feature_presets_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "feature_pricing" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"feature_id" varchar(36) NOT NULL,
	"cycle" varchar(16) NOT NULL,
	"price_cents" integer NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "features" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"slug" varchar(64) NOT NULL,
	"name" varchar(200) NOT NULL,
	"description" text,
	"category" varchar(32) NOT NULL,
	"milestone" varchar(32),
	"base_price_cents" integer DEFAULT 0 NOT NULL,
	"operation_cost_cents" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "features_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"name" varchar(200) NOT NULL,
	"slug" varchar(100) NOT NULL,
	"avatar_url" text,
	"banner_url" text,
	"theme" jsonb,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "permission_actions" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"slug" varchar(64) NOT NULL,
	"name" varchar(200) NOT NULL,
	"description" text,
	"category" varchar(32) NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "permission_actions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "permissions" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"subject_type" varchar(16) NOT NULL,
	"subject_id" varchar(36) NOT NULL,
	"object_type" varchar(16) NOT NULL,
	"object_id" varchar(36) NOT NULL,
	"action" varchar(64) NOT NULL,
	"value" varchar(8) NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"resource_id" varchar(36) NOT NULL,
	"body" text NOT NULL,
	"body_html" text,
	"featured_image_url" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "posts_pk" PRIMARY KEY("resource_id")
);
--> statement-breakpoint
CREATE TABLE "resource_authors" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"resource_id" varchar(36) NOT NULL,
	"author_type" varchar(16) NOT NULL,
	"author_id" varchar(36) NOT NULL,
	"role" varchar(32) DEFAULT 'author' NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"owner_type" varchar(16) NOT NULL,
	"owner_id" varchar(36) NOT NULL,
	"type" varchar(16) NOT NULL,
	"title" varchar(300) NOT NULL,
	"excerpt" text,
	"status" varchar(16) DEFAULT 'LISTED' NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"team_id" varchar(36) NOT NULL,
	"user_id" varchar(36) NOT NULL,
	"role" varchar(16) DEFAULT 'member' NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"name" varchar(200) NOT NULL,
	"owner_user_id" varchar(36) NOT NULL,
	"organization_id" varchar(36),
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_features" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"user_id" varchar(36) NOT NULL,
	"feature_id" varchar(36) NOT NULL,
	"usage_limit" integer,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_subscriptions" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"user_id" varchar(36) NOT NULL,
	"billing_customer_id" varchar(128),
	"billing_subscription_id" varchar(128),
	"active_features" jsonb NOT NULL,
	"custom_price_cents" integer,
	"discount_pct" integer DEFAULT 0 NOT NULL,
	"discount_type" varchar(16),
	"cycle" varchar(16) DEFAULT 'monthly' NOT NULL,
	"cycle_start" timestamp (3) with time zone,
	"cycle_end" timestamp (3) with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "user_subscriptions_billing_subscription_id_unique" UNIQUE("billing_subscription_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"email" varchar(320) NOT NULL,
	"display_name" varchar(200) NOT NULL,
	"avatar_url" text,
	"bio" text,
	"theme" jsonb,
	"organization_id" varchar(36),
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" varchar(36) PRIMARY KEY NOT NULL,
	"name" varchar(200) NOT NULL,
	"slug" varchar(100) NOT NULL,
	"description" text,
	"owner_type" varchar(16) NOT NULL,
	"owner_id" varchar(36) NOT NULL,
	"avatar_url" text,
	"banner_url" text,
	"visibility" varchar(16) DEFAULT 'public' NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "workspaces_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "collection_item_filters" ADD CONSTRAINT "collection_item_filters_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_items" ADD CONSTRAINT "collection_items_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_comments" ADD CONSTRAINT "engagement_comments_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_mentions" ADD CONSTRAINT "engagement_mentions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feature_pricing" ADD CONSTRAINT "feature_pricing_feature_id_features_id_fk" FOREIGN KEY ("feature_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permissions" ADD CONSTRAINT "permissions_action_permission_actions_slug_fk" FOREIGN KEY ("action") REFERENCES "public"."permission_actions"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_authors" ADD CONSTRAINT "resource_authors_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_features" ADD CONSTRAINT "user_features_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_features" ADD CONSTRAINT "user_features_feature_id_features_id_fk" FOREIGN KEY ("feature_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_subscriptions" ADD CONSTRAINT "user_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_subject_idx" ON "api_keys" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "collection_item_filters_collection_idx" ON "collection_item_filters" USING btree ("collection_id");--> statement-breakpoint
CREATE UNIQUE INDEX "collection_items_uq" ON "collection_items" USING btree ("collection_id","item_type","item_id");--> statement-breakpoint
CREATE INDEX "collection_items_position_idx" ON "collection_items" USING btree ("collection_id","position","id");--> statement-breakpoint
CREATE INDEX "collection_items_item_idx" ON "collection_items" USING btree ("item_type","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "collections_owner_kind_uq" ON "collections" USING btree ("owner_type","owner_id","kind");--> statement-breakpoint
CREATE INDEX "collections_owner_idx" ON "collections" USING btree ("owner_type","owner_id","id");--> statement-breakpoint
CREATE INDEX "engagement_mentions_engagement_idx" ON "engagement_mentions" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_mentions_target_idx" ON "engagement_mentions" USING btree ("mentioned_type","mentioned_id");--> statement-breakpoint
CREATE UNIQUE INDEX "engagements_singleton_uq" ON "engagements" USING btree ("subject_type","subject_id","action","object_type","object_id","singleton");--> statement-breakpoint
CREATE INDEX "engagements_object_idx" ON "engagements" USING btree ("object_type","object_id","action","id");--> statement-breakpoint
CREATE INDEX "engagements_subject_idx" ON "engagements" USING btree ("subject_type","subject_id","action","id");--> statement-breakpoint
CREATE UNIQUE INDEX "external_links_position_uq" ON "external_links" USING btree ("subject_type","subject_id","position");--> statement-breakpoint
CREATE INDEX "feature_presets_order_idx" ON "feature_presets" USING btree ("sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "feature_pricing_uq" ON "feature_pricing" USING btree ("feature_id","cycle");--> statement-breakpoint
CREATE INDEX "features_category_idx" ON "features" USING btree ("category","id");--> statement-breakpoint
CREATE UNIQUE INDEX "permissions_tuple_uq" ON "permissions" USING btree ("object_type","object_id","action","subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "permissions_subject_idx" ON "permissions" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_authors_uq" ON "resource_authors" USING btree ("resource_id","author_type","author_id");--> statement-breakpoint
CREATE INDEX "resource_authors_author_idx" ON "resource_authors" USING btree ("author_type","author_id");--> statement-breakpoint
CREATE INDEX "resources_owner_idx" ON "resources" USING btree ("owner_type","owner_id","id");--> statement-breakpoint
CREATE INDEX "resources_status_idx" ON "resources" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "resources_type_idx" ON "resources" USING btree ("type","id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_uq" ON "team_members" USING btree ("team_id","user_id");--> statement-breakpoint
CREATE INDEX "team_members_user_idx" ON "team_members" USING btree ("user_id","team_id");--> statement-breakpoint
CREATE INDEX "teams_owner_idx" ON "teams" USING btree ("owner_user_id","id");--> statement-breakpoint
CREATE INDEX "teams_organization_idx" ON "teams" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_features_uq" ON "user_features" USING btree ("user_id","feature_id");--> statement-breakpoint
CREATE INDEX "user_features_feature_idx" ON "user_features" USING btree ("feature_id");--> statement-breakpoint
CREATE INDEX "user_subscriptions_user_idx" ON "user_subscriptions" USING btree ("user_id","active");--> statement-breakpoint
CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "workspaces_owner_idx" ON "workspaces" USING btree ("owner_type","owner_id","id");--> statement-breakpoint
CREATE INDEX "workspaces_visibility_idx" ON "workspaces" USING btree ("visibility","id");