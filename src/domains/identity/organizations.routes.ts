import { createRoute, z } from "@hono/zod-openapi";
import {
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
} from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { Id, IdParams, NoQuery, Slug, Theme, Timestamp, Url } from "../../http/schemas";

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

export const listOrganizationsRoute = createRoute({
  method: "get",
  path: "/organizations",
  tags,
  summary: "List organizations",
  request: { query: organizationList.query },
  responses: {
    200: jsonResponse(listEnvelope(Organization), "A page of organizations"),
    ...errorResponses(400, 401, 403),
  },
});

export const createOrganizationRoute = createRoute({
  method: "post",
  path: "/organizations",
  tags,
  summary: "Create an organization (admin)",
  request: {
    body: jsonBody(CreateOrganization),
  },
  responses: {
    201: jsonResponse(itemEnvelope(Organization), "The created organization"),
    ...errorResponses(400, 401, 403, 409, 422),
  },
});

export const getOrganizationRoute = createRoute({
  method: "get",
  path: "/organizations/{id}",
  tags,
  summary: "Get an organization",
  request: { params: IdParams, query: NoQuery },
  responses: {
    200: jsonResponse(itemEnvelope(Organization), "The organization"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const updateOrganizationRoute = createRoute({
  method: "patch",
  path: "/organizations/{id}",
  tags,
  summary: "Update an organization (its members, its own keys, or admin)",
  request: {
    params: IdParams,
    body: jsonBody(UpdateOrganization),
  },
  responses: {
    200: jsonResponse(itemEnvelope(Organization), "The updated organization"),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});
