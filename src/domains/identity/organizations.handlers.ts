import type { RouteHandler } from "@hono/zod-openapi";
import { authorization, requireAdminWrite, resolveReadPredicate } from "../../access/engine";
import { forgetAllApiKeys } from "../../auth/api-key-verifier";
import { deleteCascading } from "../../db/cascade";
import type { AppEnv } from "../../http/env";
import { insertOrganization, updateOrganization } from "./organizations.queries";
import {
  type createOrganizationRoute,
  type deleteOrganizationRoute,
  type getOrganizationRoute,
  type listOrganizationsRoute,
  organizationList,
  type updateOrganizationRoute,
} from "./organizations.routes";
import { toOrganization } from "./organizations.shapes";

export const listOrganizations: RouteHandler<typeof listOrganizationsRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const readable = resolveReadPredicate(db, c.get("caller"), "organization");
  const { data, meta } = await organizationList.run(db, c.req.valid("query"), readable);
  return c.json({ data: data.map(toOrganization), meta }, 200);
};

export const createOrganization: RouteHandler<typeof createOrganizationRoute, AppEnv> = async (
  c,
) => {
  requireAdminWrite(c.get("caller"), "identities", "create organizations");
  const body = c.req.valid("json");
  const row = await insertOrganization(c.get("db"), {
    name: body.name,
    slug: body.slug,
    avatarUrl: body.avatar_url ?? null,
    bannerUrl: body.banner_url ?? null,
    theme: body.theme ?? null,
  });
  return c.json({ data: toOrganization(row) }, 201);
};

export const getOrganization: RouteHandler<typeof getOrganizationRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const [row] = await db.load(authorization(db, c.get("caller"), "organization", id, "read"));
  return c.json({ data: toOrganization(row) }, 200);
};

export const updateOrganizationFields: RouteHandler<
  typeof updateOrganizationRoute,
  AppEnv
> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await db.load(authorization(db, c.get("caller"), "organization", id, "write"));
  const body = c.req.valid("json");
  const row = await updateOrganization(
    db,
    id,
    {
      name: body.name,
      slug: body.slug,
      avatarUrl: body.avatar_url,
      bannerUrl: body.banner_url,
      theme: body.theme,
    },
    c.get("expectedVersions"),
  );
  return c.json({ data: toOrganization(row!) }, 200);
};

export const removeOrganization: RouteHandler<typeof deleteOrganizationRoute, AppEnv> = async (
  c,
) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await db.load(authorization(db, c.get("caller"), "organization", id, "delete"));
  await deleteCascading(db, "organization", id, c.get("expectedVersions"));
  // Its keys and its workspaces' keys are gone: this isolate stops trusting them at once.
  forgetAllApiKeys();
  return c.body(null, 204);
};
