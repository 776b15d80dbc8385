import type { RouteHandler } from "@hono/zod-openapi";
import { requireAdminWrite, requireSelfOrAdmin } from "../../access/engine";
import { forgetTokenIdentity } from "../../auth/token-users";
import { constraintViolation } from "../../db/errors";
import { userExists } from "../../db/users";
import { conflict, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { deleteIdentity, identitiesOf, identityOf, insertIdentity } from "./identities.queries";
import {
  type createUserIdentityRoute,
  type deleteUserIdentityRoute,
  identityList,
  type listUserIdentitiesRoute,
} from "./identities.routes";
import { toUserIdentity } from "./identities.shapes";

export const listUserIdentities: RouteHandler<typeof listUserIdentitiesRoute, AppEnv> = async (
  c,
) => {
  const { id } = c.req.valid("param");
  requireSelfOrAdmin(c.get("caller"), "identities", "read", id, () =>
    forbidden("Only the user themself or an admin may see a user's identities"),
  );
  const db = c.get("db");
  const { data, meta } = await identityList.run(db, c.req.valid("query"), identitiesOf(db, id));
  // An empty page may be a user that does not exist: only then ask.
  if (data.length === 0 && !(await db.load(userExists(db, id)))[0]) throw notFound("User");
  return c.json({ data: data.map(toUserIdentity), meta }, 200);
};

export const createUserIdentity: RouteHandler<typeof createUserIdentityRoute, AppEnv> = async (
  c,
) => {
  requireAdminWrite(c.get("caller"), "identities", "link identities");
  const { id } = c.req.valid("param");
  const { issuer, subject } = c.req.valid("json");
  try {
    const row = await insertIdentity(c.get("db"), { userId: id, issuer, subject });
    return c.json({ data: toUserIdentity(row) }, 201);
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
  requireAdminWrite(c.get("caller"), "identities", "unlink identities");
  const { id, identityId } = c.req.valid("param");
  const db = c.get("db");
  const [row] = await db.load(identityOf(db, id, identityId));
  if (!row || !(await deleteIdentity(db, row.id, c.get("expectedVersions")))) {
    throw notFound("Identity");
  }
  forgetTokenIdentity(row.issuer, row.subject);
  return c.body(null, 204);
};
