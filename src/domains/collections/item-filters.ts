/**
 * The rule of item filters (`collection_item_filters`), as SQL. A filter
 * matches an item by type, by one item (type and id) and/or by the engagement
 * action that put it in a static collection; it hides or shows what it matches.
 *
 * Each collection decides for itself: an item is hidden by a collection when
 * one of its `hidden` filters matches it and none of its more specific `shown`
 * filters does (one item is more specific than type and action together, which
 * are more specific than either alone). So `shown` carves exceptions out of a
 * broader `hidden`. A listing applies the filters of the listed collection and
 * of every collection between it and the item: any of them may hide it.
 */
import { and, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { is } from "../../access/principals";
import type { Tables } from "../../db/schema";
import { alias } from "../../db/sql";

export interface FilteredItem {
  type: SQLWrapper;
  id: SQLWrapper;
  /** The engagement action an item of a static collection comes from; none for stored items. */
  action?: SQLWrapper;
}

type Filter = Tables["collectionItemFilters"];

function matches(f: Filter, item: FilteredItem): SQL {
  return and(
    sql`(${f.itemType} is null or ${f.itemType} = ${item.type})`,
    sql`(${f.itemId} is null or ${f.itemId} = ${item.id})`,
    item.action
      ? sql`(${f.engagementAction} is null or ${f.engagementAction} = ${item.action})`
      : sql`${f.engagementAction} is null`,
  )!;
}

const specificity = (f: Filter) =>
  sql`case when ${f.itemId} is not null then 3 when ${f.itemType} is not null and ${f.engagementAction} is not null then 2 else 1 end`;

/**
 * Whether any of `collections` (ids, as SQL values; a null stands for none)
 * hides `item`: one lookup per collection, each an index seek that reads
 * nothing when the collection has no filters. (`collection_id in (…)` reads
 * the ids through a temporary table on SQLite, which D1 bills as rows read
 * for every item.)
 */
export function hiddenByFilters(t: Tables, collections: SQLWrapper[], item: FilteredItem): SQL {
  return or(...collections.map((collection) => hiddenBy(t, collection, item)))!;
}

function hiddenBy(t: Tables, collection: SQLWrapper, item: FilteredItem): SQL {
  const { table: hiding, from: hidingFrom } = alias(t.collectionItemFilters, "hiding_filter");
  const { table: showing, from: showingFrom } = alias(t.collectionItemFilters, "showing_filter");
  const exception = sql`select 1 from ${showingFrom} where ${and(
    sql`${showing.collectionId} = ${hiding.collectionId}`,
    is(showing.mode, "shown"),
    matches(showing, item),
    sql`${specificity(showing)} > ${specificity(hiding)}`,
  )}`;
  return sql`exists (select 1 from ${hidingFrom} where ${and(
    sql`${hiding.collectionId} = ${collection}`,
    is(hiding.mode, "hidden"),
    matches(hiding, item),
    sql`not exists (${exception})`,
  )})`;
}
