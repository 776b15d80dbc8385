import { and, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Database, ExpectedVersions } from "../../db/database";
import { mapPlan } from "../../db/plan";
import { userExists } from "../../db/users";
import { notFound } from "../../errors";
import { collectionList, ownedCollectionList } from "./collections.routes";
import type { CollectionRow } from "./collections.shapes";

/** A page of the collections matching `readable` (the engine's read predicate), as a plan. */
export const collectionPage = (
  db: Database,
  params: z.output<typeof collectionList.query>,
  readable: SQL | undefined,
) => collectionList.pagePlan(db, params, readable);

/** A page of one owner's collections matching `readable`, as a plan. */
export function ownedCollectionPage(
  db: Database,
  owner: { type: "user" | "workspace"; id: string },
  params: z.output<typeof ownedCollectionList.query>,
  readable: SQL | undefined,
) {
  const { collections } = db.t;
  const scope = and(
    readable,
    eq(collections.ownerType, owner.type),
    eq(collections.ownerId, owner.id),
  );
  return ownedCollectionList.pagePlan(db, params, scope);
}

/** The check that a user exists, as a plan: 404 when not. */
export const existingUser = (db: Database, id: string) =>
  mapPlan(userExists(db, id), (exists) => {
    if (!exists) throw notFound("User");
  });

export async function insertCollection(
  db: Database,
  values: Database["t"]["collections"]["$inferInsert"],
): Promise<CollectionRow> {
  return db.insertOne(db.t.collections, values);
}

export async function updateCollection(
  db: Database,
  id: string,
  patch: Partial<Database["t"]["collections"]["$inferInsert"]>,
  expected?: ExpectedVersions,
): Promise<CollectionRow | undefined> {
  return db.updateById(db.t.collections, id, patch, expected);
}
