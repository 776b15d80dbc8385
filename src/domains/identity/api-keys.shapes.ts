/** The JSON shape of an API key (never its secret; the key itself once, when minted), with its serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { API_KEY_SUBJECTS } from "../../db/schema";
import { Id, iso, isoOrNull, Timestamp } from "../../http/schemas";

export type ApiKeyRow = Database["t"]["apiKeys"]["$inferSelect"];

export const Subject = z.object({ type: z.enum(API_KEY_SUBJECTS), id: Id }).openapi("Subject");

export const ApiKey = z
  .object({
    id: Id,
    name: z.string(),
    /** The public start of the key, to recognise it; the key itself is never shown again. */
    prefix: z.string(),
    subject: Subject,
    scopes: z.array(z.string()),
    expires_at: Timestamp.nullable(),
    revoked_at: Timestamp.nullable(),
    last_used_at: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp.openapi({
      description:
        "When the key itself last changed (its version, which `If-Match` checks); using it does not change it",
    }),
  })
  .openapi("ApiKey");

export const CreatedApiKey = ApiKey.extend({
  key: z.string().openapi({ description: "The API key. Shown once: store it now." }),
}).openapi("CreatedApiKey");

export const toApiKey = (row: ApiKeyRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  subject: { type: row.subjectType, id: row.subjectId },
  scopes: row.scopes,
  expires_at: isoOrNull(row.expiresAt),
  revoked_at: isoOrNull(row.revokedAt),
  last_used_at: isoOrNull(row.lastUsedAt),
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
