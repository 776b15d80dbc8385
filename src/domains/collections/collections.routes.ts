import { createRoute, z } from "@hono/zod-openapi";
import { COLLECTION_KINDS, COLLECTION_OWNERS, COLLECTION_TYPES } from "../../db/schema";
import { LISTING_STATUSES } from "../../db/schema/columns";
import { errorResponses, jsonResponse, listEnvelope } from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { createItemRoute, getItemRoute, listRoute, updateItemRoute } from "../../http/routes";
import { Id, IdParams, NoQuery } from "../../http/schemas";
import { Collection } from "./collections.shapes";

const fields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).nullable(),
  status: z.enum(LISTING_STATUSES),
};

/** Only manual collections are created here: static ones come with their owner. */
export const CreateCollection = z
  .strictObject({
    owner: z
      .strictObject({ type: z.enum(COLLECTION_OWNERS), id: Id })
      .optional()
      .openapi({
        description:
          "Yourself or a workspace you may create collections in; default the caller (a user or workspace key)",
      }),
    name: fields.name,
    description: fields.description.optional(),
    status: fields.status.optional(),
  })
  .openapi("CreateCollection");

/**
 * Static collections may be renamed, described and listed or unlisted too:
 * their kind, not their name, is what makes them static. Type and kind never change.
 */
export const UpdateCollection = z
  .strictObject({
    name: fields.name.optional(),
    description: fields.description.optional(),
    status: fields.status.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "Name at least one field to change")
  .openapi("UpdateCollection", {
    description:
      "Static collections too may be renamed, described, listed or unlisted; type and kind never change.",
  });

/** A list of collections, with owner filters unless the path names the owner. */
function collectionListing(ownerFilters: boolean) {
  return defineList({
    table: (t) => t.collections,
    sort: { created_at: "id", name: "name" },
    // Newest first: rows created while paging land before the cursor, never in later pages.
    defaultSort: "-created_at",
    filters: {
      type: { kind: "enum", field: "type", values: COLLECTION_TYPES },
      kind: { kind: "enum", field: "kind", values: COLLECTION_KINDS },
      status: { kind: "enum", field: "status", values: LISTING_STATUSES },
      ...(ownerFilters
        ? {
            owner_type: { kind: "enum", field: "ownerType", values: COLLECTION_OWNERS },
            owner_id: { kind: "id", field: "ownerId" },
          }
        : {}),
    },
  });
}

/** `GET /collections`: every collection the caller may read. */
export const collectionList = collectionListing(true);
/** `/users/{id}/collections`, `/workspaces/{id}/collections`: the owner is in the path. */
export const ownedCollectionList = collectionListing(false);

const tags = ["collections"];

export const listCollectionsRoute = listRoute({
  path: "/collections",
  tags,
  summary: "List the collections you may read",
  query: collectionList.query,
  item: Collection,
});

const ownerListRoute = (owner: "users" | "workspaces") =>
  createRoute({
    method: "get",
    path: `/${owner}/{id}/collections`,
    tags,
    summary: `List a ${owner.slice(0, -1)}'s collections that you may read`,
    request: { params: IdParams, query: ownedCollectionList.query },
    responses: {
      200: jsonResponse(listEnvelope(Collection), "A page of collections"),
      ...errorResponses(400, 401, 403, 404),
    },
  });

export const listUserCollectionsRoute = ownerListRoute("users");
export const listWorkspaceCollectionsRoute = ownerListRoute("workspaces");

export const createCollectionRoute = createItemRoute({
  path: "/collections",
  tags,
  summary: "Create a manual collection for yourself or a workspace",
  body: CreateCollection,
  item: Collection,
});

export const getCollectionRoute = getItemRoute({
  path: "/collections/{id}",
  tags,
  summary: "Get a collection",
  item: Collection,
});

export const updateCollectionRoute = updateItemRoute({
  path: "/collections/{id}",
  tags,
  summary: "Rename, describe, list or unlist a collection",
  body: UpdateCollection,
  item: Collection,
});

export const deleteCollectionRoute = createRoute({
  method: "delete",
  path: "/collections/{id}",
  tags,
  summary: "Delete a manual collection and every row naming it",
  description: "Static collections are deleted with their owner: deleting one alone answers 409.",
  request: { params: IdParams, query: NoQuery },
  responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 404, 409) },
});
