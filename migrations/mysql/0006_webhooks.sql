CREATE TABLE `feed_positions` (
	`name` varchar(32) NOT NULL,
	`sequence` int NOT NULL,
	`event_id` varchar(36) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `feed_positions_name` PRIMARY KEY(`name`)
);
--> statement-breakpoint
CREATE TABLE `webhook_attempts` (
	`id` varchar(36) NOT NULL,
	`delivery_id` varchar(36) NOT NULL,
	`attempt` int NOT NULL,
	`started_at` datetime(3) NOT NULL,
	`response_status` int,
	`error` varchar(500),
	`duration_ms` int NOT NULL,
	CONSTRAINT `webhook_attempts_id` PRIMARY KEY(`id`),
	CONSTRAINT `webhook_attempts_uq` UNIQUE(`delivery_id`,`attempt`)
);
--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` varchar(36) NOT NULL,
	`webhook_id` varchar(36) NOT NULL,
	`event_id` varchar(36) NOT NULL,
	`event_type` varchar(64) NOT NULL,
	`status` varchar(16) NOT NULL DEFAULT 'pending',
	`attempts` int NOT NULL DEFAULT 0,
	`next_attempt_at` datetime(3),
	`last_response_status` int,
	`last_error` varchar(500),
	`created_at` datetime(3) NOT NULL,
	`delivered_at` datetime(3),
	CONSTRAINT `webhook_deliveries_id` PRIMARY KEY(`id`),
	CONSTRAINT `webhook_deliveries_uq` UNIQUE(`webhook_id`,`event_id`)
);
--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` varchar(36) NOT NULL,
	`workspace_id` varchar(36),
	`organization_id` varchar(36),
	`url` varchar(2048) NOT NULL,
	`event_types` json NOT NULL,
	`description` varchar(500),
	`status` varchar(16) NOT NULL DEFAULT 'enabled',
	`disabled_reason` varchar(500),
	`consecutive_failures` int NOT NULL DEFAULT 0,
	`secret` varchar(64) NOT NULL,
	`previous_secret` varchar(64),
	`previous_secret_expires_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `webhooks_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `webhook_attempts` ADD CONSTRAINT `webhook_attempts_delivery_id_webhook_deliveries_id_fk` FOREIGN KEY (`delivery_id`) REFERENCES `webhook_deliveries`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `webhook_deliveries` ADD CONSTRAINT `webhook_deliveries_webhook_id_webhooks_id_fk` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `webhooks` ADD CONSTRAINT `webhooks_workspace_id_workspaces_id_fk` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE `webhooks` ADD CONSTRAINT `webhooks_organization_id_organizations_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `webhook_deliveries_list_idx` ON `webhook_deliveries` (`webhook_id`,`id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_status_idx` ON `webhook_deliveries` (`webhook_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_event_idx` ON `webhook_deliveries` (`event_id`,`status`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_created_idx` ON `webhook_deliveries` (`created_at`);--> statement-breakpoint
CREATE INDEX `webhooks_workspace_idx` ON `webhooks` (`workspace_id`,`id`);--> statement-breakpoint
CREATE INDEX `webhooks_organization_idx` ON `webhooks` (`organization_id`,`id`);--> statement-breakpoint
CREATE INDEX `webhooks_status_idx` ON `webhooks` (`status`);