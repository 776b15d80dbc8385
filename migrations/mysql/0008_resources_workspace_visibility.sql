DROP INDEX `workspaces_owner_idx` ON `workspaces`;--> statement-breakpoint
ALTER TABLE `resources` ADD `workspace_visibility` varchar(16);--> statement-breakpoint
ALTER TABLE `workspaces` ADD CONSTRAINT `workspaces_owner_idx` UNIQUE(`owner_type`,`owner_id`,`id`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD CONSTRAINT `workspaces_owner_type_idx` UNIQUE(`owner_type`,`id`);