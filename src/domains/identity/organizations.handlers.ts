import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { authorize, requireScope, resolveReadPredicate } from "../../access/engine";
import { forgetAllApiKeys } from "../../auth/api-key-verifier";
import { isAdmin } from "../../auth/caller";
import { deleteStatements } from "../../db/cascade";
import type { Database } from "../../db/database";
import { forbidden } from "../../errors";
import type { AppEnv } from "../../http/env";
import { answeredTheme, iso } from "../../http/schemas";
import {
  type createOrganizationRoute,
  type deleteOrganizationRoute,
  type getOrganizationRoute,
  type listOrganizationsRoute,
  organizationList,
  type updateOrganizationRoute,
} from "./organizations.routes";

type OrganizationRow = Database["t"]["organizations"]["$inferSelect"];

export const toOrganization = (row: OrganizationRow) => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  avatar_url: row.avatarUrl,
  banner_url: row.bannerUrl,
  theme: answeredTheme(row.theme),
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const listOrganizations: RouteHandler<typeof listOrganizationsRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const readable = resolveReadPredicate(db, c.get("caller"), "organization");
  const { data, meta } = await organizationList.run(db, c.req.valid("query"), readable);
  return c.json({ data: data.map(toOrganization), meta }, 200);
};

export const createOrganization: RouteHandler<typeof createOrganizationRoute, AppEnv> = async (
  c,
) => {
  const caller = c.get("caller");
  requireScope(caller, "identities", "write");
  if (!isAdmin(caller)) throw forbidden("Only admins may create organizations");
  const body = c.req.valid("json");
  const db = c.get("db");
  const [row] = await db.insertReturning(db.t.organizations, [
    {
      name: body.name,
      slug: body.slug,
      avatarUrl: body.avatar_url ?? null,
      bannerUrl: body.banner_url ?? null,
      theme: body.theme ?? null,
    },
  ]);
  return c.json({ data: toOrganization(row!) }, 201);
};

export const getOrganization: RouteHandler<typeof getOrganizationRoute, AppEnv> = async (c) => {
  const row = await authorize(
    c.get("db"),
    c.get("caller"),
    "organization",
    c.req.valid("param").id,
    "read",
  );
  return c.json({ data: toOrganization(row) }, 200);
};

export const updateOrganization: RouteHandler<typeof updateOrganizationRoute, AppEnv> = async (
  c,
) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await authorize(db, c.get("caller"), "organization", id, "write");
  const body = c.req.valid("json");
  const [row] = await db.updateReturning(db.t.organizations, eq(db.t.organizations.id, id), {
    name: body.name,
    slug: body.slug,
    avatarUrl: body.avatar_url,
    bannerUrl: body.banner_url,
    theme: body.theme,
  });
  return c.json({ data: toOrganization(row!) }, 200);
};

export const removeOrganization: RouteHandler<typeof deleteOrganizationRoute, AppEnv> = async (
  c,
) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await authorize(db, c.get("caller"), "organization", id, "delete");
  // Everything it owns and every row naming it, atomically (see cascade.ts).
  await db.atomic((orm) => deleteStatements(db, orm, "organization", [id]));
  // Its keys and its workspaces' keys are gone: this isolate stops trusting them at once.
  forgetAllApiKeys();
  return c.body(null, 204);
};
