import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import {
  authorization,
  authorize,
  authorizeCreation,
  requireScope,
  resolveReadPredicate,
} from "../../access/engine";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { ApiError, conflict, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import {
  collectionPage,
  deleteCollection,
  insertCollection,
  updateCollection,
  userExists,
} from "./collections.queries";
import {
  collectionList,
  type createCollectionRoute,
  type deleteCollectionRoute,
  type getCollectionRoute,
  type listCollectionsRoute,
  type listUserCollectionsRoute,
  type listWorkspaceCollectionsRoute,
  ownedCollectionList,
  type updateCollectionRoute,
} from "./collections.routes";
import { toCollection } from "./collections.shapes";

/** A user or workspace caller owns what it creates unless the body names another owner. */
function defaultOwner(caller: Caller) {
  const subject = caller.subject;
  if (subject?.type === "user" || subject?.type === "workspace") {
    return { type: subject.type, id: subject.id };
  }
  throw new ApiError(422, "Name the collection's owner: organizations own no collections", [
    { location: "json", path: "owner", message: "Required for organization keys" },
  ]);
}

export const listCollections: RouteHandler<typeof listCollectionsRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const readable = resolveReadPredicate(db, c.get("caller"), "collection");
  const page = collectionPage(db, collectionList, c.req.valid("query"), readable);
  return c.json(page.read(await db.read(() => page.statements)), 200);
};

/** An owner's check (404 when absent or unreadable), to run in the page's round trip. */
interface OwnerCheck {
  query: PromiseLike<unknown>;
  check: (rows: unknown[]) => unknown;
}

/** The owner's collections the caller may read, in one round trip with the owner's check. */
async function ownedCollections(
  db: Database,
  caller: Caller,
  owner: { type: "user" | "workspace"; id: string } & OwnerCheck,
  params: z.output<typeof ownedCollectionList.query>,
) {
  const { collections } = db.t;
  const scope = and(
    resolveReadPredicate(db, caller, "collection"),
    eq(collections.ownerType, owner.type),
    eq(collections.ownerId, owner.id),
  );
  const page = collectionPage(db, ownedCollectionList, params, scope);
  const [found, ...rest] = await db.read(() => [owner.query, ...page.statements]);
  owner.check(found as unknown[]);
  return page.read(rest);
}

export const listUserCollections: RouteHandler<typeof listUserCollectionsRoute, AppEnv> = async (
  c,
) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const user: OwnerCheck = {
    query: userExists(db, id),
    check: (rows) => {
      if (rows.length === 0) throw notFound("User");
    },
  };
  const owner = { type: "user" as const, id, ...user };
  return c.json(await ownedCollections(db, c.get("caller"), owner, c.req.valid("query")), 200);
};

export const listWorkspaceCollections: RouteHandler<
  typeof listWorkspaceCollectionsRoute,
  AppEnv
> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  const workspace = authorization(db, caller, "workspace", id, "read");
  const owner = { type: "workspace" as const, id, ...workspace };
  return c.json(await ownedCollections(db, caller, owner, c.req.valid("query")), 200);
};

export const createCollection: RouteHandler<typeof createCollectionRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  const body = c.req.valid("json");
  if (body.owner) await authorizeCreation(db, caller, "collections", body.owner);
  else requireScope(caller, "collections", "write");
  const owner = body.owner ?? defaultOwner(caller);
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
  const row = await updateCollection(db, id, {
    name: body.name,
    description: body.description,
    status: body.status,
  });
  // Deleted since the check.
  if (!row) throw notFound("Collection");
  return c.json({ data: toCollection(row) }, 200);
};

export const removeCollection: RouteHandler<typeof deleteCollectionRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const row = await authorize(db, c.get("caller"), "collection", id, "delete");
  if (row.type === "static") throw conflict("Static collections are deleted with their owner");
  await deleteCollection(db, id);
  return c.body(null, 204);
};
