import { createRoute, z } from "@hono/zod-openapi";
import { AUTHOR_TYPES, RESOURCE_OWNERS, RESOURCE_TYPES } from "../../db/schema";
import { LISTING_STATUSES } from "../../db/schema/columns";
import { errorResponses, itemEnvelope, jsonResponse, listEnvelope } from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { createItemRoute, deleteItemRoute, updateItemRoute } from "../../http/routes";
import { Id, IdParams, Url } from "../../http/schemas";
import { RESOURCE_INCLUDES } from "./resources.includes";
import { Resource } from "./resources.shapes";

const fields = {
  type: z.enum(RESOURCE_TYPES),
  title: z.string().trim().min(1).max(300),
  excerpt: z.string().max(2000).nullable(),
  status: z.enum(LISTING_STATUSES),
};

export const PostBody = z
  .strictObject({
    // MySQL's TEXT holds 64 KiB; the same limit everywhere.
    body: z.string().min(1).max(65_535),
    body_html: z.string().max(65_535).nullable().optional(),
    featured_image_url: Url.nullable().optional(),
  })
  .openapi("WritePost");

export const AuthorBody = z
  .strictObject({
    type: z.enum(AUTHOR_TYPES),
    id: Id.openapi({ description: "The user or workspace credited" }),
    role: z.string().trim().min(1).max(32).optional().openapi({ example: "author" }),
  })
  .openapi("AddAuthor");

export const CreateResource = z
  .strictObject({
    owner: z
      .strictObject({ type: z.enum(["organization", "workspace"]), id: Id })
      .optional()
      .openapi({
        description:
          "An organization or workspace the caller may create resources for; default the caller",
      }),
    ...fields,
    excerpt: fields.excerpt.optional(),
    status: fields.status.optional(),
    post: PostBody.optional(),
    authors: z.array(AuthorBody).max(20).optional(),
  })
  .openapi("CreateResource");

export const UpdateResource = z
  .strictObject({
    type: fields.type.optional(),
    title: fields.title.optional(),
    excerpt: fields.excerpt.optional(),
    status: fields.status.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "Name at least one field to change")
  .openapi("UpdateResource");

/** A list of resources, with owner filters unless the endpoint names the owner itself. */
function resourceListing(ownerFilters: boolean) {
  return defineList({
    table: (t) => t.resources,
    sort: { created_at: "id", title: "title" },
    // Newest first: rows created while paging land before the cursor, never in later pages.
    defaultSort: "-created_at",
    filters: {
      type: { kind: "enum", field: "type", values: RESOURCE_TYPES },
      status: { kind: "enum", field: "status", values: LISTING_STATUSES },
      created_at: { kind: "date", field: "createdAt" },
      q: { kind: "search", fields: ["title", "excerpt"] },
      ...(ownerFilters
        ? {
            owner_type: { kind: "enum", field: "ownerType", values: RESOURCE_OWNERS },
            owner_id: { kind: "id", field: "ownerId" },
          }
        : {}),
    },
    include: RESOURCE_INCLUDES,
  });
}

/** `GET /resources`: every resource the caller may read. */
export const resourceList = resourceListing(true);
/** `/me/resources`, `/workspaces/{id}/resources`: the owner comes from the path or the caller. */
export const ownedResourceList = resourceListing(false);

export const ResourceItemQuery = z.strictObject({ include: resourceList.query.shape.include });

const tags = ["resources"];

export const listResourcesRoute = createRoute({
  method: "get",
  path: "/resources",
  tags,
  summary: "List the resources you may read",
  request: { query: resourceList.query },
  responses: {
    200: jsonResponse(listEnvelope(Resource), "A page of resources"),
    ...errorResponses(400, 401, 403),
  },
});

export const listMyResourcesRoute = createRoute({
  method: "get",
  path: "/me/resources",
  tags,
  summary: "List the resources the caller's subject owns",
  request: { query: ownedResourceList.query },
  responses: {
    200: jsonResponse(listEnvelope(Resource), "A page of resources"),
    ...errorResponses(400, 401, 403),
  },
});

export const listWorkspaceResourcesRoute = createRoute({
  method: "get",
  path: "/workspaces/{id}/resources",
  tags,
  summary: "List the resources a workspace owns that you may read",
  request: { params: IdParams, query: ownedResourceList.query },
  responses: {
    200: jsonResponse(listEnvelope(Resource), "A page of resources"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const createResourceRoute = createItemRoute({
  path: "/resources",
  tags,
  summary:
    "Create a resource, with its post and authors in the same atomic write (for yourself, or an organization/workspace you may create in)",
  body: CreateResource,
  item: Resource,
});

export const getResourceRoute = createRoute({
  method: "get",
  path: "/resources/{id}",
  tags,
  summary: "Get a resource, with `include=post,authors,links,counts` embedded",
  request: { params: IdParams, query: ResourceItemQuery },
  responses: {
    200: jsonResponse(itemEnvelope(Resource), "The resource"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const updateResourceRoute = updateItemRoute({
  path: "/resources/{id}",
  tags,
  summary: "Change a resource's type, title, excerpt or status",
  body: UpdateResource,
  item: Resource,
});

export const deleteResourceRoute = deleteItemRoute({
  path: "/resources/{id}",
  tags,
  summary: "Delete a resource and everything that names it",
});
