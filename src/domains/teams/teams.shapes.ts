/** The JSON shape of a team, with its serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { Id, iso, Timestamp } from "../../http/schemas";

export type TeamRow = Database["t"]["teams"]["$inferSelect"];

export const Team = z
  .object({
    id: Id,
    name: z.string(),
    owner_user_id: Id,
    organization_id: Id.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Team");

export const toTeam = (row: TeamRow) => ({
  id: row.id,
  name: row.name,
  owner_user_id: row.ownerUserId,
  organization_id: row.organizationId,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
