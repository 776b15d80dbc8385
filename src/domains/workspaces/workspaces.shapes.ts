/** The JSON shape of a workspace, for the OpenAPI document, and the serializer that turns a row into it. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { SUBSCRIPTION_MODES, VISIBILITIES, WORKSPACE_OWNERS } from "../../db/schema";
import { Id, iso, Timestamp } from "../../http/schemas";

export type WorkspaceRow = Database["t"]["workspaces"]["$inferSelect"];

export const SUBSCRIPTION_MODE =
  "Whether a subscription to the workspace (or to a resource or collection in it) is active from creation (`open`) or pending until the workspace's owner or an admin activates it (`managed`, with `PATCH /engagements/{id}`). Only an active subscription makes its subject a `subscriber`.";

export const Owner = z.object({ type: z.enum(WORKSPACE_OWNERS), id: Id }).openapi("WorkspaceOwner");

export const Workspace = z
  .object({
    id: Id,
    name: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    owner: Owner,
    avatar_url: z.string().nullable(),
    banner_url: z.string().nullable(),
    visibility: z.enum(VISIBILITIES),
    subscription_mode: z.enum(SUBSCRIPTION_MODES).openapi({
      description: SUBSCRIPTION_MODE,
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Workspace");

export const toWorkspace = (row: WorkspaceRow) => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  description: row.description,
  owner: { type: row.ownerType, id: row.ownerId },
  avatar_url: row.avatarUrl,
  banner_url: row.bannerUrl,
  visibility: row.visibility,
  subscription_mode: row.subscriptionMode,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
