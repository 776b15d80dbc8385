import type { RouteHandler } from "@hono/zod-openapi";
import { requireAdminWrite, requireScope } from "../../access/engine";
import { notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { actionById, deleteAction, insertAction, updateAction } from "./actions.queries";
import {
  type createPermissionActionRoute,
  type deletePermissionActionRoute,
  type getPermissionActionRoute,
  type listPermissionActionsRoute,
  permissionActionList,
  type updatePermissionActionRoute,
} from "./actions.routes";
import { toPermissionAction } from "./actions.shapes";

const CATALOGUE_CHANGE = "change the action catalogue";

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
  requireAdminWrite(c.get("caller"), "permissions", CATALOGUE_CHANGE);
  const body = c.req.valid("json");
  const row = await insertAction(c.get("db"), {
    slug: body.slug,
    name: body.name,
    description: body.description ?? null,
    category: body.category,
  });
  return c.json({ data: toPermissionAction(row) }, 201);
};

export const getPermissionAction: RouteHandler<typeof getPermissionActionRoute, AppEnv> = async (
  c,
) => {
  requireScope(c.get("caller"), "permissions", "read");
  const db = c.get("db");
  const [row] = await db.load(actionById(db, c.req.valid("param").id));
  if (!row) throw notFound("Permission action");
  return c.json({ data: toPermissionAction(row) }, 200);
};

export const updatePermissionAction: RouteHandler<
  typeof updatePermissionActionRoute,
  AppEnv
> = async (c) => {
  requireAdminWrite(c.get("caller"), "permissions", CATALOGUE_CHANGE);
  const body = c.req.valid("json");
  const row = await updateAction(
    c.get("db"),
    c.req.valid("param").id,
    {
      slug: body.slug,
      name: body.name,
      description: body.description,
      category: body.category,
    },
    c.get("expectedVersions"),
  );
  if (!row) throw notFound("Permission action");
  return c.json({ data: toPermissionAction(row) }, 200);
};

export const deletePermissionAction: RouteHandler<
  typeof deletePermissionActionRoute,
  AppEnv
> = async (c) => {
  requireAdminWrite(c.get("caller"), "permissions", CATALOGUE_CHANGE);
  if (!(await deleteAction(c.get("db"), c.req.valid("param").id, c.get("expectedVersions")))) {
    throw notFound("Permission action");
  }
  return c.body(null, 204);
};
