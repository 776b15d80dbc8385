CREATE TABLE `event_sequence` (
	`name` varchar(32) NOT NULL,
	`value` int NOT NULL,
	CONSTRAINT `event_sequence_name` PRIMARY KEY(`name`)
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` varchar(36) NOT NULL,
	`commit_seq` int NOT NULL,
	`type` varchar(64) NOT NULL,
	`object_type` varchar(32) NOT NULL,
	`object_id` varchar(36) NOT NULL,
	`workspace_id` varchar(36),
	`organization_id` varchar(36),
	`user_id` varchar(36),
	`actor_type` varchar(16),
	`actor_id` varchar(36),
	`api_key_id` varchar(36),
	`request_id` varchar(255),
	`data` json,
	`created_at` datetime(3) NOT NULL,
	CONSTRAINT `events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `events_feed_idx` ON `events` (`commit_seq`,`id`);--> statement-breakpoint
CREATE INDEX `events_workspace_idx` ON `events` (`workspace_id`,`commit_seq`,`id`);--> statement-breakpoint
CREATE INDEX `events_organization_idx` ON `events` (`organization_id`,`commit_seq`,`id`);--> statement-breakpoint
CREATE INDEX `events_user_idx` ON `events` (`user_id`,`commit_seq`,`id`);--> statement-breakpoint
CREATE INDEX `events_object_idx` ON `events` (`object_type`,`object_id`,`commit_seq`);--> statement-breakpoint
CREATE INDEX `events_created_idx` ON `events` (`created_at`);