import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id, json, timestamp } from "./columns";

/**
 * The answers to POSTs sent with an `Idempotency-Key` (docs/architecture.md,
 * "Idempotency keys"), kept until `expires_at` for the caller's retries. A row
 * without a status is a request still running: the unique (caller, key) pair
 * is what lets only one of two concurrent requests run. Not transferred.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    id: id(),
    /** Whose key it is: `api_key:<id>`, `<subject type>:<id>` or `ip:<address>`. */
    caller: text("caller", { length: 100 }).notNull(),
    key: text("key", { length: 255 }).notNull(),
    /** SHA-256 (hex) of the method, path and query, caller and body bytes. */
    requestHash: text("request_hash", { length: 64 }).notNull(),
    /** The stored answer's status; null while the first request runs. */
    status: integer("status"),
    responseBody: text("response_body"),
    responseHeaders: json<Record<string, string>>("response_headers"),
    createdAt: timestamp("created_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
  },
  (t) => [
    uniqueIndex("idempotency_keys_caller_key_uq").on(t.caller, t.key),
    index("idempotency_keys_expires_idx").on(t.expiresAt),
  ],
);
