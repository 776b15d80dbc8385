import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id, json, ref, timestamp, timestamps } from "./columns";
import { organizations } from "./identity";
import { workspaces } from "./workspaces";

export const WEBHOOK_STATUSES = ["enabled", "disabled"] as const;
export const DELIVERY_STATUSES = ["pending", "delivered", "failed", "dead"] as const;

/**
 * Webhook endpoints (docs/architecture.md §21): a workspace's, an
 * organization's, or global (both null: every event). The secrets sign
 * deliveries and never leave the row but on create and rotate: events record
 * the row without them.
 */
export const webhooks = sqliteTable(
  "webhooks",
  {
    id: id(),
    workspaceId: ref("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    organizationId: ref("organization_id").references(() => organizations.id, {
      onDelete: "cascade",
    }),
    url: text("url", { length: 2048 }).notNull(),
    /** Exact event types, `<object>.*` or `*`. */
    eventTypes: json<string[]>("event_types").notNull(),
    description: text("description", { length: 500 }),
    status: text("status", { length: 16, enum: WEBHOOK_STATUSES }).notNull().default("enabled"),
    disabledReason: text("disabled_reason", { length: 500 }),
    /** Deliveries in a row that went dead; a success resets it. */
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    secret: text("secret", { length: 64 }).notNull(),
    /** The secret before the last rotation, still signing until it expires. */
    previousSecret: text("previous_secret", { length: 64 }),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at"),
    ...timestamps,
  },
  (t) => [
    index("webhooks_workspace_idx").on(t.workspaceId, t.id),
    index("webhooks_organization_idx").on(t.organizationId, t.id),
    index("webhooks_status_idx").on(t.status),
  ],
);

/** One event to send to one endpoint: made once per pair, whoever dispatches. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: id(),
    webhookId: ref("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    /** The event sent (its id is the `webhook-id` header); no foreign key: events are pruned apart. */
    eventId: ref("event_id").notNull(),
    eventType: text("event_type", { length: 64 }).notNull(),
    status: text("status", { length: 16, enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** When the next attempt may run (while one runs: the end of its lease). */
    nextAttemptAt: timestamp("next_attempt_at"),
    lastResponseStatus: integer("last_response_status"),
    lastError: text("last_error", { length: 500 }),
    createdAt: timestamp("created_at").notNull(),
    deliveredAt: timestamp("delivered_at"),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_uq").on(t.webhookId, t.eventId),
    index("webhook_deliveries_list_idx").on(t.webhookId, t.id),
    index("webhook_deliveries_status_idx").on(t.webhookId, t.status, t.id),
    index("webhook_deliveries_event_idx").on(t.eventId, t.status),
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_created_idx").on(t.createdAt),
  ],
);

/** Each attempt of a delivery: the log its endpoint's owner reads. */
export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    id: id(),
    deliveryId: ref("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    startedAt: timestamp("started_at").notNull(),
    responseStatus: integer("response_status"),
    error: text("error", { length: 500 }),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [uniqueIndex("webhook_attempts_uq").on(t.deliveryId, t.attempt)],
);

/**
 * Where a consumer of the outbox stands (`webhooks`): the last event it
 * handled, in commit order, moved only from the position read (compare and set).
 */
export const feedPositions = sqliteTable("feed_positions", {
  name: text("name", { length: 32 }).primaryKey(),
  sequence: integer("sequence").notNull(),
  eventId: ref("event_id").notNull(),
  ...timestamps,
});
