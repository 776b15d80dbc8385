import { z } from "@hono/zod-openapi";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
} from "../../http/routes";
import { orNull, Slug, Theme, TrimmedText, Url } from "../../http/schemas";
import { Organization } from "./organizations.shapes";

const fields = {
  name: TrimmedText(200),
  slug: Slug,
  avatar_url: Url.nullable().optional(),
  banner_url: Url.nullable().optional(),
  theme: orNull(Theme).optional(),
};

export const CreateOrganization = z.strictObject(fields).openapi("CreateOrganization");
export const UpdateOrganization = z
  .strictObject({ ...fields, name: fields.name.optional(), slug: fields.slug.optional() })
  .openapi("UpdateOrganization");

export const organizationList = defineList({
  table: (t) => t.organizations,
  sort: { created_at: "id", name: "name", slug: "slug" },
  defaultSort: "created_at",
  filters: { q: { kind: "search", fields: ["name", "slug"] } },
});

const tags = ["identity"];

export const listOrganizationsRoute = listRoute({
  path: "/organizations",
  tags,
  summary: "List organizations",
  operationId: "listOrganizations",
  description:
    "The organizations you may read. Filter with `q` (name or slug), sort by `created_at`, `name` or `slug`.",
  access: { scope: "identities:read", guests: true },
  query: organizationList.query,
  item: Organization,
});

export const createOrganizationRoute = createItemRoute({
  path: "/organizations",
  tags,
  summary: "Create an organization (admin)",
  operationId: "createOrganization",
  description: "A slug already taken answers 409 naming `slug`.",
  access: { scope: "admin", guests: false },
  body: CreateOrganization,
  item: Organization,
});

export const getOrganizationRoute = getItemRoute({
  path: "/organizations/{id}",
  tags,
  summary: "Get an organization",
  operationId: "getOrganization",
  description: "An organization you may not read answers 404, as if it did not exist.",
  access: { scope: "identities:read", guests: true },
  item: Organization,
});

export const updateOrganizationRoute = updateItemRoute({
  versioned: true,
  path: "/organizations/{id}",
  tags,
  summary: "Update an organization (its members, its own keys, or admin)",
  operationId: "updateOrganization",
  description: "Needs write on the organization; a slug already taken answers 409 naming `slug`.",
  access: { scope: "identities:write", guests: false },
  body: UpdateOrganization,
  item: Organization,
});

export const deleteOrganizationRoute = deleteItemRoute({
  versioned: true,
  path: "/organizations/{id}",
  tags,
  summary:
    "Delete an organization and everything it owns (whoever controls it: its members, its own keys; or admin)",
  operationId: "deleteOrganization",
  access: { scope: "identities:write", guests: false },
  description:
    "One atomic write: the organization, its workspaces (with their resources, collections, links and keys), the resources it owns directly, its API keys, the permission rows naming it (as subject or object), and every author credit, collection item, filter, mention and engagement naming any of it. Its members stay, without an organization; its teams stay, without one.",
});
