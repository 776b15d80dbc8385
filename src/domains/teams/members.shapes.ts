/** The JSON shape of a team membership, with its serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { TEAM_ROLES } from "../../db/schema/teams";
import { Id, iso, Timestamp } from "../../http/schemas";

export type MemberRow = Database["t"]["teamMembers"]["$inferSelect"];

export const TeamMember = z
  .object({
    id: Id,
    team_id: Id,
    user_id: Id,
    role: z.enum(TEAM_ROLES),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("TeamMember");

export const toMember = (row: MemberRow) => ({
  id: row.id,
  team_id: row.teamId,
  user_id: row.userId,
  role: row.role,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
