/** The JSON shape of an organization, with its serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { answeredTheme, Id, iso, orNull, Theme, Timestamp } from "../../http/schemas";

export type OrganizationRow = Database["t"]["organizations"]["$inferSelect"];

export const Organization = z
  .object({
    id: Id,
    name: z.string(),
    slug: z.string(),
    avatar_url: z.string().nullable(),
    banner_url: z.string().nullable(),
    theme: orNull(Theme),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Organization");

export const toOrganization = (row: OrganizationRow) => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  avatar_url: row.avatarUrl,
  banner_url: row.bannerUrl,
  theme: answeredTheme(row.theme),
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
