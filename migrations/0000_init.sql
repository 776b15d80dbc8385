CREATE TABLE `collection_item_filters` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`collection_id` text(36) NOT NULL,
	`item_type` text(16),
	`item_id` text(36),
	`engagement_action` text(16),
	`mode` text(8) NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `collection_item_filters_collection_idx` ON `collection_item_filters` (`collection_id`);--> statement-breakpoint
CREATE TABLE `collection_items` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`collection_id` text(36) NOT NULL,
	`item_type` text(16) NOT NULL,
	`item_id` text(36) NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collection_items_uq` ON `collection_items` (`collection_id`,`item_type`,`item_id`);--> statement-breakpoint
CREATE INDEX `collection_items_position_idx` ON `collection_items` (`collection_id`,`position`,`id`);--> statement-breakpoint
CREATE INDEX `collection_items_item_idx` ON `collection_items` (`item_type`,`item_id`);--> statement-breakpoint
CREATE TABLE `collections` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`owner_type` text(16) NOT NULL,
	`owner_id` text(36) NOT NULL,
	`name` text(200) NOT NULL,
	`description` text,
	`type` text(16) NOT NULL,
	`kind` text(16),
	`status` text(16) DEFAULT 'LISTED' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collections_owner_kind_uq` ON `collections` (`owner_type`,`owner_id`,`kind`);--> statement-breakpoint
CREATE INDEX `collections_owner_idx` ON `collections` (`owner_type`,`owner_id`,`id`);--> statement-breakpoint
CREATE TABLE `engagement_comments` (
	`engagement_id` text(36) PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `engagement_mentions` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`engagement_id` text(36) NOT NULL,
	`mentioned_type` text(16) NOT NULL,
	`mentioned_id` text(36) NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `engagement_mentions_engagement_idx` ON `engagement_mentions` (`engagement_id`);--> statement-breakpoint
CREATE INDEX `engagement_mentions_target_idx` ON `engagement_mentions` (`mentioned_type`,`mentioned_id`);--> statement-breakpoint
CREATE TABLE `engagements` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`subject_type` text(16) NOT NULL,
	`subject_id` text(36) NOT NULL,
	`action` text(16) NOT NULL,
	`object_type` text(16) NOT NULL,
	`object_id` text(36) NOT NULL,
	`singleton` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `engagements_singleton_uq` ON `engagements` (`subject_type`,`subject_id`,`action`,`object_type`,`object_id`,`singleton`);--> statement-breakpoint
CREATE INDEX `engagements_object_idx` ON `engagements` (`object_type`,`object_id`,`action`,`id`);--> statement-breakpoint
CREATE INDEX `engagements_subject_idx` ON `engagements` (`subject_type`,`subject_id`,`action`,`id`);--> statement-breakpoint
CREATE TABLE `feature_presets` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`name` text(100) NOT NULL,
	`feature_slugs` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feature_presets_name_unique` ON `feature_presets` (`name`);--> statement-breakpoint
CREATE INDEX `feature_presets_order_idx` ON `feature_presets` (`sort_order`,`id`);--> statement-breakpoint
CREATE TABLE `feature_pricing` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`feature_id` text(36) NOT NULL,
	`cycle` text(16) NOT NULL,
	`price_cents` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`feature_id`) REFERENCES `features`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feature_pricing_uq` ON `feature_pricing` (`feature_id`,`cycle`);--> statement-breakpoint
CREATE TABLE `features` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`slug` text(64) NOT NULL,
	`name` text(200) NOT NULL,
	`description` text,
	`category` text(32) NOT NULL,
	`milestone` text(32),
	`base_price_cents` integer DEFAULT 0 NOT NULL,
	`operation_cost_cents` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `features_slug_unique` ON `features` (`slug`);--> statement-breakpoint
CREATE INDEX `features_category_idx` ON `features` (`category`,`id`);--> statement-breakpoint
CREATE TABLE `user_features` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`user_id` text(36) NOT NULL,
	`feature_id` text(36) NOT NULL,
	`usage_limit` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`feature_id`) REFERENCES `features`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_features_uq` ON `user_features` (`user_id`,`feature_id`);--> statement-breakpoint
CREATE INDEX `user_features_feature_idx` ON `user_features` (`feature_id`);--> statement-breakpoint
CREATE TABLE `user_subscriptions` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`user_id` text(36) NOT NULL,
	`billing_customer_id` text(128),
	`billing_subscription_id` text(128),
	`active_features` text NOT NULL,
	`custom_price_cents` integer,
	`discount_pct` integer DEFAULT 0 NOT NULL,
	`discount_type` text(16),
	`cycle` text(16) DEFAULT 'monthly' NOT NULL,
	`cycle_start` integer,
	`cycle_end` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_subscriptions_billing_subscription_id_unique` ON `user_subscriptions` (`billing_subscription_id`);--> statement-breakpoint
CREATE INDEX `user_subscriptions_user_idx` ON `user_subscriptions` (`user_id`,`active`);--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`name` text(200) NOT NULL,
	`prefix` text(32) NOT NULL,
	`secret_hash` text(64) NOT NULL,
	`subject_type` text(16) NOT NULL,
	`subject_id` text(36) NOT NULL,
	`scopes` text NOT NULL,
	`expires_at` integer,
	`revoked_at` integer,
	`last_used_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_prefix_unique` ON `api_keys` (`prefix`);--> statement-breakpoint
CREATE INDEX `api_keys_subject_idx` ON `api_keys` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`name` text(200) NOT NULL,
	`slug` text(100) NOT NULL,
	`avatar_url` text,
	`banner_url` text,
	`theme` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`email` text(320) NOT NULL,
	`display_name` text(200) NOT NULL,
	`avatar_url` text,
	`bio` text,
	`theme` text,
	`organization_id` text(36),
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_organization_idx` ON `users` (`organization_id`);--> statement-breakpoint
CREATE TABLE `external_links` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`subject_type` text(16) NOT NULL,
	`subject_id` text(36) NOT NULL,
	`name` text(200) NOT NULL,
	`url` text NOT NULL,
	`icon` text(64),
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `external_links_position_uq` ON `external_links` (`subject_type`,`subject_id`,`position`);--> statement-breakpoint
CREATE TABLE `permission_actions` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`slug` text(64) NOT NULL,
	`name` text(200) NOT NULL,
	`description` text,
	`category` text(32) NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `permission_actions_slug_unique` ON `permission_actions` (`slug`);--> statement-breakpoint
CREATE TABLE `permissions` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`subject_type` text(16) NOT NULL,
	`subject_id` text(36) NOT NULL,
	`object_type` text(16) NOT NULL,
	`object_id` text(36) NOT NULL,
	`action` text(64) NOT NULL,
	`value` text(8) NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`action`) REFERENCES `permission_actions`(`slug`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `permissions_tuple_uq` ON `permissions` (`object_type`,`object_id`,`action`,`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `permissions_subject_idx` ON `permissions` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `posts` (
	`resource_id` text(36) PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`body_html` text,
	`featured_image_url` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `resource_authors` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`resource_id` text(36) NOT NULL,
	`author_type` text(16) NOT NULL,
	`author_id` text(36) NOT NULL,
	`role` text(32) DEFAULT 'author' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `resource_authors_uq` ON `resource_authors` (`resource_id`,`author_type`,`author_id`);--> statement-breakpoint
CREATE INDEX `resource_authors_author_idx` ON `resource_authors` (`author_type`,`author_id`);--> statement-breakpoint
CREATE TABLE `resources` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`owner_type` text(16) NOT NULL,
	`owner_id` text(36) NOT NULL,
	`type` text(16) NOT NULL,
	`title` text(300) NOT NULL,
	`excerpt` text,
	`status` text(16) DEFAULT 'LISTED' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `resources_owner_idx` ON `resources` (`owner_type`,`owner_id`,`id`);--> statement-breakpoint
CREATE INDEX `resources_status_idx` ON `resources` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `resources_type_idx` ON `resources` (`type`,`id`);--> statement-breakpoint
CREATE TABLE `team_members` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`team_id` text(36) NOT NULL,
	`user_id` text(36) NOT NULL,
	`role` text(16) DEFAULT 'member' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `team_members_uq` ON `team_members` (`team_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `team_members_user_idx` ON `team_members` (`user_id`,`team_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`name` text(200) NOT NULL,
	`owner_user_id` text(36) NOT NULL,
	`organization_id` text(36),
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `teams_owner_idx` ON `teams` (`owner_user_id`,`id`);--> statement-breakpoint
CREATE INDEX `teams_organization_idx` ON `teams` (`organization_id`);--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`name` text(200) NOT NULL,
	`slug` text(100) NOT NULL,
	`description` text,
	`owner_type` text(16) NOT NULL,
	`owner_id` text(36) NOT NULL,
	`avatar_url` text,
	`banner_url` text,
	`visibility` text(16) DEFAULT 'public' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_slug_unique` ON `workspaces` (`slug`);--> statement-breakpoint
CREATE INDEX `workspaces_owner_idx` ON `workspaces` (`owner_type`,`owner_id`,`id`);--> statement-breakpoint
CREATE INDEX `workspaces_visibility_idx` ON `workspaces` (`visibility`,`id`);