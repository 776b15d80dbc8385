import type { RouteHandler } from "@hono/zod-openapi";
import {
  authorization,
  authorize,
  authorizeCreation,
  requireScope,
  resolveReadPredicate,
} from "../../access/engine";
import { subjectOfType } from "../../auth/caller";
import { deleteCascading } from "../../db/cascade";
import { settled } from "../../db/plan";
import { ApiError, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { controlsWorkspace, insertWorkspace, updateWorkspace } from "./workspaces.queries";
import {
  type createWorkspaceRoute,
  type deleteWorkspaceRoute,
  type getWorkspaceRoute,
  type listWorkspacesRoute,
  type updateWorkspaceRoute,
  workspaceList,
} from "./workspaces.routes";
import { toWorkspace } from "./workspaces.shapes";

/** A workspace key owns no workspace: it names the owner of one it creates. */
const ownerRequired = () =>
  new ApiError(422, "Name the workspace's owner: a workspace key cannot own one", [
    { location: "json", path: "owner", message: "Required for workspace keys" },
  ]);

export const listWorkspaces: RouteHandler<typeof listWorkspacesRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const readable = resolveReadPredicate(db, c.get("caller"), "workspace");
  const { data, meta } = await workspaceList.run(db, c.req.valid("query"), readable);
  return c.json({ data: data.map(toWorkspace), meta }, 200);
};

export const createWorkspace: RouteHandler<typeof createWorkspaceRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  // Before looking for a default owner, so a guest hears 401.
  requireScope(caller, "workspaces", "write");
  const db = c.get("db");
  const body = c.req.valid("json");
  // A user or organization caller owns what it creates unless the body names another owner.
  const owner = body.owner ?? subjectOfType(caller, ["user", "organization"], ownerRequired);
  await authorizeCreation(db, caller, "workspaces", owner);
  const row = await insertWorkspace(db, {
    name: body.name,
    slug: body.slug,
    description: body.description ?? null,
    ownerType: owner.type,
    ownerId: owner.id,
    avatarUrl: body.avatar_url ?? null,
    bannerUrl: body.banner_url ?? null,
    visibility: body.visibility ?? "public",
    subscriptionMode: body.subscription_mode ?? "managed",
  });
  return c.json({ data: toWorkspace(row) }, 201);
};

export const getWorkspace: RouteHandler<typeof getWorkspaceRoute, AppEnv> = async (c) => {
  const row = await authorize(
    c.get("db"),
    c.get("caller"),
    "workspace",
    c.req.valid("param").id,
    "read",
  );
  return c.json({ data: toWorkspace(row) }, 200);
};

export const patchWorkspace: RouteHandler<typeof updateWorkspaceRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const access = authorization(db, caller, "workspace", id, "write");
  // Who may become a subscriber is the owner's to decide, like its permission rows.
  const changesMode = body.subscription_mode !== undefined;
  const [current, controls] = await db.load(
    access,
    changesMode ? controlsWorkspace(db, caller, id) : settled(true),
  );
  if (!controls) throw forbidden("Only the workspace's owner may change its subscription mode");
  const row = await updateWorkspace(
    db,
    id,
    {
      name: body.name,
      slug: body.slug,
      description: body.description,
      avatarUrl: body.avatar_url,
      bannerUrl: body.banner_url,
      visibility: body.visibility,
      subscriptionMode: body.subscription_mode,
    },
    current,
    c.get("expectedVersions"),
  );
  // Deleted between the check and the update.
  if (!row) throw notFound("Workspace");
  return c.json({ data: toWorkspace(row) }, 200);
};

export const removeWorkspace: RouteHandler<typeof deleteWorkspaceRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await authorize(db, c.get("caller"), "workspace", id, "delete");
  await deleteCascading(db, "workspace", id, c.get("expectedVersions"));
  return c.body(null, 204);
};
