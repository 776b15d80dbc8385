/** The JSON shape of a link, for the OpenAPI document, and the serializer that turns a row into it. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { LINK_SUBJECTS } from "../../db/schema";
import { MAX_LIMIT } from "../../http/list-query";
import { Id, iso, Timestamp } from "../../http/schemas";

export type LinkRow = Database["t"]["externalLinks"]["$inferSelect"];

/**
 * Links are few per subject: capped at one full page, so a subject's list is
 * always complete in one response (no cursor, no paging parameters).
 */
export const MAX_LINKS = MAX_LIMIT;

export const Link = z
  .object({
    id: Id,
    subject: z.object({ type: z.enum(LINK_SUBJECTS), id: Id }),
    name: z.string(),
    url: z.string(),
    icon: z.string().nullable(),
    position: z.number().int().openapi({ description: "0-based place in the subject's list" }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Link");

export const toLink = (row: LinkRow) => ({
  id: row.id,
  subject: { type: row.subjectType, id: row.subjectId },
  name: row.name,
  url: row.url,
  icon: row.icon,
  position: row.position,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

/** A subject's links: always one whole page. */
export const wholeList = (rows: LinkRow[]) => ({
  data: rows.map(toLink),
  meta: { limit: MAX_LINKS, next_cursor: null, has_more: false },
});
