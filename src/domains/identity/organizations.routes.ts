import { z } from "@hono/zod-openapi";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
} from "../../http/routes";
import { Id, Slug, Theme, Timestamp, Url } from "../../http/schemas";

export const Organization = z
  .object({
    id: Id,
    name: z.string(),
    slug: z.string(),
    avatar_url: z.string().nullable(),
    banner_url: z.string().nullable(),
    theme: Theme.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Organization");

const fields = {
  name: z.string().trim().min(1).max(200),
  slug: Slug,
  avatar_url: Url.nullable().optional(),
  banner_url: Url.nullable().optional(),
  theme: Theme.nullable().optional(),
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
  query: organizationList.query,
  item: Organization,
});

export const createOrganizationRoute = createItemRoute({
  path: "/organizations",
  tags,
  summary: "Create an organization (admin)",
  body: CreateOrganization,
  item: Organization,
});

export const getOrganizationRoute = getItemRoute({
  path: "/organizations/{id}",
  tags,
  summary: "Get an organization",
  item: Organization,
});

export const updateOrganizationRoute = updateItemRoute({
  path: "/organizations/{id}",
  tags,
  summary: "Update an organization (its members, its own keys, or admin)",
  body: UpdateOrganization,
  item: Organization,
});

export const deleteOrganizationRoute = deleteItemRoute({
  path: "/organizations/{id}",
  tags,
  summary:
    "Delete an organization and everything it owns (whoever controls it: its members, its own keys; or admin)",
  description:
    "One atomic write: the organization, its workspaces (with their resources, collections, links and keys), the resources it owns directly, its API keys, the permission rows naming it (as subject or object), and every author credit, collection item, filter, mention and engagement naming any of it. Its members stay, without an organization; its teams stay, without one.",
});
