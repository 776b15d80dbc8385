/**
 * The JSON shapes of a resource and of what can be embedded in it (post,
 * authors, links, engagement counts): one Zod schema each for the OpenAPI
 * document, and the serializer that turns a row into it.
 */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import {
  AUTHOR_TYPES,
  ENGAGEMENT_ACTIONS,
  type EngagementAction,
  RESOURCE_OWNERS,
  RESOURCE_TYPES,
} from "../../db/schema";
import { LISTING_STATUSES } from "../../db/schema/columns";
import { Id, iso, orNull, Timestamp } from "../../http/schemas";
import { Link } from "../links";

type Tables = Database["t"];
export type ResourceRow = Tables["resources"]["$inferSelect"];
export type PostRow = Tables["posts"]["$inferSelect"];
export type AuthorRow = Tables["resourceAuthors"]["$inferSelect"];

export const Post = z
  .object({
    resource_id: Id,
    body: z.string(),
    body_html: z.string().nullable(),
    featured_image_url: z.string().nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Post");

export const Author = z
  .object({
    /** The author row's id (what `DELETE /resources/{id}/authors/{authorId}` takes). */
    id: Id,
    resource_id: Id,
    author: z.object({ type: z.enum(AUTHOR_TYPES), id: Id }),
    role: z.string(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("ResourceAuthor");

// A record over an enum holds every key; the document generator leaves `required` out.
export const EngagementCounts = z
  .record(z.enum(ENGAGEMENT_ACTIONS), z.number().int())
  .openapi("EngagementCounts", { required: [...ENGAGEMENT_ACTIONS] });
export type EngagementCounts = Record<EngagementAction, number>;

export const Resource = z
  .object({
    id: Id,
    owner: z.object({ type: z.enum(RESOURCE_OWNERS), id: Id }),
    type: z.enum(RESOURCE_TYPES),
    title: z.string(),
    excerpt: z.string().nullable(),
    status: z.enum(LISTING_STATUSES),
    created_at: Timestamp,
    updated_at: Timestamp,
    // Embedded when asked for with `include=`.
    post: orNull(Post).optional(),
    authors: z.array(Author).optional(),
    links: z.array(Link).optional(),
    counts: EngagementCounts.optional(),
  })
  .openapi("Resource");

export const toResource = (row: ResourceRow) => ({
  id: row.id,
  owner: { type: row.ownerType, id: row.ownerId },
  type: row.type,
  title: row.title,
  excerpt: row.excerpt,
  status: row.status,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const toPost = (row: PostRow) => ({
  resource_id: row.resourceId,
  body: row.body,
  body_html: row.bodyHtml,
  featured_image_url: row.featuredImageUrl,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const toAuthor = (row: AuthorRow) => ({
  id: row.id,
  resource_id: row.resourceId,
  author: { type: row.authorType, id: row.authorId },
  role: row.role,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

/** Every action at zero: a resource nobody engaged with still shows each count. */
export const noEngagements = (): EngagementCounts =>
  Object.fromEntries(ENGAGEMENT_ACTIONS.map((action) => [action, 0])) as EngagementCounts;
