import type { RouteHandler } from "@hono/zod-openapi";
import { requireAdminWrite, requireScope, requireSelfOrAdmin } from "../../access/engine";
import { forgetAllApiKeys } from "../../auth/api-key-verifier";
import { isAdmin, userIdOf } from "../../auth/caller";
import { forgetTokenUser } from "../../auth/token-users";
import { deleteCascading } from "../../db/cascade";
import { settled } from "../../db/plan";
import { userExists } from "../../db/users";
import { ApiError, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { insertUser, updateUser, userById } from "./users.queries";
import {
  type createUserRoute,
  type deleteUserRoute,
  type getMeRoute,
  type getUserRoute,
  type listUsersRoute,
  type updateUserRoute,
  userList,
} from "./users.routes";
import { toMe, toUser } from "./users.shapes";

export const listUsers: RouteHandler<typeof listUsersRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "read");
  const { data, meta } = await userList.run(c.get("db"), c.req.valid("query"));
  return c.json({ data: data.map((row) => toUser(row, caller)), meta }, 200);
};

export const createUser: RouteHandler<typeof createUserRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireAdminWrite(caller, "identities", "do this");
  const body = c.req.valid("json");
  const row = await insertUser(c.get("db"), {
    email: body.email.toLowerCase(),
    displayName: body.display_name,
    avatarUrl: body.avatar_url ?? null,
    bio: body.bio ?? null,
    theme: body.theme ?? null,
    organizationId: body.organization_id ?? null,
  });
  return c.json({ data: toUser(row, caller) }, 201);
};

export const getUser: RouteHandler<typeof getUserRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "read");
  const db = c.get("db");
  const [row] = await db.load(userById(db, c.req.valid("param").id));
  if (!row) throw notFound("User");
  return c.json({ data: toUser(row, caller) }, 200);
};

export const updateUserProfile: RouteHandler<typeof updateUserRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  requireSelfOrAdmin(caller, "identities", "write", id, () =>
    forbidden("You may only change your own profile"),
  );
  if (!isAdmin(caller) && (body.email !== undefined || body.organization_id !== undefined)) {
    throw new ApiError(403, "Only admins may change a user's email or organization");
  }
  const row = await updateUser(
    c.get("db"),
    id,
    {
      displayName: body.display_name,
      avatarUrl: body.avatar_url,
      bio: body.bio,
      theme: body.theme,
      email: body.email?.toLowerCase(),
      organizationId: body.organization_id,
    },
    c.get("expectedVersions"),
  );
  if (!row) throw notFound("User");
  return c.json({ data: toUser(row, caller) }, 200);
};

export const removeUser: RouteHandler<typeof deleteUserRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "write");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  if (!isAdmin(caller) && userIdOf(caller) !== id) {
    // Not requireSelfOrAdmin: profiles are public, so an account that exists
    // is there to see (403), not to delete; only one that does not is a 404.
    const [exists] = await db.load(userExists(db, id));
    if (!exists) throw notFound("User");
    throw forbidden("Only the user themself or an admin may delete an account");
  }
  if (!(await deleteCascading(db, "user", id, c.get("expectedVersions")))) throw notFound("User");
  // Their keys are gone: this isolate stops trusting them at once.
  forgetAllApiKeys();
  forgetTokenUser(id);
  return c.body(null, 204);
};

export const getMe: RouteHandler<typeof getMeRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to see who you are");
  const db = c.get("db");
  const userId = userIdOf(caller);
  const [user] = await db.load(userId ? userById(db, userId) : settled(undefined));
  return c.json({ data: toMe(caller, user) }, 200);
};
