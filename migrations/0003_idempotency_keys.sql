CREATE TABLE `idempotency_keys` (
	`id` text(36) PRIMARY KEY NOT NULL,
	`caller` text(100) NOT NULL,
	`key` text(255) NOT NULL,
	`request_hash` text(64) NOT NULL,
	`status` integer,
	`response_body` text,
	`response_headers` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idempotency_keys_caller_key_uq` ON `idempotency_keys` (`caller`,`key`);--> statement-breakpoint
CREATE INDEX `idempotency_keys_expires_idx` ON `idempotency_keys` (`expires_at`);