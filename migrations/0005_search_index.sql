CREATE TABLE `search_terms` (
	`kind` text(16) NOT NULL,
	`token` text(32) NOT NULL,
	`object_id` text(36) NOT NULL,
	`word_weight` integer NOT NULL,
	`prefix_weight` integer NOT NULL,
	PRIMARY KEY(`kind`, `token`, `object_id`)
);
--> statement-breakpoint
CREATE INDEX `search_terms_object_idx` ON `search_terms` (`kind`,`object_id`);