CREATE TABLE `user_identities` (
	`id` varchar(36) NOT NULL,
	`user_id` varchar(36) NOT NULL,
	`issuer` varchar(255) NOT NULL,
	`subject` varchar(255) NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `user_identities_id` PRIMARY KEY(`id`),
	CONSTRAINT `user_identities_issuer_subject_uq` UNIQUE(`issuer`,`subject`)
);
--> statement-breakpoint
ALTER TABLE `api_keys` ADD `parent_key_id` varchar(36);--> statement-breakpoint
ALTER TABLE `engagements` ADD `activated_at` datetime(3);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `subscription_mode` varchar(16) DEFAULT 'managed' NOT NULL;--> statement-breakpoint
ALTER TABLE `user_identities` ADD CONSTRAINT `user_identities_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `user_identities_user_idx` ON `user_identities` (`user_id`,`id`);--> statement-breakpoint
ALTER TABLE `api_keys` ADD CONSTRAINT `api_keys_parent_key_id_api_keys_id_fk` FOREIGN KEY (`parent_key_id`) REFERENCES `api_keys`(`id`) ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `api_keys_parent_idx` ON `api_keys` (`parent_key_id`);