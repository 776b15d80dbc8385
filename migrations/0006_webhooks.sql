CREATE TABLE `feed_positions` (
	`name` text(32) PRIMARY KEY NOT NULL,
	`sequence` integer NOT NULL,
	`event_id` text(36) NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `webhook_attempts` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`delivery_id` text(36) NOT NULL,
	`attempt` integer NOT NULL,
	`started_at` integer NOT NULL,
	`response_status` integer,
	`error` text(500),
	`duration_ms` integer NOT NULL,
	FOREIGN KEY (`delivery_id`) REFERENCES `webhook_deliveries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_attempts_uq` ON `webhook_attempts` (`delivery_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`webhook_id` text(36) NOT NULL,
	`event_id` text(36) NOT NULL,
	`event_type` text(64) NOT NULL,
	`status` text(16) DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_response_status` integer,
	`last_error` text(500),
	`created_at` integer NOT NULL,
	`delivered_at` integer,
	FOREIGN KEY (`webhook_id`) REFERENCES `webhooks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_uq` ON `webhook_deliveries` (`webhook_id`,`event_id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_list_idx` ON `webhook_deliveries` (`webhook_id`,`id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_status_idx` ON `webhook_deliveries` (`webhook_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_event_idx` ON `webhook_deliveries` (`event_id`,`status`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_created_idx` ON `webhook_deliveries` (`created_at`);--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`workspace_id` text(36),
	`organization_id` text(36),
	`url` text(2048) NOT NULL,
	`event_types` text NOT NULL,
	`description` text(500),
	`status` text(16) DEFAULT 'enabled' NOT NULL,
	`disabled_reason` text(500),
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`secret` text(64) NOT NULL,
	`previous_secret` text(64),
	`previous_secret_expires_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhooks_workspace_idx` ON `webhooks` (`workspace_id`,`id`);--> statement-breakpoint
CREATE INDEX `webhooks_organization_idx` ON `webhooks` (`organization_id`,`id`);--> statement-breakpoint
CREATE INDEX `webhooks_status_idx` ON `webhooks` (`status`);