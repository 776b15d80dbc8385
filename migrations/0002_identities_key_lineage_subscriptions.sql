CREATE TABLE `user_identities` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`user_id` text(36) NOT NULL,
	`issuer` text(255) NOT NULL,
	`subject` text(255) NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_identities_issuer_subject_uq` ON `user_identities` (`issuer`,`subject`);--> statement-breakpoint
CREATE INDEX `user_identities_user_idx` ON `user_identities` (`user_id`,`id`);--> statement-breakpoint
ALTER TABLE `engagements` ADD `activated_at` integer;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `parent_key_id` text(36) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
CREATE INDEX `api_keys_parent_idx` ON `api_keys` (`parent_key_id`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `subscription_mode` text(16) DEFAULT 'managed' NOT NULL;