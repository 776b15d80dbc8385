import type { RouteHandler } from "@hono/zod-openapi";
import { requireScope } from "../../access/engine";
import { forgetAllApiKeys } from "../../auth/api-key-verifier";
import { type Caller, isAdmin, userIdOf } from "../../auth/caller";
import { forgetTokenUser } from "../../auth/token-users";
import { ApiError, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { answeredTheme, iso } from "../../http/schemas";
import { deleteUser, findUser, insertUser, updateUser } from "./users.queries";
import {
  type createUserRoute,
  type deleteUserRoute,
  type getMeRoute,
  type getUserRoute,
  type listUsersRoute,
  type updateUserRoute,
  userList,
} from "./users.routes";

type UserRow = Awaited<ReturnType<typeof findUser>> & {};

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

const requireAdmin = (caller: Caller) => {
  requireScope(caller, "identities", "write");
  if (!isAdmin(caller)) throw forbidden("Only admins may do this");
};

export const listUsers: RouteHandler<typeof listUsersRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "read");
  const { data, meta } = await userList.run(c.get("db"), c.req.valid("query"));
  return c.json({ data: data.map((row) => toUser(row, caller)), meta }, 200);
};

export const createUser: RouteHandler<typeof createUserRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireAdmin(caller);
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
  const row = await findUser(c.get("db"), c.req.valid("param").id);
  if (!row) throw notFound("User");
  return c.json({ data: toUser(row, caller) }, 200);
};

export const updateUserProfile: RouteHandler<typeof updateUserRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "write");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const admin = isAdmin(caller);
  if (!admin && userIdOf(caller) !== id) {
    throw forbidden("You may only change your own profile");
  }
  if (!admin && (body.email !== undefined || body.organization_id !== undefined)) {
    throw new ApiError(403, "Only admins may change a user's email or organization");
  }
  const row = await updateUser(c.get("db"), id, {
    displayName: body.display_name,
    avatarUrl: body.avatar_url,
    bio: body.bio,
    theme: body.theme,
    email: body.email?.toLowerCase(),
    organizationId: body.organization_id,
  });
  if (!row) throw notFound("User");
  return c.json({ data: toUser(row, caller) }, 200);
};

export const removeUser: RouteHandler<typeof deleteUserRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "write");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  if (!isAdmin(caller) && userIdOf(caller) !== id) {
    // Profiles are public: the account is there to see, not to delete.
    if (!(await findUser(db, id))) throw notFound("User");
    throw forbidden("Only the user themself or an admin may delete an account");
  }
  if (!(await deleteUser(db, id))) throw notFound("User");
  // Their keys are gone: this isolate stops trusting them at once.
  forgetAllApiKeys();
  forgetTokenUser(id);
  return c.body(null, 204);
};

export const getMe: RouteHandler<typeof getMeRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to see who you are");
  const userId = userIdOf(caller);
  const user = userId ? await findUser(c.get("db"), userId) : undefined;
  return c.json(
    {
      data: {
        kind: caller.kind,
        subject: caller.subject,
        scopes: [...caller.scopes].sort(),
        user: user ? toUser(user, caller) : null,
      },
    },
    200,
  );
};
