ALTER TABLE `api_keys` ADD `parent_key_id` varchar(36);--> statement-breakpoint
ALTER TABLE `engagements` ADD `activated_at` datetime(3);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `subscription_mode` varchar(16) DEFAULT 'managed' NOT NULL;--> statement-breakpoint
ALTER TABLE `api_keys` ADD CONSTRAINT `api_keys_parent_key_id_api_keys_id_fk` FOREIGN KEY (`parent_key_id`) REFERENCES `api_keys`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `api_keys_parent_idx` ON `api_keys` (`parent_key_id`);