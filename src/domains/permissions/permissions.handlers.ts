import type { RouteHandler } from "@hono/zod-openapi";
import { authorization, requireScope } from "../../access/engine";
import { referenceCheck } from "../../access/references";
import type { AppEnv } from "../../http/env";
import {
  deletePermissionRow,
  updatePermissionValue,
  upsertPermission,
} from "./permissions.queries";
import {
  type deletePermissionRoute,
  type getPermissionRoute,
  type listPermissionsRoute,
  permissionList,
  type updatePermissionRoute,
  type writePermissionRoute,
} from "./permissions.routes";
import { permissionAuthorization, visiblePermissions } from "./permissions.rules";
import { toPermission } from "./permissions.shapes";

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
  await db.load(
    // Only the object's owner (or admin) may write rows on it, whatever rows exist.
    authorization(db, caller, body.object_type, body.object_id, "manage"),
    // A named subject must be one the caller may read (a team: one it owns or is in).
    referenceCheck(
      db,
      caller,
      body.subject_type === "static"
        ? []
        : [{ type: body.subject_type, id: body.subject_id, path: "subject_id" }],
    ),
  );
  const { row, created } = await upsertPermission(db, {
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
  const db = c.get("db");
  const [row] = await db.load(
    permissionAuthorization(db, c.get("caller"), c.req.valid("param").id, "read"),
  );
  return c.json({ data: toPermission(row) }, 200);
};

export const updatePermission: RouteHandler<typeof updatePermissionRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await db.load(permissionAuthorization(db, c.get("caller"), id, "write"));
  const row = await updatePermissionValue(
    db,
    id,
    c.req.valid("json").value,
    c.get("expectedVersions"),
  );
  return c.json({ data: toPermission(row!) }, 200);
};

export const deletePermission: RouteHandler<typeof deletePermissionRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await db.load(permissionAuthorization(db, c.get("caller"), id, "write"));
  await deletePermissionRow(db, id, c.get("expectedVersions"));
  return c.body(null, 204);
};
