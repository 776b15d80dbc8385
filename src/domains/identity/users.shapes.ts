/**
 * The JSON shapes of a user (a public profile; the email shows only to the
 * user themself and admins) and of the caller, with their serializers.
 */
import { z } from "@hono/zod-openapi";
import { type Caller, isAdmin, userIdOf } from "../../auth/caller";
import type { Database } from "../../db/database";
import { answeredTheme, Id, iso, orNull, Theme, Timestamp } from "../../http/schemas";

export type UserRow = Database["t"]["users"]["$inferSelect"];

export const User = z
  .object({
    id: Id,
    /** Shown to the user themself and to admins only. */
    email: z.email().optional(),
    display_name: z.string(),
    avatar_url: z.string().nullable(),
    bio: z.string().nullable(),
    theme: orNull(Theme),
    organization_id: Id.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("User");

export function toUser(row: UserRow, caller: Caller) {
  const showEmail = isAdmin(caller) || userIdOf(caller) === row.id;
  return {
    id: row.id,
    ...(showEmail ? { email: row.email } : {}),
    display_name: row.displayName,
    avatar_url: row.avatarUrl,
    bio: row.bio,
    theme: answeredTheme(row.theme),
    organization_id: row.organizationId,
    created_at: iso(row.createdAt),
    updated_at: iso(row.updatedAt),
  };
}

export const Me = z
  .object({
    kind: z.enum(["api_key", "jwt"]),
    subject: z.object({ type: z.enum(["user", "organization", "workspace"]), id: Id }),
    scopes: z.array(z.string()),
    user: orNull(User),
  })
  .openapi("Me");

/** The signed-in caller, with its profile when it speaks for a user. */
export const toMe = (caller: Exclude<Caller, { kind: "guest" }>, user: UserRow | undefined) => ({
  kind: caller.kind,
  subject: caller.subject,
  scopes: [...caller.scopes].sort(),
  user: user ? toUser(user, caller) : null,
});
