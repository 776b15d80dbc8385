import { and, eq, gt, gte, inArray, type SQL, sql } from "drizzle-orm";
import type { Caller } from "../../auth/caller";
import type { Database, ExpectedVersions } from "../../db/database";
import { planOf } from "../../db/plan";
import type { Tables } from "../../db/schema";
import { alias, FALSE, lit } from "../../db/sql";
import { type ItemType, itemTable, readableItems } from "./item-access";

/**
 * Whether collection `container` holds collection `id`, directly or through
 * the collections it holds (a recursive CTE; UNION keeps it finite on any graph).
 */
function holds(t: Tables, container: string, id: string): SQL {
  const reach = sql.identifier("held_collection");
  const { table: first, from: firstFrom } = alias(t.collectionItems, "held_item");
  const { table: next, from: nextFrom } = alias(t.collectionItems, "next_held_item");
  return sql`exists (with recursive ${reach}(id) as (
    select ${first.itemId} from ${firstFrom}
      where ${first.collectionId} = ${container} and ${first.itemType} = ${lit("collection")}
    union
    select ${next.itemId} from ${nextFrom} join ${reach} on ${next.collectionId} = ${reach}.id
      where ${next.itemType} = ${lit("collection")}
  ) select 1 from ${reach} where ${reach}.id = ${id})`;
}

const flag = (condition: SQL) => sql<unknown>`case when ${condition} then 1 else 0 end`;

/**
 * The one query that vets an item about to be added to a collection, as a
 * plan: the item's row (undefined when it does not exist) with whether the
 * caller may read it, whether the collection holds it already, whether it
 * would close a cycle (a collection that holds this one), and the
 * collection's last position.
 */
export function itemToAdd(
  db: Database,
  caller: Caller,
  collectionId: string,
  item: { type: ItemType; id: string },
) {
  const { t } = db;
  const table = itemTable(t, item.type) as Tables["resources"];
  const { table: stored, from: storedFrom } = alias(t.collectionItems, "stored_item");
  const inCollection = sql`${stored.collectionId} = ${collectionId}`;
  // Nested fragments: a single-table select writes top-level columns of a field unqualified.
  const held = sql`select 1 from ${storedFrom} where ${inCollection} and ${stored.itemType} = ${lit(item.type)} and ${stored.itemId} = ${item.id}`;
  const lastPosition = sql`select max(${stored.position}) from ${storedFrom} where ${inCollection}`;
  const query = db.orm
    .select({
      row: table,
      readable: flag(readableItems(db, caller, item.type)),
      duplicate: flag(sql`exists (${held})`),
      // Never a bare literal: D1 would name the column "0", which sorts first in its row object.
      cycle: flag(item.type === "collection" ? holds(t, item.id, collectionId) : FALSE),
      lastPosition: sql<number | null>`(${lastPosition})`.mapWith(Number),
    })
    .from(table)
    .where(eq(table.id, item.id))
    .limit(1);
  return planOf(query, ([found]) => found);
}

/**
 * Stores an item at `position`, moving the items at or after it down one
 * when asked to, atomically. A duplicate that raced past the check is a
 * unique violation: 409.
 */
export async function insertItem(
  db: Database,
  values: Tables["collectionItems"]["$inferInsert"] & { position: number },
  makeRoom: boolean,
): Promise<void> {
  const items = db.t.collectionItems;
  const moved = and(
    eq(items.collectionId, values.collectionId),
    gte(items.position, values.position),
  )!;
  await db.atomic((orm) => [
    ...(makeRoom
      ? [
          orm
            .update(items)
            .set({ position: sql`${items.position} + 1` })
            .where(moved),
          // The items moved down: now after the new one's position.
          ...db.recordEvents(
            orm,
            "updated",
            items,
            and(eq(items.collectionId, values.collectionId), gt(items.position, values.position))!,
          ),
        ]
      : []),
    ...db.insertRecorded(orm, items, [values]),
  ]);
}

/** Removes a stored item of the collection (412 when not at an `expected` version); whether there was one. */
export async function deleteItem(
  db: Database,
  collectionId: string,
  id: string,
  expected?: ExpectedVersions,
) {
  const items = db.t.collectionItems;
  const item = and(eq(items.id, id), eq(items.collectionId, collectionId))!;
  return (await db.deleteOne(items, item, expected)) > 0;
}

/** The ids of a collection's stored items. */
export function storedItemIds(db: Database, collectionId: string) {
  const items = db.t.collectionItems;
  return planOf(
    db.orm.select({ id: items.id }).from(items).where(eq(items.collectionId, collectionId)),
    (rows) => new Set(rows.map((row) => row.id)),
  );
}

/** Ids per update: two bound parameters each, under D1's 100 per statement. */
const REORDER_CHUNK = 40;

/** Gives each stored item its index in `ids` as its position, atomically. */
export async function reorderItems(db: Database, collectionId: string, ids: string[]) {
  const items = db.t.collectionItems;
  const chunks = Array.from({ length: Math.ceil(ids.length / REORDER_CHUNK) }, (_, index) =>
    ids.slice(index * REORDER_CHUNK, (index + 1) * REORDER_CHUNK),
  );
  await db.atomic((orm) =>
    chunks.flatMap((chunk, chunkIndex) => {
      const positions = chunk.map(
        (id, index) => sql`when ${id} then ${sql.raw(String(chunkIndex * REORDER_CHUNK + index))}`,
      );
      const reordered = and(eq(items.collectionId, collectionId), inArray(items.id, chunk))!;
      return [
        orm
          .update(items)
          .set({ position: sql`case ${items.id} ${sql.join(positions, sql` `)} end` })
          .where(reordered),
        ...db.recordEvents(orm, "updated", items, reordered),
      ];
    }),
  );
}
