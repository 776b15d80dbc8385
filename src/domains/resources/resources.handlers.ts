import type { RouteHandler } from "@hono/zod-openapi";
import {
  authorization,
  authorize,
  creationAuthorization,
  requireScope,
  resolveReadPredicate,
} from "../../access/engine";
import { referenceCheck } from "../../access/references";
import { deleteCascading } from "../../db/cascade";
import { settled } from "../../db/plan";
import { ApiError, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { authorReferences } from "./authors.queries";
import { resourceIncludes } from "./resources.includes";
import { insertResource, resourcePage, updateResource } from "./resources.queries";
import {
  type createResourceRoute,
  type deleteResourceRoute,
  type getResourceRoute,
  type listMyResourcesRoute,
  type listResourcesRoute,
  type listWorkspaceResourcesRoute,
  ownedResourceList,
  resourceList,
  type updateResourceRoute,
} from "./resources.routes";
import { toAuthor, toPost, toResource } from "./resources.shapes";

export const listResources: RouteHandler<typeof listResourcesRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const readable = resolveReadPredicate(db, caller, "resource");
  const page = resourcePage(db, caller, resourceList, c.req.valid("query"), readable);
  const [loaded] = await db.load(page);
  return c.json(loaded, 200);
};

export const listMyResources: RouteHandler<typeof listMyResourcesRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to list your resources");
  const db = c.get("db");
  const readable = resolveReadPredicate(db, caller, "resource");
  const params = c.req.valid("query");
  const page = resourcePage(db, caller, ownedResourceList, params, readable, caller.subject);
  const [loaded] = await db.load(page);
  return c.json(loaded, 200);
};

export const listWorkspaceResources: RouteHandler<
  typeof listWorkspaceResourcesRoute,
  AppEnv
> = async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const workspace = authorization(db, caller, "workspace", id, "read");
  const readable = resolveReadPredicate(db, caller, "resource");
  const owner = { type: "workspace" as const, id };
  const params = c.req.valid("query");
  const page = resourcePage(db, caller, ownedResourceList, params, readable, owner);
  const [, loaded] = await db.load(workspace, page);
  return c.json(loaded, 200);
};

export const createResource: RouteHandler<typeof createResourceRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to create resources");
  const db = c.get("db");
  const body = c.req.valid("json");
  requireScope(caller, "resources", "write");
  // The owner's rights and the authors' existence, in one round trip when either is named.
  await db.load(
    body.owner ? creationAuthorization(db, caller, "resources", body.owner) : settled(undefined),
    referenceCheck(db, caller, authorReferences(body.authors ?? [], "authors")),
  );
  const owner = body.owner ?? caller.subject;
  const created = await insertResource(db, {
    resource: {
      ownerType: owner.type,
      ownerId: owner.id,
      type: body.type,
      title: body.title,
      excerpt: body.excerpt ?? null,
      status: body.status,
    },
    post: body.post,
    authors: body.authors,
  });
  const data = {
    ...toResource(created.resource),
    post: created.post && toPost(created.post),
    authors: created.authors.map(toAuthor),
  };
  return c.json({ data }, 201);
};

export const getResource: RouteHandler<typeof getResourceRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const caller = c.get("caller");
  const access = authorization(db, caller, "resource", id, "read");
  const included = resourceIncludes(db, caller, [id], new Set(c.req.valid("query").include));
  const [row, embed] = await db.load(access, included);
  return c.json({ data: { ...toResource(row), ...embed(row.id) } }, 200);
};

export const updateResourceFields: RouteHandler<typeof updateResourceRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const current = await authorize(db, c.get("caller"), "resource", id, "write");
  const body = c.req.valid("json");
  const row = await updateResource(
    db,
    id,
    {
      type: body.type,
      title: body.title,
      excerpt: body.excerpt,
      status: body.status,
    },
    current,
    c.get("expectedVersions"),
  );
  // Deleted since the check.
  if (!row) throw notFound("Resource");
  return c.json({ data: toResource(row) }, 200);
};

export const removeResource: RouteHandler<typeof deleteResourceRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await authorize(db, c.get("caller"), "resource", id, "delete");
  await deleteCascading(db, "resource", id, c.get("expectedVersions"));
  return c.body(null, 204);
};
