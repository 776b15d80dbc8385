import { z } from "@hono/zod-openapi";
import { COLLECTION_KINDS, COLLECTION_OWNERS, COLLECTION_TYPES } from "../../db/schema";
import { LISTING_STATUSES } from "../../db/schema/columns";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
} from "../../http/routes";
import { Id, TrimmedText } from "../../http/schemas";
import { Collection } from "./collections.shapes";

const fields = {
  name: TrimmedText(200),
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
  operationId: "listCollections",
  summary: "List the collections you may read",
  description:
    "Newest first; filter by `type`, `kind`, `status`, `owner_type` and `owner_id`, sort by `created_at` or `name`.",
  access: { scope: "collections:read", guests: true },
  query: collectionList.query,
  item: Collection,
});

export const listUserCollectionsRoute = listRoute({
  path: "/users/{id}/collections",
  tags,
  operationId: "listUserCollections",
  summary: "List a user's collections that you may read",
  description: "Newest first; filter by `type`, `kind` and `status`. An unknown user answers 404.",
  access: { scope: "collections:read", guests: true },
  query: ownedCollectionList.query,
  item: Collection,
});

export const listWorkspaceCollectionsRoute = listRoute({
  path: "/workspaces/{id}/collections",
  tags,
  operationId: "listWorkspaceCollections",
  summary: "List a workspace's collections that you may read",
  description:
    "Newest first; filter by `type`, `kind` and `status`. An unknown workspace, or one you may not read, answers 404.",
  access: { scope: ["collections:read", "workspaces:read"], guests: true },
  query: ownedCollectionList.query,
  item: Collection,
});

export const createCollectionRoute = createItemRoute({
  path: "/collections",
  tags,
  operationId: "createCollection",
  summary: "Create a manual collection for yourself or a workspace",
  description:
    "The owner defaults to the caller (a user or workspace key); a workspace owner must be one you may create collections in (403 otherwise, 404 when you may not see it).",
  access: { scope: "collections:write", guests: false },
  body: CreateCollection,
  item: Collection,
});

export const getCollectionRoute = getItemRoute({
  path: "/collections/{id}",
  tags,
  operationId: "getCollection",
  summary: "Get a collection",
  description: "A collection you may not read answers 404, as if it did not exist.",
  access: { scope: "collections:read", guests: true },
  item: Collection,
});

export const updateCollectionRoute = updateItemRoute({
  versioned: true,
  path: "/collections/{id}",
  tags,
  operationId: "updateCollection",
  summary: "Rename, describe, list or unlist a collection",
  description:
    "Needs write on the collection. `name` is trimmed, then must be 1–200 characters, as on creation.",
  access: { scope: "collections:write", guests: false },
  body: UpdateCollection,
  item: Collection,
});

export const deleteCollectionRoute = deleteItemRoute({
  versioned: true,
  path: "/collections/{id}",
  tags,
  operationId: "deleteCollection",
  summary: "Delete a manual collection and every row naming it",
  description:
    "Needs delete on the collection. Static collections are deleted with their owner: deleting one alone answers 409.",
  access: { scope: "collections:write", guests: false },
});
