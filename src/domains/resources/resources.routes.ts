import { z } from "@hono/zod-openapi";
import { AUTHOR_TYPES, RESOURCE_OWNERS, RESOURCE_TYPES } from "../../db/schema";
import { LISTING_STATUSES } from "../../db/schema/columns";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
} from "../../http/routes";
import { Id, TrimmedText, Url } from "../../http/schemas";
import { RESOURCE_INCLUDES } from "./resources.includes";
import { Resource } from "./resources.shapes";

const fields = {
  type: z.enum(RESOURCE_TYPES),
  title: TrimmedText(300),
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
    role: TrimmedText(32).optional().openapi({ example: "author" }),
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
      q: { kind: "fulltext", index: "resource" },
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

export const listResourcesRoute = listRoute({
  path: "/resources",
  tags,
  summary: "List the resources you may read",
  operationId: "listResources",
  description:
    "Newest first; filter by `type`, `status`, `owner_type`, `owner_id`, `created_at_from`/`created_at_to` and `q` (title or excerpt), embed with `include`.",
  access: { scope: "resources:read", guests: true },
  query: resourceList.query,
  item: Resource,
});

export const listMyResourcesRoute = listRoute({
  path: "/me/resources",
  tags,
  summary: "List the resources the caller's subject owns",
  operationId: "listMyResources",
  description:
    "Newest first; the same filters as `GET /resources` but the owner is the caller's subject.",
  access: { scope: "resources:read", guests: false },
  query: ownedResourceList.query,
  item: Resource,
});

export const listWorkspaceResourcesRoute = listRoute({
  path: "/workspaces/{id}/resources",
  tags,
  summary: "List the resources a workspace owns that you may read",
  operationId: "listWorkspaceResources",
  description:
    "Newest first; the same filters as `GET /resources` but the owner is the workspace. A workspace you may not read answers 404.",
  access: { scope: ["resources:read", "workspaces:read"], guests: true },
  query: ownedResourceList.query,
  item: Resource,
});

export const createResourceRoute = createItemRoute({
  path: "/resources",
  tags,
  summary:
    "Create a resource, with its post and authors in the same atomic write (for yourself, or an organization/workspace you may create in)",
  operationId: "createResource",
  description:
    "The owner defaults to the caller's subject; an organization or workspace owner must be one you may create resources for (403 otherwise, 404 when you may not see it).",
  access: { scope: "resources:write", guests: false },
  body: CreateResource,
  item: Resource,
});

export const getResourceRoute = getItemRoute({
  path: "/resources/{id}",
  tags,
  summary: "Get a resource, with `include=post,authors,links,counts` embedded",
  operationId: "getResource",
  description: "A resource you may not read answers 404, as if it did not exist.",
  access: { scope: "resources:read", guests: true },
  query: ResourceItemQuery,
  item: Resource,
});

export const updateResourceRoute = updateItemRoute({
  versioned: true,
  path: "/resources/{id}",
  tags,
  summary: "Change a resource's type, title, excerpt or status",
  operationId: "updateResource",
  description:
    "Needs write on the resource. `title` is trimmed, then must be 1\u2013300 characters.",
  access: { scope: "resources:write", guests: false },
  body: UpdateResource,
  item: Resource,
});

export const deleteResourceRoute = deleteItemRoute({
  versioned: true,
  path: "/resources/{id}",
  tags,
  summary: "Delete a resource and everything that names it",
  operationId: "deleteResource",
  description: "Needs delete on the resource; every row naming it goes with it.",
  access: { scope: "resources:write", guests: false },
});
