import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { authorization, requireScope } from "../../access/engine";
import { referenceCheck } from "../../access/references";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import { forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso } from "../../http/schemas";
import {
  findPermissionForCaller,
  type PermissionRow,
  upsertPermission,
  visiblePermissions,
} from "./permissions.queries";
import {
  type deletePermissionRoute,
  type getPermissionRoute,
  type listPermissionsRoute,
  permissionList,
  type updatePermissionRoute,
  type writePermissionRoute,
} from "./permissions.routes";

const toPermission = (row: PermissionRow) => ({
  id: row.id,
  subject_type: row.subjectType,
  subject_id: row.subjectId,
  object_type: row.objectType,
  object_id: row.objectId,
  action: row.action,
  value: row.value,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const listPermissions: RouteHandler<typeof listPermissionsRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "permissions", "read");
  const db = c.get("db");
  const { data, meta } = await permissionList.run(
    db,
    c.req.valid("query"),
    visiblePermissions(db, caller),
  );
  return c.json({ data: data.map(toPermission), meta }, 200);
};

export const writePermission: RouteHandler<typeof writePermissionRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  const body = c.req.valid("json");
  // Only the object's owner (or admin) may write rows on it, whatever rows exist.
  const object = authorization(db, caller, body.object_type, body.object_id, "manage");
  // A named subject must be one the caller may read (a team: one it owns or is in).
  const subject = referenceCheck(
    db,
    caller,
    body.subject_type === "static"
      ? []
      : [{ type: body.subject_type, id: body.subject_id, path: "subject_id" }],
  );
  const [objectRows, ...subjectRows] = await db.read<PromiseLike<unknown[]>[]>(() => [
    object.query,
    ...subject.statements,
  ]);
  object.check(objectRows!);
  subject.check(subjectRows);
  const { row, created } = await upsertPermission(db, {
    id: uuidv7(),
    subjectType: body.subject_type,
    subjectId: body.subject_id,
    objectType: body.object_type,
    objectId: body.object_id,
    action: body.action,
    value: body.value,
  });
  return created
    ? c.json({ data: toPermission(row) }, 201)
    : c.json({ data: toPermission(row) }, 200);
};

export const getPermission: RouteHandler<typeof getPermissionRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "permissions", "read");
  const found = await findPermissionForCaller(c.get("db"), caller, c.req.valid("param").id);
  if (!found?.visible) throw notFound("Permission");
  return c.json({ data: toPermission(found.row) }, 200);
};

/** The row, if the caller may change it: 404 when it may not see it, 403 when it may only see it. */
async function manageablePermission(db: Database, caller: Caller, id: string) {
  requireScope(caller, "permissions", "write");
  const found = await findPermissionForCaller(db, caller, id);
  if (!found?.visible) throw notFound("Permission");
  if (!found.manageable) throw forbidden("Only the object's owner may change its permissions");
  return found.row;
}

export const updatePermission: RouteHandler<typeof updatePermissionRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await manageablePermission(db, c.get("caller"), id);
  const [row] = await db.updateReturning(db.t.permissions, eq(db.t.permissions.id, id), {
    value: c.req.valid("json").value,
  });
  return c.json({ data: toPermission(row!) }, 200);
};

export const deletePermission: RouteHandler<typeof deletePermissionRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await manageablePermission(db, c.get("caller"), id);
  await db.deleteWhere(db.t.permissions, eq(db.t.permissions.id, id));
  return c.body(null, 204);
};
