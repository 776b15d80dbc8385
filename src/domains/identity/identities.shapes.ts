/** The JSON shape of an external identity linked to a user, with its serializer. */
import { z } from "@hono/zod-openapi";
import type { Database } from "../../db/database";
import { Id, iso, Timestamp } from "../../http/schemas";

export type UserIdentityRow = Database["t"]["userIdentities"]["$inferSelect"];

export const UserIdentity = z
  .object({
    id: Id,
    user_id: Id,
    issuer: z.string().openapi({ description: "The token's `iss`" }),
    subject: z
      .string()
      .openapi({ description: "The token's `sub`: the provider's id of the user" }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("UserIdentity");

export const toUserIdentity = (row: UserIdentityRow) => ({
  id: row.id,
  user_id: row.userId,
  issuer: row.issuer,
  subject: row.subject,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});
