import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { visibleEngagements } from "../../access/engagements";
import { authorization, requireScope } from "../../access/engine";
import { referenceCheck } from "../../access/references";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { ApiError, conflict, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso, isoOrNull } from "../../http/schemas";
import { userExists } from "../collections/collections.queries";
import { resourceIncludes } from "../resources/resources.includes";
import { noEngagements } from "../resources/resources.shapes";
import {
  deleteEngagement,
  deletion,
  engagementById,
  engagementPage,
  insertEngagement,
  type ObjectRef,
  objectAuthorization,
  objectReadable,
  type StoredEngagement,
  setActivation,
  subscriptionChange,
  subscriptionModeOf,
  workspaceControl,
} from "./engagements.queries";
import {
  type createEngagementRoute,
  type deleteEngagementRoute,
  type getEngagementRoute,
  type listMyEngagementsRoute,
  type listResourceEngagementsRoute,
  type listUserMadeEngagementsRoute,
  objectEngagementList,
  type resourceEngagementCountsRoute,
  subjectEngagementList,
  type updateEngagementRoute,
} from "./engagements.routes";

export const toEngagement = ({ row, mentions }: StoredEngagement) => ({
  id: row.id,
  subject: { type: row.subjectType, id: row.subjectId },
  action: row.action,
  object: { type: row.objectType, id: row.objectId },
  text: row.text,
  mentions,
  activated_at: isoOrNull(row.activatedAt),
  created_at: iso(row.createdAt),
});

const unprocessable = (path: string, message: string) =>
  new ApiError(422, message, [{ location: "json", path, message }]);

/** The engaging subject: the body's workspace, else the calling user or workspace. */
function defaultSubject(caller: Caller) {
  const subject = caller.subject;
  if (subject?.type === "user" || subject?.type === "workspace") {
    return { type: subject.type, id: subject.id };
  }
  throw unprocessable("subject", "Organizations do not engage: name a workspace as the subject");
}

export const createEngagement: RouteHandler<typeof createEngagementRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const body = c.req.valid("json");
  requireScope(caller, "engagements", "write");
  const subject = body.subject ?? defaultSubject(caller);
  const object = objectAuthorization(db, caller, body.object);
  const mentions = referenceCheck(
    db,
    caller,
    (body.mentions ?? []).map((m, index) => ({ ...m, path: `mentions[${index}].id` })),
  );
  // One round trip: the object, the subject workspace, the mentioned rows and,
  // for a subscription to something in a workspace, that workspace's mode.
  const subjectCheck = body.subject ? [workspaceControl(db, caller, body.subject.id)] : [];
  const subscribes = body.action === "subscribe" && body.object.type !== "user";
  const modeRead = subscribes ? [subscriptionModeOf(db, body.object)] : [];
  const [found, ...rest] = await db.read(() => [
    object.query,
    ...subjectCheck,
    ...modeRead,
    ...mentions.statements,
  ]);
  const control = body.subject ? rest.shift() : undefined;
  const [workspaceMode] = subscribes ? (rest.shift() as { mode: string }[]) : [];
  object.check(found as unknown[]);
  if (body.subject) {
    const [rights] = control as { readable: unknown; allowed: unknown }[];
    if (!rights || Number(rights.readable) !== 1) {
      throw unprocessable("subject", `No workspace ${body.subject.id}`);
    }
    if (Number(rights.allowed) !== 1) throw forbidden("You may not engage as this workspace");
  }
  mentions.check(rest);
  const { created, stored } = await insertEngagement(db, {
    subject,
    action: body.action,
    object: body.object,
    text: body.text,
    mentions: body.mentions,
    activatedAt: workspaceMode?.mode === "open" ? new Date() : null,
  });
  return c.json({ data: toEngagement(stored) }, created ? 201 : 200);
};

export const getEngagement: RouteHandler<typeof getEngagementRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  requireScope(caller, "engagements", "read");
  const reads = engagementById(db, caller, c.req.valid("param").id);
  const [found] = reads.read(await db.read(() => reads.statements));
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
  const [found] = await subscriptionChange(db, caller, id);
  if (!found) throw notFound("Engagement");
  if (found.row.action !== "subscribe") throw conflict("Only a subscription is activated");
  if (Number(found.manages) !== 1) {
    throw forbidden("Only the subscribed workspace's owner or an admin may change a subscription");
  }
  const activatedAt = active ? (found.row.activatedAt ?? new Date()) : null;
  const row = await setActivation(db, id, activatedAt);
  // Undone since the check.
  if (!row) throw notFound("Engagement");
  return c.json({ data: toEngagement({ row: { ...row, text: null }, mentions: [] }) }, 200);
};

export const removeEngagement: RouteHandler<typeof deleteEngagementRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  requireScope(caller, "engagements", "write");
  const [found] = await deletion(db, caller, id);
  if (!found) throw notFound("Engagement");
  if (Number(found.mine) !== 1) throw forbidden("Only the engagement's subject may undo it");
  await deleteEngagement(db, id);
  return c.body(null, 204);
};

/** A page of engagements matching `scope`, in one round trip with an optional check. */
async function page(
  db: Database,
  list: typeof objectEngagementList | typeof subjectEngagementList,
  params: z.output<(typeof objectEngagementList)["query"]>,
  scope: SQL | undefined,
  check?: { query: PromiseLike<unknown>; check: (rows: unknown[]) => void },
) {
  const listed = engagementPage(db, list, params, scope);
  const results = await db.read(() => [...(check ? [check.query] : []), ...listed.statements]);
  if (check) check.check(results.shift() as unknown[]);
  const { data, meta } = listed.read(results);
  return { data: data.map(toEngagement), meta };
}

/** `GET /{resources|workspaces|collections|users}/{id}/engagements`: readable objects only. */
export const objectEngagements =
  (type: ObjectRef["type"]): RouteHandler<typeof listResourceEngagementsRoute, AppEnv> =>
  async (c) => {
    const db = c.get("db");
    const caller = c.get("caller");
    requireScope(caller, "engagements", "read");
    const object = { type, id: c.req.valid("param").id };
    const e = db.t.engagements;
    const scope = and(
      eq(e.objectType, type),
      eq(e.objectId, object.id),
      visibleEngagements(db, caller),
    );
    const check = objectAuthorization(db, caller, object);
    return c.json(await page(db, objectEngagementList, c.req.valid("query"), scope, check), 200);
  };

/** Engagements a subject made, with objects the caller may read. */
function madeBy(db: Database, caller: Caller, subject: { type: string; id: string }) {
  const e = db.t.engagements;
  return and(
    eq(e.subjectType, subject.type as "user"),
    eq(e.subjectId, subject.id),
    visibleEngagements(db, caller),
    // Last: the deepest part of the expression (see `objectReadable`).
    objectReadable(db, caller),
  );
}

export const myEngagements: RouteHandler<typeof listMyEngagementsRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  requireScope(caller, "engagements", "read");
  if (!caller.subject) throw new ApiError(401, "Sign in to list your engagements");
  const scope = madeBy(db, caller, caller.subject);
  return c.json(await page(db, subjectEngagementList, c.req.valid("query"), scope), 200);
};

export const userMadeEngagements: RouteHandler<
  typeof listUserMadeEngagementsRoute,
  AppEnv
> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  requireScope(caller, "engagements", "read");
  const { id } = c.req.valid("param");
  const check = {
    query: userExists(db, id),
    check: (rows: unknown[]) => {
      if (rows.length === 0) throw notFound("User");
    },
  };
  const scope = madeBy(db, caller, { type: "user", id });
  return c.json(await page(db, subjectEngagementList, c.req.valid("query"), scope, check), 200);
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
  const access = authorization(db, caller, "resource", id, "read");
  const included = resourceIncludes(db, caller, [id], new Set(["counts"]));
  const [found, ...rest] = await db.read(() => [access.query, ...included.statements]);
  access.check(found as unknown[]);
  return c.json({ data: included.assemble(rest)(id).counts ?? noEngagements() }, 200);
};
