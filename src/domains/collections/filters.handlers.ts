import type { RouteHandler } from "@hono/zod-openapi";
import { authorization, authorize } from "../../access/engine";
import { referenceCheck } from "../../access/references";
import { notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { deleteFilter, filterPage, insertFilter } from "./filters.queries";
import type { createFilterRoute, deleteFilterRoute, listFiltersRoute } from "./filters.routes";
import { toItemFilter } from "./filters.shapes";

/**
 * Filters are the curator's settings (a `hidden` one may name what it hides):
 * reading them takes the same right as changing the collection.
 */
export const listFilters: RouteHandler<typeof listFiltersRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const [, { data, meta }] = await db.load(
    authorization(db, c.get("caller"), "collection", id, "write"),
    filterPage(db, id, c.req.valid("query")),
  );
  return c.json({ data: data.map(toItemFilter), meta }, 200);
};

export const createFilter: RouteHandler<typeof createFilterRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const item =
    body.item_type && body.item_id
      ? [{ type: body.item_type, id: body.item_id, path: "item_id" }]
      : [];
  await db.load(
    authorization(db, caller, "collection", id, "write"),
    referenceCheck(db, caller, item),
  );
  const row = await insertFilter(db, {
    collectionId: id,
    itemType: body.item_type ?? null,
    itemId: body.item_id ?? null,
    engagementAction: body.engagement_action ?? null,
    mode: body.mode,
  });
  return c.json({ data: toItemFilter(row) }, 201);
};

export const removeFilter: RouteHandler<typeof deleteFilterRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id, filterId } = c.req.valid("param");
  await authorize(db, c.get("caller"), "collection", id, "write");
  if (!(await deleteFilter(db, id, filterId, c.get("expectedVersions")))) {
    throw notFound("Filter");
  }
  return c.body(null, 204);
};
