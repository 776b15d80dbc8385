import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { requireScope } from "../../access/engine";
import { type Caller, isAdmin } from "../../auth/caller";
import type { Database } from "../../db/database";
import { forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso } from "../../http/schemas";
import {
  type createPermissionActionRoute,
  type deletePermissionActionRoute,
  type getPermissionActionRoute,
  type listPermissionActionsRoute,
  permissionActionList,
  type updatePermissionActionRoute,
} from "./actions.routes";

type ActionRow = Database["t"]["permissionActions"]["$inferSelect"];

const toPermissionAction = (row: ActionRow) => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  category: row.category,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

function requireAdmin(caller: Caller) {
  requireScope(caller, "permissions", "write");
  if (!isAdmin(caller)) throw forbidden("Only admins may change the action catalogue");
}

export const listPermissionActions: RouteHandler<
  typeof listPermissionActionsRoute,
  AppEnv
> = async (c) => {
  requireScope(c.get("caller"), "permissions", "read");
  const { data, meta } = await permissionActionList.run(c.get("db"), c.req.valid("query"));
  return c.json({ data: data.map(toPermissionAction), meta }, 200);
};

export const createPermissionAction: RouteHandler<
  typeof createPermissionActionRoute,
  AppEnv
> = async (c) => {
  requireAdmin(c.get("caller"));
  const db = c.get("db");
  const body = c.req.valid("json");
  const [row] = await db.insertReturning(db.t.permissionActions, [
    {
      slug: body.slug,
      name: body.name,
      description: body.description ?? null,
      category: body.category,
    },
  ]);
  return c.json({ data: toPermissionAction(row!) }, 201);
};

export const getPermissionAction: RouteHandler<typeof getPermissionActionRoute, AppEnv> = async (
  c,
) => {
  requireScope(c.get("caller"), "permissions", "read");
  const db = c.get("db");
  const { permissionActions } = db.t;
  const [row] = await db.orm
    .select()
    .from(permissionActions)
    .where(eq(permissionActions.id, c.req.valid("param").id))
    .limit(1);
  if (!row) throw notFound("Permission action");
  return c.json({ data: toPermissionAction(row) }, 200);
};

export const updatePermissionAction: RouteHandler<
  typeof updatePermissionActionRoute,
  AppEnv
> = async (c) => {
  requireAdmin(c.get("caller"));
  const db = c.get("db");
  const body = c.req.valid("json");
  const [row] = await db.updateReturning(
    db.t.permissionActions,
    eq(db.t.permissionActions.id, c.req.valid("param").id),
    { slug: body.slug, name: body.name, description: body.description, category: body.category },
  );
  if (!row) throw notFound("Permission action");
  return c.json({ data: toPermissionAction(row) }, 200);
};

export const deletePermissionAction: RouteHandler<
  typeof deletePermissionActionRoute,
  AppEnv
> = async (c) => {
  requireAdmin(c.get("caller"));
  const db = c.get("db");
  const { permissionActions } = db.t;
  const deleted = await db.deleteWhere(
    permissionActions,
    eq(permissionActions.id, c.req.valid("param").id),
  );
  if (deleted === 0) throw notFound("Permission action");
  return c.body(null, 204);
};
