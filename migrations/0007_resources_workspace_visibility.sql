DROP INDEX `workspaces_owner_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_owner_type_idx` ON `workspaces` (`owner_type`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_owner_idx` ON `workspaces` (`owner_type`,`owner_id`,`id`);--> statement-breakpoint
ALTER TABLE `resources` ADD `workspace_visibility` text(16);