import { and, count, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "../../db/database";
import { filterList } from "./filters.routes";

export type FilterRow = Database["t"]["collectionItemFilters"]["$inferSelect"];

/** The statements of one page of a collection's filters; `read` takes their results. */
export function filterPage(
  db: Database,
  collectionId: string,
  params: z.output<typeof filterList.query>,
) {
  const plan = filterList.plan(db, params);
  const f = db.t.collectionItemFilters;
  const scope = eq(f.collectionId, collectionId);
  const rows = db.orm
    .select()
    .from(f)
    .where(and(scope, plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.fetch);
  const total = plan.count
    ? [db.orm.select({ total: count() }).from(f).where(and(scope, plan.filters))]
    : [];
  return {
    statements: [rows, ...total] as PromiseLike<unknown>[],
    read(results: unknown[]) {
      const [found, counted] = results as [FilterRow[], { total: number }[]?];
      return filterList.page(plan, found, counted?.[0]?.total);
    },
  };
}

export async function insertFilter(
  db: Database,
  values: Database["t"]["collectionItemFilters"]["$inferInsert"],
): Promise<FilterRow> {
  const [row] = await db.insertReturning(db.t.collectionItemFilters, [values]);
  return row!;
}

/** Removes a filter of the collection; returns whether there was one. */
export async function deleteFilter(db: Database, collectionId: string, id: string) {
  const f = db.t.collectionItemFilters;
  return (await db.deleteWhere(f, and(eq(f.id, id), eq(f.collectionId, collectionId))!)) > 0;
}
