/** The JSON shape of an engagement, for the OpenAPI document, and the serializer that gives it. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import {
  ENGAGEMENT_ACTIONS,
  ENGAGEMENT_OBJECTS,
  ENGAGEMENT_SUBJECTS,
  MENTION_TARGETS,
} from "../../db/schema";
import { Id, iso, isoOrNull, Timestamp } from "../../http/schemas";

type Tables = Database["t"];
/** An engagement row with its comment's text (null for other actions). */
export type EngagementRow = Tables["engagements"]["$inferSelect"] & { text: string | null };
type MentionRow = Tables["engagementMentions"]["$inferSelect"];
export type ObjectRef = { type: EngagementRow["objectType"]; id: string };
export type MentionRef = { type: MentionRow["mentionedType"]; id: string };

/** An engagement as stored: its row and what it mentions. */
export interface StoredEngagement {
  row: EngagementRow;
  mentions: MentionRef[];
}

export const Engagement = z
  .object({
    id: Id,
    subject: z.object({ type: z.enum(ENGAGEMENT_SUBJECTS), id: Id }),
    action: z.enum(ENGAGEMENT_ACTIONS),
    object: z.object({ type: z.enum(ENGAGEMENT_OBJECTS), id: Id }),
    text: z.string().nullable().openapi({ description: "A comment's text; null otherwise" }),
    mentions: z
      .array(z.object({ type: z.enum(MENTION_TARGETS), id: Id }))
      .openapi({ description: "What a mention names; empty otherwise" }),
    activated_at: Timestamp.nullable().openapi({
      description:
        "A subscription: when it became active (it makes its subject a `subscriber`); null while pending. Null for other actions.",
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Engagement");

export const toEngagement = ({ row, mentions }: StoredEngagement) => ({
  id: row.id,
  subject: { type: row.subjectType, id: row.subjectId },
  action: row.action,
  object: { type: row.objectType, id: row.objectId },
  text: row.text,
  mentions,
  activated_at: isoOrNull(row.activatedAt),
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
