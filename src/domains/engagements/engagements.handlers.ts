import type { RouteHandler } from "@hono/zod-openapi";
import { authorization, requireScope } from "../../access/engine";
import { referenceCheck } from "../../access/references";
import { type Caller, subjectOfType } from "../../auth/caller";
import type { Database } from "../../db/database";
import { mapPlan, settled } from "../../db/plan";
import { ApiError, conflict, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { noEngagements, resourceIncludes } from "../resources";
import {
  deleteEngagement,
  engagementById,
  engagementsMadeBy,
  engagementsWith,
  engagementToDelete,
  insertEngagement,
  objectAuthorization,
  setActivation,
  subscriptionModeOf,
  subscriptionToChange,
  workspaceRights,
} from "./engagements.queries";
import type {
  createEngagementRoute,
  deleteEngagementRoute,
  getEngagementRoute,
  listMyEngagementsRoute,
  listResourceEngagementsRoute,
  listUserMadeEngagementsRoute,
  resourceEngagementCountsRoute,
  updateEngagementRoute,
} from "./engagements.routes";
import { type ObjectRef, toEngagement } from "./engagements.shapes";

const unprocessable = (path: string, message: string) =>
  new ApiError(422, message, [{ location: "json", path, message }]);

/** Organizations do not engage: an organization key names a workspace it controls. */
const subjectRequired = () =>
  unprocessable("subject", "Organizations do not engage: name a workspace as the subject");

/** The check that the caller may act as the subject workspace: 422 as if absent, else 403. */
const workspaceControl = (db: Database, caller: Caller, id: string) =>
  mapPlan(workspaceRights(db, caller, id), ({ readable, allowed }) => {
    if (!readable) throw unprocessable("subject", `No workspace ${id}`);
    if (!allowed) throw forbidden("You may not engage as this workspace");
  });

export const createEngagement: RouteHandler<typeof createEngagementRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const body = c.req.valid("json");
  requireScope(caller, "engagements", "write");
  // The engaging subject: the body's workspace, else the calling user or workspace.
  const subject = body.subject ?? subjectOfType(caller, ["user", "workspace"], subjectRequired);
  const mentions = (body.mentions ?? []).map((m, index) => ({
    ...m,
    path: `mentions[${index}].id`,
  }));
  // One round trip: the object, the subject workspace, for a subscription to
  // something in a workspace that workspace's mode, and the mentioned rows.
  const subscribes = body.action === "subscribe" && body.object.type !== "user";
  const [, , workspaceMode] = await db.load(
    objectAuthorization(db, caller, body.object),
    body.subject ? workspaceControl(db, caller, body.subject.id) : settled(undefined),
    subscribes ? subscriptionModeOf(db, body.object) : settled(undefined),
    referenceCheck(db, caller, mentions),
  );
  const { created, stored } = await insertEngagement(db, {
    subject,
    action: body.action,
    object: body.object,
    text: body.text,
    mentions: body.mentions,
    activatedAt: workspaceMode === "open" ? new Date() : null,
  });
  return c.json({ data: toEngagement(stored) }, created ? 201 : 200);
};

export const getEngagement: RouteHandler<typeof getEngagementRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  requireScope(caller, "engagements", "read");
  const [found] = await db.load(engagementById(db, caller, c.req.valid("param").id));
  if (!found) throw notFound("Engagement");
  return c.json({ data: toEngagement(found) }, 200);
};

/** Activates or deactivates a subscription: the subscribed workspace's owner, or an admin. */
export const changeEngagement: RouteHandler<typeof updateEngagementRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  const { active } = c.req.valid("json");
  requireScope(caller, "engagements", "write");
  const [found] = await db.load(subscriptionToChange(db, caller, id));
  if (!found) throw notFound("Engagement");
  if (found.row.action !== "subscribe") throw conflict("Only a subscription is activated");
  if (!found.allowed) {
    throw forbidden("Only the subscribed workspace's owner or an admin may change a subscription");
  }
  const activatedAt = active ? (found.row.activatedAt ?? new Date()) : null;
  const row = await setActivation(db, id, activatedAt, c.get("expectedVersions"));
  // Undone since the check.
  if (!row) throw notFound("Engagement");
  return c.json({ data: toEngagement({ row: { ...row, text: null }, mentions: [] }) }, 200);
};

export const removeEngagement: RouteHandler<typeof deleteEngagementRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  requireScope(caller, "engagements", "write");
  const [found] = await db.load(engagementToDelete(db, caller, id));
  if (!found) throw notFound("Engagement");
  if (!found.allowed) throw forbidden("Only the engagement's subject may undo it");
  // 0: undone since the check.
  if ((await deleteEngagement(db, id, c.get("expectedVersions"))) === 0) {
    throw notFound("Engagement");
  }
  return c.body(null, 204);
};

/** `GET /{resources|workspaces|collections|users}/{id}/engagements`: readable objects only. */
export const objectEngagements =
  (type: ObjectRef["type"]): RouteHandler<typeof listResourceEngagementsRoute, AppEnv> =>
  async (c) => {
    const db = c.get("db");
    const caller = c.get("caller");
    requireScope(caller, "engagements", "read");
    const object = { type, id: c.req.valid("param").id };
    const [, page] = await db.load(
      objectAuthorization(db, caller, object),
      engagementsWith(db, caller, object, c.req.valid("query")),
    );
    return c.json(page, 200);
  };

export const myEngagements: RouteHandler<typeof listMyEngagementsRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  requireScope(caller, "engagements", "read");
  if (!caller.subject) throw new ApiError(401, "Sign in to list your engagements");
  const [page] = await db.load(engagementsMadeBy(db, caller, caller.subject, c.req.valid("query")));
  return c.json(page, 200);
};

export const userMadeEngagements: RouteHandler<
  typeof listUserMadeEngagementsRoute,
  AppEnv
> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  requireScope(caller, "engagements", "read");
  const user = { type: "user" as const, id: c.req.valid("param").id };
  const [, page] = await db.load(
    objectAuthorization(db, caller, user),
    engagementsMadeBy(db, caller, user, c.req.valid("query")),
  );
  return c.json(page, 200);
};

/** The resources `counts` include, for one resource. */
export const resourceEngagementCounts: RouteHandler<
  typeof resourceEngagementCountsRoute,
  AppEnv
> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  requireScope(caller, "engagements", "read");
  const { id } = c.req.valid("param");
  const [, embed] = await db.load(
    authorization(db, caller, "resource", id, "read"),
    resourceIncludes(db, caller, [id], new Set(["counts"])),
  );
  return c.json({ data: embed(id).counts ?? noEngagements() }, 200);
};
