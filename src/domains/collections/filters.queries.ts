import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database, ExpectedVersions } from "../../db/database";
import { filterList } from "./filters.routes";
import type { FilterRow } from "./filters.shapes";

/** A page of a collection's filters, as a plan. */
export function filterPage(
  db: Database,
  collectionId: string,
  params: z.output<typeof filterList.query>,
) {
  const f = db.t.collectionItemFilters;
  return filterList.pagePlan(db, params, eq(f.collectionId, collectionId));
}

export async function insertFilter(
  db: Database,
  values: Database["t"]["collectionItemFilters"]["$inferInsert"],
): Promise<FilterRow> {
  return db.insertOne(db.t.collectionItemFilters, values);
}

/** Removes a filter of the collection (412 when not at an `expected` version); whether there was one. */
export async function deleteFilter(
  db: Database,
  collectionId: string,
  id: string,
  expected?: ExpectedVersions,
) {
  const f = db.t.collectionItemFilters;
  return (
    (await db.deleteOne(f, and(eq(f.id, id), eq(f.collectionId, collectionId))!, expected)) > 0
  );
}
