import type { RouteHandler } from "@hono/zod-openapi";
import type { z } from "zod";
import {
  authorization,
  authorize,
  authorizeCreation,
  requireScope,
  resolveReadPredicate,
} from "../../access/engine";
import { type Caller, subjectOfType } from "../../auth/caller";
import { deleteCascading } from "../../db/cascade";
import type { Database } from "../../db/database";
import type { Plan } from "../../db/plan";
import { ApiError, conflict, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import {
  collectionPage,
  existingUser,
  insertCollection,
  ownedCollectionPage,
  updateCollection,
} from "./collections.queries";
import type {
  createCollectionRoute,
  deleteCollectionRoute,
  getCollectionRoute,
  listCollectionsRoute,
  listUserCollectionsRoute,
  listWorkspaceCollectionsRoute,
  ownedCollectionList,
  updateCollectionRoute,
} from "./collections.routes";
import { toCollection } from "./collections.shapes";

/** Organizations own no collections: their keys name the owner. */
function ownerRequired(): never {
  throw new ApiError(422, "Name the collection's owner: organizations own no collections", [
    { location: "json", path: "owner", message: "Required for organization keys" },
  ]);
}

export const listCollections: RouteHandler<typeof listCollectionsRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const readable = resolveReadPredicate(db, c.get("caller"), "collection");
  const [{ data, meta }] = await db.load(collectionPage(db, c.req.valid("query"), readable));
  return c.json({ data: data.map(toCollection), meta }, 200);
};

/** The owner's collections the caller may read, loaded with the owner's check (`owned`). */
async function ownedCollections(
  db: Database,
  caller: Caller,
  owner: { type: "user" | "workspace"; id: string },
  owned: Plan<unknown>,
  params: z.output<typeof ownedCollectionList.query>,
) {
  const readable = resolveReadPredicate(db, caller, "collection");
  const [, { data, meta }] = await db.load(owned, ownedCollectionPage(db, owner, params, readable));
  return { data: data.map(toCollection), meta };
}

export const listUserCollections: RouteHandler<typeof listUserCollectionsRoute, AppEnv> = async (
  c,
) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const owner = { type: "user", id } as const;
  const page = await ownedCollections(
    db,
    c.get("caller"),
    owner,
    existingUser(db, id),
    c.req.valid("query"),
  );
  return c.json(page, 200);
};

export const listWorkspaceCollections: RouteHandler<
  typeof listWorkspaceCollectionsRoute,
  AppEnv
> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  const owner = { type: "workspace", id } as const;
  const workspace = authorization(db, caller, "workspace", id, "read");
  const page = await ownedCollections(db, caller, owner, workspace, c.req.valid("query"));
  return c.json(page, 200);
};

export const createCollection: RouteHandler<typeof createCollectionRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  const body = c.req.valid("json");
  if (body.owner) await authorizeCreation(db, caller, "collections", body.owner);
  else requireScope(caller, "collections", "write");
  const owner = body.owner ?? subjectOfType(caller, ["user", "workspace"], ownerRequired);
  const row = await insertCollection(db, {
    ownerType: owner.type,
    ownerId: owner.id,
    name: body.name,
    description: body.description ?? null,
    type: "manual",
    kind: null,
    status: body.status,
  });
  return c.json({ data: toCollection(row) }, 201);
};

export const getCollection: RouteHandler<typeof getCollectionRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await authorize(c.get("db"), c.get("caller"), "collection", id, "read");
  return c.json({ data: toCollection(row) }, 200);
};

export const patchCollection: RouteHandler<typeof updateCollectionRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await authorize(db, c.get("caller"), "collection", id, "write");
  const body = c.req.valid("json");
  const row = await updateCollection(
    db,
    id,
    {
      name: body.name,
      description: body.description,
      status: body.status,
    },
    c.get("expectedVersions"),
  );
  // Deleted since the check.
  if (!row) throw notFound("Collection");
  return c.json({ data: toCollection(row) }, 200);
};

export const removeCollection: RouteHandler<typeof deleteCollectionRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const row = await authorize(db, c.get("caller"), "collection", id, "delete");
  if (row.type === "static") throw conflict("Static collections are deleted with their owner");
  await deleteCascading(db, "collection", id, c.get("expectedVersions"));
  return c.body(null, 204);
};
