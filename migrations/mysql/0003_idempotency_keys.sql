CREATE TABLE `idempotency_keys` (
	`id` varchar(36) NOT NULL,
	`caller` varchar(100) NOT NULL,
	`key` varchar(255) NOT NULL,
	`request_hash` varchar(64) NOT NULL,
	`status` int,
	`response_body` text,
	`response_headers` json,
	`created_at` datetime(3) NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	CONSTRAINT `idempotency_keys_id` PRIMARY KEY(`id`),
	CONSTRAINT `idempotency_keys_caller_key_uq` UNIQUE(`caller`,`key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_expires_idx` ON `idempotency_keys` (`expires_at`);