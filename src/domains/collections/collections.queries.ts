import { and, count, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { deleteStatements } from "../../db/cascade";
import type { Database } from "../../db/database";
import type { collectionList } from "./collections.routes";
import { type CollectionRow, toCollection } from "./collections.shapes";

/** `collectionList` and `ownedCollectionList` differ only in their filters. */
type CollectionListing = typeof collectionList;

/**
 * The statements of one page of collections matching `scope` (and its total
 * when asked for): run them in one `db.read`, after any other reads of the
 * request, and give their results to `read`.
 */
export function collectionPage(
  db: Database,
  list: CollectionListing,
  params: z.output<CollectionListing["query"]>,
  scope: SQL | undefined,
) {
  const plan = list.plan(db, params);
  const c = db.t.collections;
  const rows = db.orm
    .select()
    .from(c)
    .where(and(scope, plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  const total = plan.count
    ? [db.orm.select({ total: count() }).from(c).where(and(scope, plan.filters))]
    : [];
  return {
    statements: [rows, ...total] as PromiseLike<unknown>[],
    read(results: unknown[]) {
      const [found, counted] = results as [CollectionRow[], { total: number }[]?];
      const { data, meta } = list.page(plan, found, counted?.[0]?.total);
      return { data: data.map(toCollection), meta };
    },
  };
}

/** Whether a user exists (users are public: no permission applies). */
export function userExists(db: Database, id: string) {
  const { users } = db.t;
  return db.orm.select({ id: users.id }).from(users).where(eq(users.id, id)).limit(1);
}

export async function insertCollection(
  db: Database,
  values: Database["t"]["collections"]["$inferInsert"],
): Promise<CollectionRow> {
  const [row] = await db.insertReturning(db.t.collections, [values]);
  return row!;
}

export async function updateCollection(
  db: Database,
  id: string,
  patch: Partial<Database["t"]["collections"]["$inferInsert"]>,
): Promise<CollectionRow | undefined> {
  const [row] = await db.updateReturning(db.t.collections, eq(db.t.collections.id, id), patch);
  return row;
}

/** The collection, its items and filters, and every row naming it, atomically (see cascade.ts). */
export async function deleteCollection(db: Database, id: string): Promise<void> {
  await db.atomic((orm) => deleteStatements(db, orm, "collection", [id]));
}
