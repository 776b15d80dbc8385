/** The JSON shape of an event, with its serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { answeredImage, EVENT_OBJECT_TYPES, EVENT_TYPES } from "../../db/events";
import { Id, iso, Timestamp } from "../../http/schemas";

export type EventRow = Database["t"]["events"]["$inferSelect"];

export const Event = z
  .object({
    id: Id,
    sequence: z.number().int().openapi({
      description:
        "The write's place in commit order, shared by every event of one write: the feed's order is (`sequence`, `id`)",
    }),
    type: z.enum(EVENT_TYPES).openapi({ example: "resource.created" }),
    object: z.object({ type: z.enum(EVENT_OBJECT_TYPES), id: z.string() }),
    workspace_id: Id.nullable(),
    organization_id: Id.nullable(),
    user_id: Id.nullable(),
    actor: z
      .object({
        type: z.string().openapi({ example: "user" }),
        id: Id,
        api_key_id: Id.nullable(),
      })
      .nullable()
      .openapi({
        description: "Who wrote: the caller's subject and key; null for guests and scheduled work",
      }),
    request_id: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).nullable().openapi({
      description:
        "The row after a create or update, as it was before a delete: every column by its name (a key's secret hash left out), timestamps in ISO 8601",
    }),
    created_at: Timestamp,
  })
  .openapi("Event");

export const toEvent = (row: EventRow) => ({
  id: row.id,
  sequence: row.commitSeq,
  type: row.type as z.output<typeof Event>["type"],
  object: {
    type: row.objectType as z.output<typeof Event>["object"]["type"],
    id: row.objectId,
  },
  workspace_id: row.workspaceId,
  organization_id: row.organizationId,
  user_id: row.userId,
  actor:
    row.actorType && row.actorId
      ? { type: row.actorType, id: row.actorId, api_key_id: row.apiKeyId }
      : null,
  request_id: row.requestId,
  data: answeredImage(row.objectType, row.data ?? null),
  created_at: iso(row.createdAt),
});
