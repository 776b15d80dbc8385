/** The JSON shapes of webhook endpoints and deliveries, with their serializers. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { EVENT_OBJECT_TYPES, EVENT_TYPES } from "../../db/events";
import { DELIVERY_STATUSES, WEBHOOK_STATUSES } from "../../db/schema";
import { Id, iso, isoOrNull, Timestamp } from "../../http/schemas";

export type WebhookRow = Database["t"]["webhooks"]["$inferSelect"];
export type DeliveryRow = Database["t"]["webhookDeliveries"]["$inferSelect"];
export type AttemptRow = Database["t"]["webhookAttempts"]["$inferSelect"];

/** What an endpoint may subscribe to: an exact event type, every change of an object type, or everything. */
export const EVENT_TYPE_PATTERNS = [
  "*",
  ...EVENT_OBJECT_TYPES.map((object) => `${object}.*` as const),
  ...EVENT_TYPES,
] as const;

export const EventTypePattern = z.enum(EVENT_TYPE_PATTERNS).openapi({
  description:
    "An event type (`resource.created`), every change of an object type (`resource.*`), or `*`",
  example: "resource.created",
});

/** Whether an event of `type` is one an endpoint subscribed to with `patterns` wants. */
export function wantsType(patterns: readonly string[], type: string): boolean {
  const object = type.slice(0, type.lastIndexOf("."));
  return patterns.some(
    (pattern) => pattern === "*" || pattern === type || pattern === `${object}.*`,
  );
}

export const Webhook = z
  .object({
    id: Id,
    workspace_id: Id.nullable(),
    organization_id: Id.nullable(),
    url: z.string(),
    event_types: z.array(EventTypePattern),
    description: z.string().nullable(),
    status: z.enum(WEBHOOK_STATUSES).openapi({
      description:
        "`disabled`: no new deliveries (set by a client, or after WEBHOOK_DISABLE_AFTER dead deliveries in a row)",
    }),
    disabled_reason: z.string().nullable(),
    consecutive_failures: z.number().int().openapi({
      description: "Deliveries in a row that went dead; a delivered one resets it",
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Webhook");

const Secret = z.string().openapi({
  description:
    "`whsec_` and the base64 of 32 random bytes: the key of the `webhook-signature` HMAC. Shown only here and when rotated",
  example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
});

export const WebhookWithSecret = Webhook.extend({ secret: Secret }).openapi("WebhookWithSecret");

export const RotatedSecret = z
  .object({
    secret: Secret,
    previous_secret_expires_at: Timestamp.openapi({
      description: "Until then deliveries carry a second signature, made with the previous secret",
    }),
  })
  .openapi("RotatedSecret");

export const Delivery = z
  .object({
    id: Id,
    webhook_id: Id,
    event_id: Id.openapi({ description: "Also the `webhook-id` header of every attempt" }),
    event_type: z.enum(EVENT_TYPES),
    status: z.enum(DELIVERY_STATUSES).openapi({
      description:
        "`pending`: not attempted yet (or redelivery queued); `delivered`: a 2xx answered; `failed`: the last attempt failed and a retry is scheduled; `dead`: no attempt left",
    }),
    attempts: z.number().int(),
    next_attempt_at: Timestamp.nullable(),
    last_response_status: z.number().int().nullable(),
    last_error: z.string().nullable(),
    created_at: Timestamp,
    delivered_at: Timestamp.nullable(),
  })
  .openapi("WebhookDelivery");

export const DeliveryWithAttempts = Delivery.extend({
  attempts_log: z.array(
    z.object({
      attempt: z.number().int(),
      started_at: Timestamp,
      response_status: z.number().int().nullable(),
      error: z.string().nullable(),
      duration_ms: z.number().int(),
    }),
  ),
}).openapi("WebhookDeliveryWithAttempts");

export const toWebhook = (row: WebhookRow) => ({
  id: row.id,
  workspace_id: row.workspaceId,
  organization_id: row.organizationId,
  url: row.url,
  event_types: row.eventTypes as z.output<typeof Webhook>["event_types"],
  description: row.description,
  status: row.status,
  disabled_reason: row.disabledReason,
  consecutive_failures: row.consecutiveFailures,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const toDelivery = (row: DeliveryRow) => ({
  id: row.id,
  webhook_id: row.webhookId,
  event_id: row.eventId,
  event_type: row.eventType as z.output<typeof Delivery>["event_type"],
  status: row.status,
  attempts: row.attempts,
  next_attempt_at: isoOrNull(row.nextAttemptAt),
  last_response_status: row.lastResponseStatus,
  last_error: row.lastError,
  created_at: iso(row.createdAt),
  delivered_at: isoOrNull(row.deliveredAt),
});

export const toAttempt = (row: AttemptRow) => ({
  attempt: row.attempt,
  started_at: iso(row.startedAt),
  response_status: row.responseStatus,
  error: row.error,
  duration_ms: row.durationMs,
});
