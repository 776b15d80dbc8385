import type { RouteHandler } from "@hono/zod-openapi";
import { authorization, authorize } from "../../access/engine";
import { referenceCheck } from "../../access/references";
import { notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso } from "../../http/schemas";
import { deleteFilter, type FilterRow, filterPage, insertFilter } from "./filters.queries";
import type { createFilterRoute, deleteFilterRoute, listFiltersRoute } from "./filters.routes";

const toItemFilter = (row: FilterRow) => ({
  id: row.id,
  collection_id: row.collectionId,
  item_type: row.itemType,
  item_id: row.itemId,
  engagement_action: row.engagementAction,
  mode: row.mode,
  created_at: iso(row.createdAt),
});

/**
 * Filters are the curator's settings (a `hidden` one may name what it hides):
 * reading them takes the same right as changing the collection.
 */
export const listFilters: RouteHandler<typeof listFiltersRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const collection = authorization(db, c.get("caller"), "collection", id, "write");
  const page = filterPage(db, id, c.req.valid("query"));
  const [found, ...rest] = await db.read(() => [collection.query, ...page.statements]);
  collection.check(found as unknown[]);
  const { data, meta } = page.read(rest);
  return c.json({ data: data.map(toItemFilter), meta }, 200);
};

export const createFilter: RouteHandler<typeof createFilterRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const collection = authorization(db, caller, "collection", id, "write");
  const item = referenceCheck(
    db,
    caller,
    body.item_type && body.item_id
      ? [{ type: body.item_type, id: body.item_id, path: "item_id" }]
      : [],
  );
  const [found, ...rest] = await db.read(() => [collection.query, ...item.statements]);
  collection.check(found as unknown[]);
  item.check(rest);
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
  if (!(await deleteFilter(db, id, filterId))) throw notFound("Filter");
  return c.body(null, 204);
};
