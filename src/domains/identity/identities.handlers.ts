import type { RouteHandler } from "@hono/zod-openapi";
import { requireScope } from "../../access/engine";
import { isAdmin, userIdOf } from "../../auth/caller";
import { forgetTokenIdentity } from "../../auth/token-users";
import { constraintViolation } from "../../db/errors";
import { conflict, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso } from "../../http/schemas";
import {
  deleteIdentity,
  findIdentity,
  identitiesOf,
  type UserIdentityRow,
  userExists,
} from "./identities.queries";
import {
  type createUserIdentityRoute,
  type deleteUserIdentityRoute,
  identityList,
  type listUserIdentitiesRoute,
} from "./identities.routes";

const toUserIdentity = (row: UserIdentityRow) => ({
  id: row.id,
  user_id: row.userId,
  issuer: row.issuer,
  subject: row.subject,
  created_at: iso(row.createdAt),
});

export const listUserIdentities: RouteHandler<typeof listUserIdentitiesRoute, AppEnv> = async (
  c,
) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "read");
  const { id } = c.req.valid("param");
  if (!isAdmin(caller) && userIdOf(caller) !== id) {
    throw forbidden("Only the user themself or an admin may see a user's identities");
  }
  const db = c.get("db");
  const { data, meta } = await identityList.run(db, c.req.valid("query"), identitiesOf(db, id));
  // An empty page may be a user that does not exist: only then ask.
  if (data.length === 0 && !(await userExists(db, id))) throw notFound("User");
  return c.json({ data: data.map(toUserIdentity), meta }, 200);
};

export const createUserIdentity: RouteHandler<typeof createUserIdentityRoute, AppEnv> = async (
  c,
) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "write");
  if (!isAdmin(caller)) throw forbidden("Only admins may link identities");
  const { id } = c.req.valid("param");
  const { issuer, subject } = c.req.valid("json");
  const db = c.get("db");
  try {
    const [row] = await db.insertReturning(db.t.userIdentities, [{ userId: id, issuer, subject }]);
    return c.json({ data: toUserIdentity(row!) }, 201);
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation?.kind === "unique") {
      throw conflict("This issuer and subject are already linked to a user");
    }
    if (violation?.kind === "foreign_key" && violation.missingReference) throw notFound("User");
    throw error;
  }
};

export const deleteUserIdentity: RouteHandler<typeof deleteUserIdentityRoute, AppEnv> = async (
  c,
) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "write");
  if (!isAdmin(caller)) throw forbidden("Only admins may unlink identities");
  const { id, identityId } = c.req.valid("param");
  const db = c.get("db");
  const row = await findIdentity(db, id, identityId);
  if (!row || !(await deleteIdentity(db, row.id))) throw notFound("Identity");
  forgetTokenIdentity(row.issuer, row.subject);
  return c.body(null, 204);
};
