CREATE TABLE `search_terms` (
	`kind` varchar(16) NOT NULL,
	`token` varchar(32) NOT NULL,
	`object_id` varchar(36) NOT NULL,
	`word_weight` int NOT NULL,
	`prefix_weight` int NOT NULL,
	CONSTRAINT `search_terms_pk` PRIMARY KEY(`kind`,`token`,`object_id`)
);
--> statement-breakpoint
CREATE INDEX `search_terms_object_idx` ON `search_terms` (`kind`,`object_id`);