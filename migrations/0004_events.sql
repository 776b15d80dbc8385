CREATE TABLE `event_sequence` (
	`name` text(32) PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`commit_seq` integer NOT NULL,
	`type` text(64) NOT NULL,
	`object_type` text(32) NOT NULL,
	`object_id` text(36) NOT NULL,
	`workspace_id` text(36),
	`organization_id` text(36),
	`user_id` text(36),
	`actor_type` text(16),
	`actor_id` text(36),
	`api_key_id` text(36),
	`request_id` text(255),
	`data` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_feed_idx` ON `events` (`commit_seq`,`id`);--> statement-breakpoint
CREATE INDEX `events_workspace_idx` ON `events` (`workspace_id`,`commit_seq`,`id`);--> statement-breakpoint
CREATE INDEX `events_organization_idx` ON `events` (`organization_id`,`commit_seq`,`id`);--> statement-breakpoint
CREATE INDEX `events_user_idx` ON `events` (`user_id`,`commit_seq`,`id`);--> statement-breakpoint
CREATE INDEX `events_object_idx` ON `events` (`object_type`,`object_id`,`commit_seq`);--> statement-breakpoint
CREATE INDEX `events_created_idx` ON `events` (`created_at`);