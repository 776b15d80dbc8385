CREATE TABLE `api_keys` (
	`id` varchar(36) NOT NULL,
	`name` varchar(200) NOT NULL,
	`prefix` varchar(32) NOT NULL,
	`secret_hash` varchar(64) NOT NULL,
	`subject_type` varchar(16) NOT NULL,
	`subject_id` varchar(36) NOT NULL,
	`scopes` json NOT NULL,
	`expires_at` datetime(3),
	`revoked_at` datetime(3),
	`last_used_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `api_keys_id` PRIMARY KEY(`id`),
	CONSTRAINT `api_keys_prefix_unique` UNIQUE(`prefix`)
);
--> statement-breakpoint
CREATE TABLE `collection_item_filters` (
	`id` varchar(36) NOT NULL,
	`collection_id` varchar(36) NOT NULL,
	`item_type` varchar(16),
	`item_id` varchar(36),
	`engagement_action` varchar(16),
	`mode` varchar(8) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `collection_item_filters_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `collection_items` (
	`id` varchar(36) NOT NULL,
	`collection_id` varchar(36) NOT NULL,
	`item_type` varchar(16) NOT NULL,
	`item_id` varchar(36) NOT NULL,
	`position` int NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `collection_items_id` PRIMARY KEY(`id`),
	CONSTRAINT `collection_items_uq` UNIQUE(`collection_id`,`item_type`,`item_id`)
);
--> statement-breakpoint
CREATE TABLE `collections` (
	`id` varchar(36) NOT NULL,
	`owner_type` varchar(16) NOT NULL,
	`owner_id` varchar(36) NOT NULL,
	`name` varchar(200) NOT NULL,
	`description` text,
	`type` varchar(16) NOT NULL,
	`kind` varchar(16),
	`status` varchar(16) NOT NULL DEFAULT 'LISTED',
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `collections_id` PRIMARY KEY(`id`),
	CONSTRAINT `collections_owner_kind_uq` UNIQUE(`owner_type`,`owner_id`,`kind`)
);
--> statement-breakpoint
CREATE TABLE `engagement_comments` (
	`engagement_id` varchar(36) NOT NULL,
	`text` text NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `engagement_comments_pk` PRIMARY KEY(`engagement_id`)
);
--> statement-breakpoint
CREATE TABLE `engagement_mentions` (
	`id` varchar(36) NOT NULL,
	`engagement_id` varchar(36) NOT NULL,
	`mentioned_type` varchar(16) NOT NULL,
	`mentioned_id` varchar(36) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `engagement_mentions_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `engagements` (
	`id` varchar(36) NOT NULL,
	`subject_type` varchar(16) NOT NULL,
	`subject_id` varchar(36) NOT NULL,
	`action` varchar(16) NOT NULL,
	`object_type` varchar(16) NOT NULL,
	`object_id` varchar(36) NOT NULL,
	`singleton` boolean,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `engagements_id` PRIMARY KEY(`id`),
	CONSTRAINT `engagements_singleton_uq` UNIQUE(`subject_type`,`subject_id`,`action`,`object_type`,`object_id`,`singleton`)
);
--> statement-breakpoint
CREATE TABLE `external_links` (
	`id` varchar(36) NOT NULL,
	`subject_type` varchar(16) NOT NULL,
	`subject_id` varchar(36) NOT NULL,
	`name` varchar(200) NOT NULL,
	`url` text NOT NULL,
	`icon` varchar(64),
	`position` int NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `external_links_id` PRIMARY KEY(`id`),
	CONSTRAINT `external_links_position_uq` UNIQUE(`subject_type`,`subject_id`,`position`)
);
--> statement-breakpoint
CREATE TABLE `feature_presets` (
	`id` varchar(36) NOT NULL,
	`name` varchar(100) NOT NULL,
	`feature_slugs` json NOT NULL,
	`sort_order` int NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `feature_presets_id` PRIMARY KEY(`id`),
	CONSTRAINT `feature_presets_name_unique` UNIQUE(`name`)
);
--> statement-breakpoint
CREATE TABLE `feature_pricing` (
	`id` varchar(36) NOT NULL,
	`feature_id` varchar(36) NOT NULL,
	`cycle` varchar(16) NOT NULL,
	`price_cents` int NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `feature_pricing_id` PRIMARY KEY(`id`),
	CONSTRAINT `feature_pricing_uq` UNIQUE(`feature_id`,`cycle`)
);
--> statement-breakpoint
CREATE TABLE `features` (
	`id` varchar(36) NOT NULL,
	`slug` varchar(64) NOT NULL,
	`name` varchar(200) NOT NULL,
	`description` text,
	`category` varchar(32) NOT NULL,
	`milestone` varchar(32),
	`base_price_cents` int NOT NULL DEFAULT 0,
	`operation_cost_cents` int NOT NULL DEFAULT 0,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `features_id` PRIMARY KEY(`id`),
	CONSTRAINT `features_slug_unique` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` varchar(36) NOT NULL,
	`name` varchar(200) NOT NULL,
	`slug` varchar(100) NOT NULL,
	`avatar_url` text,
	`banner_url` text,
	`theme` json,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `organizations_id` PRIMARY KEY(`id`),
	CONSTRAINT `organizations_slug_unique` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `permission_actions` (
	`id` varchar(36) NOT NULL,
	`slug` varchar(64) NOT NULL,
	`name` varchar(200) NOT NULL,
	`description` text,
	`category` varchar(32) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `permission_actions_id` PRIMARY KEY(`id`),
	CONSTRAINT `permission_actions_slug_unique` UNIQUE(`slug`)
);
--> statement-breakpoint
CREATE TABLE `permissions` (
	`id` varchar(36) NOT NULL,
	`subject_type` varchar(16) NOT NULL,
	`subject_id` varchar(36) NOT NULL,
	`object_type` varchar(16) NOT NULL,
	`object_id` varchar(36) NOT NULL,
	`action` varchar(64) NOT NULL,
	`value` varchar(8) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `permissions_id` PRIMARY KEY(`id`),
	CONSTRAINT `permissions_tuple_uq` UNIQUE(`object_type`,`object_id`,`action`,`subject_type`,`subject_id`)
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`resource_id` varchar(36) NOT NULL,
	`body` text NOT NULL,
	`body_html` text,
	`featured_image_url` text,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `posts_pk` PRIMARY KEY(`resource_id`)
);
--> statement-breakpoint
CREATE TABLE `resource_authors` (
	`id` varchar(36) NOT NULL,
	`resource_id` varchar(36) NOT NULL,
	`author_type` varchar(16) NOT NULL,
	`author_id` varchar(36) NOT NULL,
	`role` varchar(32) NOT NULL DEFAULT 'author',
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `resource_authors_id` PRIMARY KEY(`id`),
	CONSTRAINT `resource_authors_uq` UNIQUE(`resource_id`,`author_type`,`author_id`)
);
--> statement-breakpoint
CREATE TABLE `resources` (
	`id` varchar(36) NOT NULL,
	`owner_type` varchar(16) NOT NULL,
	`owner_id` varchar(36) NOT NULL,
	`type` varchar(16) NOT NULL,
	`title` varchar(300) NOT NULL,
	`excerpt` text,
	`status` varchar(16) NOT NULL DEFAULT 'LISTED',
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `resources_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `team_members` (
	`id` varchar(36) NOT NULL,
	`team_id` varchar(36) NOT NULL,
	`user_id` varchar(36) NOT NULL,
	`role` varchar(16) NOT NULL DEFAULT 'member',
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `team_members_id` PRIMARY KEY(`id`),
	CONSTRAINT `team_members_uq` UNIQUE(`team_id`,`user_id`)
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` varchar(36) NOT NULL,
	`name` varchar(200) NOT NULL,
	`owner_user_id` varchar(36) NOT NULL,
	`organization_id` varchar(36),
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `teams_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `user_features` (
	`id` varchar(36) NOT NULL,
	`user_id` varchar(36) NOT NULL,
	`feature_id` varchar(36) NOT NULL,
	`usage_limit` int,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `user_features_id` PRIMARY KEY(`id`),
	CONSTRAINT `user_features_uq` UNIQUE(`user_id`,`feature_id`)
);
--> statement-breakpoint
CREATE TABLE `user_subscriptions` (
	`id` varchar(36) NOT NULL,
	`user_id` varchar(36) NOT NULL,
	`billing_customer_id` varchar(128),
	`billing_subscription_id` varchar(128),
	`active_features` json NOT NULL,
	`custom_price_cents` int,
	`discount_pct` int NOT NULL DEFAULT 0,
	`discount_type` varchar(16),
	`cycle` varchar(16) NOT NULL DEFAULT 'monthly',
	`cycle_start` datetime(3),
	`cycle_end` datetime(3),
	`active` boolean NOT NULL DEFAULT true,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `user_subscriptions_id` PRIMARY KEY(`id`),
	CONSTRAINT `user_subscriptions_billing_subscription_id_unique` UNIQUE(`billing_subscription_id`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` varchar(36) NOT NULL,
	`email` varchar(320) NOT NULL,
	`display_name` varchar(200) NOT NULL,
	`avatar_url` text,
	`bio` text,
	`theme` json,
	`organization_id` varchar(36),
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `users_id` PRIMARY KEY(`id`),
	CONSTRAINT `users_email_unique` UNIQUE(`email`)
);
--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` varchar(36) NOT NULL,
	`name` varchar(200) NOT NULL,
	`slug` varchar(100) NOT NULL,
	`description` text,
	`owner_type` varchar(16) NOT NULL,
	`owner_id` varchar(36) NOT NULL,
	`avatar_url` text,
	`banner_url` text,
	`visibility` varchar(16) NOT NULL DEFAULT 'public',
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `workspaces_id` PRIMARY KEY(`id`),
	CONSTRAINT `workspaces_slug_unique` UNIQUE(`slug`)
);
--> statement-breakpoint
ALTER TABLE `collection_item_filters` ADD CONSTRAINT `collection_item_filters_collection_id_collections_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `collection_items` ADD CONSTRAINT `collection_items_collection_id_collections_id_fk` FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `engagement_comments` ADD CONSTRAINT `engagement_comments_engagement_id_engagements_id_fk` FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `engagement_mentions` ADD CONSTRAINT `engagement_mentions_engagement_id_engagements_id_fk` FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `feature_pricing` ADD CONSTRAINT `feature_pricing_feature_id_features_id_fk` FOREIGN KEY (`feature_id`) REFERENCES `features`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `permissions` ADD CONSTRAINT `permissions_action_permission_actions_slug_fk` FOREIGN KEY (`action`) REFERENCES `permission_actions`(`slug`) ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE `posts` ADD CONSTRAINT `posts_resource_id_resources_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `resource_authors` ADD CONSTRAINT `resource_authors_resource_id_resources_id_fk` FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `team_members` ADD CONSTRAINT `team_members_team_id_teams_id_fk` FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `team_members` ADD CONSTRAINT `team_members_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `teams` ADD CONSTRAINT `teams_owner_user_id_users_id_fk` FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `teams` ADD CONSTRAINT `teams_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `user_features` ADD CONSTRAINT `user_features_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `user_features` ADD CONSTRAINT `user_features_feature_id_features_id_fk` FOREIGN KEY (`feature_id`) REFERENCES `features`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `user_subscriptions` ADD CONSTRAINT `user_subscriptions_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `users` ADD CONSTRAINT `users_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `api_keys_subject_idx` ON `api_keys` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `collection_item_filters_collection_idx` ON `collection_item_filters` (`collection_id`);--> statement-breakpoint
CREATE INDEX `collection_items_position_idx` ON `collection_items` (`collection_id`,`position`,`id`);--> statement-breakpoint
CREATE INDEX `collection_items_item_idx` ON `collection_items` (`item_type`,`item_id`);--> statement-breakpoint
CREATE INDEX `collections_owner_idx` ON `collections` (`owner_type`,`owner_id`,`id`);--> statement-breakpoint
CREATE INDEX `engagement_mentions_engagement_idx` ON `engagement_mentions` (`engagement_id`);--> statement-breakpoint
CREATE INDEX `engagement_mentions_target_idx` ON `engagement_mentions` (`mentioned_type`,`mentioned_id`);--> statement-breakpoint
CREATE INDEX `engagements_object_idx` ON `engagements` (`object_type`,`object_id`,`action`,`id`);--> statement-breakpoint
CREATE INDEX `engagements_subject_idx` ON `engagements` (`subject_type`,`subject_id`,`action`,`id`);--> statement-breakpoint
CREATE INDEX `feature_presets_order_idx` ON `feature_presets` (`sort_order`,`id`);--> statement-breakpoint
CREATE INDEX `features_category_idx` ON `features` (`category`,`id`);--> statement-breakpoint
CREATE INDEX `permissions_subject_idx` ON `permissions` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `resource_authors_author_idx` ON `resource_authors` (`author_type`,`author_id`);--> statement-breakpoint
CREATE INDEX `resources_owner_idx` ON `resources` (`owner_type`,`owner_id`,`id`);--> statement-breakpoint
CREATE INDEX `resources_status_idx` ON `resources` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `resources_type_idx` ON `resources` (`type`,`id`);--> statement-breakpoint
CREATE INDEX `team_members_user_idx` ON `team_members` (`user_id`,`team_id`);--> statement-breakpoint
CREATE INDEX `teams_owner_idx` ON `teams` (`owner_user_id`,`id`);--> statement-breakpoint
CREATE INDEX `teams_organization_idx` ON `teams` (`organization_id`);--> statement-breakpoint
CREATE INDEX `user_features_feature_idx` ON `user_features` (`feature_id`);--> statement-breakpoint
CREATE INDEX `user_subscriptions_user_idx` ON `user_subscriptions` (`user_id`,`active`);--> statement-breakpoint
CREATE INDEX `users_organization_idx` ON `users` (`organization_id`);--> statement-breakpoint
CREATE INDEX `workspaces_owner_idx` ON `workspaces` (`owner_type`,`owner_id`,`id`);--> statement-breakpoint
CREATE INDEX `workspaces_visibility_idx` ON `workspaces` (`visibility`,`id`);