import { z } from "@hono/zod-openapi";
import { COLLECTION_ITEM_TYPES, ENGAGEMENT_ACTIONS, FILTER_MODES } from "../../db/schema";
import { defineList } from "../../http/list-query";
import { createItemRoute, deleteItemRoute, listRoute } from "../../http/routes";
import { Id } from "../../http/schemas";
import { ItemFilter } from "./filters.shapes";

export const CreateItemFilter = z
  .strictObject({
    item_type: z.enum(COLLECTION_ITEM_TYPES).optional(),
    item_id: Id.optional().openapi({ description: "One item (with its item_type)" }),
    engagement_action: z.enum(ENGAGEMENT_ACTIONS).optional().openapi({
      description: "Items a static collection shows because of this engagement action",
    }),
    mode: z.enum(FILTER_MODES),
  })
  .superRefine((body, ctx) => {
    if (body.item_id !== undefined && body.item_type === undefined) {
      ctx.addIssue({ code: "custom", path: ["item_type"], message: "Required with item_id" });
    }
    if (body.item_type === undefined && body.engagement_action === undefined) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "Name an item_type (and optionally an item_id) or an engagement_action",
      });
    }
  })
  .openapi("CreateCollectionItemFilter");

export const filterList = defineList({
  table: (t) => t.collectionItemFilters,
  sort: { created_at: "id" },
  defaultSort: "created_at",
  filters: { mode: { kind: "enum", field: "mode", values: FILTER_MODES } },
});

const tags = ["collections"];

const RULE =
  "A `hidden` filter hides the items it matches from the collection's listing (and from listings of collections holding it); a more specific `shown` filter of the same collection makes an exception (one item beats type and action together, which beat either alone).";

export const listFiltersRoute = listRoute({
  path: "/collections/{id}/filters",
  tags,
  operationId: "listCollectionFilters",
  summary: "A collection's item filters (for those who may change the collection)",
  description: `${RULE} Listing them needs write on the collection.`,
  access: { scope: "collections:write", guests: false },
  query: filterList.query,
  item: ItemFilter,
});

export const createFilterRoute = createItemRoute({
  path: "/collections/{id}/filters",
  tags,
  operationId: "createCollectionFilter",
  summary: "Hide or show items of a collection by type, by one item or by engagement action",
  description: `${RULE} Needs write on the collection.`,
  access: { scope: "collections:write", guests: false },
  body: CreateItemFilter,
  item: ItemFilter,
});

export const deleteFilterRoute = deleteItemRoute({
  versioned: true,
  path: "/collections/{id}/filters/{filterId}",
  tags,
  operationId: "deleteCollectionFilter",
  summary: "Remove an item filter",
  description: "Needs write on the collection; a filter of another collection answers 404.",
  access: { scope: "collections:write", guests: false },
});
