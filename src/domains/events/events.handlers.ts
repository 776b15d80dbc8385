import type { RouteHandler } from "@hono/zod-openapi";
import { requireAdmin, requireScope } from "../../access/engine";
import { ApiError, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { ownedEvents, ownerRights } from "./events.queries";
import {
  eventList,
  type listEventsRoute,
  type listMyEventsRoute,
  type listOrganizationEventsRoute,
  type listWorkspaceEventsRoute,
} from "./events.routes";
import { toEvent } from "./events.shapes";

export const listEvents: RouteHandler<typeof listEventsRoute, AppEnv> = async (c) => {
  requireAdmin(c.get("caller"));
  const { data, meta } = await eventList.run(c.get("db"), c.req.valid("query"));
  return c.json({ data: data.map(toEvent), meta }, 200);
};

/** A workspace's or organization's feed: the rights and the page in one round trip. */
const ownerFeed = (kind: "workspace" | "organization") =>
  (async (c) => {
    const caller = c.get("caller");
    requireScope(caller, "events", "read");
    const db = c.get("db");
    const { id } = c.req.valid("param");
    const [rights, page] = await db.load(
      ownerRights(db, caller, kind, id),
      eventList.pagePlan(db, c.req.valid("query"), ownedEvents(db, { type: kind, id })),
    );
    if (!rights.readable) throw notFound(kind === "workspace" ? "Workspace" : "Organization");
    if (!rights.allowed)
      throw new ApiError(403, `Only those who may write this ${kind} read its events`);
    return c.json({ data: page.data.map(toEvent), meta: page.meta }, 200);
  }) satisfies RouteHandler<
    typeof listWorkspaceEventsRoute | typeof listOrganizationEventsRoute,
    AppEnv
  >;

export const listWorkspaceEvents: RouteHandler<typeof listWorkspaceEventsRoute, AppEnv> =
  ownerFeed("workspace");

export const listOrganizationEvents: RouteHandler<typeof listOrganizationEventsRoute, AppEnv> =
  ownerFeed("organization");

export const listMyEvents: RouteHandler<typeof listMyEventsRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "events", "read");
  if (!caller.subject) throw new ApiError(401, "Authentication required");
  const db = c.get("db");
  const { data, meta } = await eventList.run(
    db,
    c.req.valid("query"),
    ownedEvents(db, caller.subject),
  );
  return c.json({ data: data.map(toEvent), meta }, 200);
};
