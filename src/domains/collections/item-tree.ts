/**
 * The items of a collection, static or manual, resolved in one query (DESIGN
 * §2, the collection contract).
 *
 * A recursive CTE walks the collections reached from the listed one through
 * stored items (`collection_items` naming a collection), as deep as
 * MAX_DEPTH: the listed collection's items are at depth 1, the items of a
 * collection inside it at depth 2, and so on; a collection at MAX_DEPTH is
 * shown but not opened. Stored items may not form a cycle (adding one is
 * refused), and the bound holds even if a race made one.
 *
 * Each collection reached contributes its entries: a manual one its stored
 * items; a static `resources` one its owner's LISTED resources; a static
 * engagement one (likes, follows, …) the objects of its owner's engagements
 * with that action. So static collections are derived at read time and never
 * drift, and a resource shows according to the collection that directly holds
 * it (its origin): through a static `resources` collection only when LISTED,
 * through anything else whatever its status. Collections reached through an
 * engagement (a liked collection) are shown, not opened: liking is not holding.
 *
 * A nested collection is an entry itself, followed by its own entries
 * (pre-order), each naming its origin; a collection held twice shows its
 * entries under each place that holds it. Unreadable collections are neither
 * shown nor opened, and item filters hide entries (see item-filters.ts); every
 * shown row passes the caller's read permission for its kind.
 *
 * Order and paging: each entry has a key of (position, id) per depth — the
 * stored position (0 for derived entries) and the stored item's id (the
 * resource or engagement id for derived ones, time-ordered) — with -1 below
 * its own depth, so a collection sorts right before its contents. Pages are
 * keyset over that key. The listed collection itself is row zero of every
 * page: its absence (unreadable) is the 404, in the same single query.
 *
 * Cost: the tree is expanded in full on each page (no index can order it),
 * so a page reads what the listed collection reaches, not O(limit) rows.
 */
import { and, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import type { CollectionKind, EngagementAction } from "../../db/schema";
import { alias, lit } from "../../db/sql";
import { badRequest } from "../../http/errors";
import { type ItemType, readableItems } from "./item-access";
import { hiddenByFilters } from "./item-filters";

/** How deep a listing reaches into nested collections. */
export const MAX_DEPTH = 5;

/** The engagement action each static collection kind (other than `resources`) shows. */
const KIND_ACTIONS: Record<Exclude<CollectionKind, "resources">, EngagementAction> = {
  following: "follow",
  reposts: "repost",
  likes: "like",
  bookmarks: "bookmark",
  subscriptions: "subscribe",
  comments: "comment",
};

const DEPTHS = Array.from({ length: MAX_DEPTH }, (_, index) => index + 1);
/** a0 (the listed collection) … a{MAX_DEPTH-1}: the collections between it and an entry. */
const PATH_COLUMNS = Array.from({ length: MAX_DEPTH }, (_, index) => `a${index}`);
const KEY_COLUMNS = DEPTHS.flatMap((depth) => [`p${depth}`, `r${depth}`]);
const TREE_COLUMNS = [
  "collection_id",
  "collection_kind",
  "owner_type",
  "owner_id",
  "node_depth",
  ...KEY_COLUMNS,
  ...PATH_COLUMNS,
];

/** The columns of an entry: where it comes from, what it is, its key and its path. */
const ENTRY_COLUMNS = [
  "origin_id",
  "item_type",
  "item_id",
  "entry_id",
  "entry_position",
  "engagement_action",
  "item_depth",
  ...KEY_COLUMNS,
  ...PATH_COLUMNS,
];

const TREE = sql.identifier("collection_tree");
const ref = (table: string, column: string) =>
  sql`${sql.identifier(table)}.${sql.identifier(column)}`;
const node = (column: string) => ref("node", column);
const entry = (column: string) => ref("tree_entry", column);
const list = (parts: SQLWrapper[]) => sql.join(parts, sql`, `);
const number = (value: number) => sql.raw(String(value));

/** The depth of what a tree node holds. */
const childDepth = sql`${node("node_depth")} + 1`;

/** A node's key with the child depth set to (position, id). */
const childKey = (position: SQLWrapper, id: SQLWrapper) =>
  DEPTHS.flatMap((depth) => {
    const here = sql`${childDepth} = ${number(depth)}`;
    return [
      sql`case when ${here} then ${position} else ${node(`p${depth}`)} end`,
      sql`case when ${here} then ${id} else ${node(`r${depth}`)} end`,
    ];
  });

/** A page position: the key of the last entry of the previous page. */
export type TreeKey = (number | string)[];

const toBase64Url = (text: string) =>
  btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export const encodeTreeKey = (key: TreeKey) => toBase64Url(JSON.stringify(key));

export function decodeTreeKey(cursor: string): TreeKey {
  let key: unknown;
  try {
    key = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/")));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === KEY_COLUMNS.length &&
    key.every((part, index) =>
      index % 2 === 0 ? Number.isSafeInteger(part) : typeof part === "string" && part.length <= 36,
    );
  if (!valid) {
    throw badRequest("Invalid cursor", [
      { location: "query", path: "cursor", message: "Not a cursor this API issued" },
    ]);
  }
  return key as TreeKey;
}

/** The recursive CTE: the listed collection and the readable collections it holds. */
function treeCte(db: Database, caller: Caller, collectionId: string): SQL {
  const { t } = db;
  const { table: root, from: rootFrom } = alias(t.collections, "root_collection");
  const anchor = sql`select ${list([
    root.id,
    root.kind,
    root.ownerType,
    root.ownerId,
    sql`0`,
    ...DEPTHS.flatMap(() => [sql`-1`, root.id]),
    ...PATH_COLUMNS.map(() => root.id),
  ])} from ${rootFrom} where ${root.id} = ${collectionId}`;

  // The held collection is joined unaliased: the engine's predicate is written over it.
  const held = t.collections;
  const { table: item, from: itemFrom } = alias(t.collectionItems, "nested_item");
  const step = sql`select ${list([
    held.id,
    held.kind,
    held.ownerType,
    held.ownerId,
    childDepth,
    ...childKey(item.position, item.id),
    node("a0"),
    ...PATH_COLUMNS.slice(1).map(
      (column, index) =>
        sql`case when ${childDepth} <= ${number(index + 1)} then ${held.id} else ${node(column)} end`,
    ),
  ])} from ${TREE} ${sql.identifier("node")}
    join ${itemFrom} on ${item.collectionId} = ${node("collection_id")} and ${item.itemType} = ${lit("collection")}
    join ${held} on ${held.id} = ${item.itemId}
    where ${and(
      sql`${node("node_depth")} < ${number(MAX_DEPTH - 1)}`,
      readableItems(db, caller, "collection"),
      sql`not ${hiddenByFilters(t, PATH_COLUMNS.map(node), { type: lit("collection"), id: item.itemId })}`,
    )}`;

  return sql`with recursive ${TREE}(${sql.raw(TREE_COLUMNS.join(", "))}) as (${anchor} union all ${step})`;
}

/** What each tree node contributes: the listed collection itself (depth 0) and its entries. */
function entries(db: Database): SQL {
  const { t } = db;
  const part = (
    columns: {
      itemType: SQLWrapper;
      itemId: SQLWrapper;
      entryId: SQLWrapper;
      position: SQLWrapper;
      action: SQLWrapper;
      depth: SQLWrapper;
      key: SQLWrapper[];
    },
    rest: SQL,
  ) => {
    const values = [
      node("collection_id"),
      columns.itemType,
      columns.itemId,
      columns.entryId,
      columns.position,
      columns.action,
      columns.depth,
      ...columns.key,
      ...PATH_COLUMNS.map(node),
    ];
    const named = values.map(
      (value, index) => sql`${value} as ${sql.identifier(ENTRY_COLUMNS[index]!)}`,
    );
    return sql`select ${list(named)} from ${TREE} ${sql.identifier("node")} ${rest}`;
  };

  const listed = part(
    {
      itemType: lit("collection"),
      itemId: node("collection_id"),
      entryId: sql`null`,
      position: sql`null`,
      action: sql`null`,
      depth: sql`0`,
      key: KEY_COLUMNS.map(node),
    },
    sql`where ${node("node_depth")} = 0`,
  );

  const { table: stored, from: storedFrom } = alias(t.collectionItems, "stored_item");
  const manual = part(
    {
      itemType: stored.itemType,
      itemId: stored.itemId,
      entryId: stored.id,
      position: stored.position,
      action: sql`null`,
      depth: childDepth,
      key: childKey(stored.position, stored.id),
    },
    sql`join ${storedFrom} on ${stored.collectionId} = ${node("collection_id")}`,
  );

  const { table: owned, from: ownedFrom } = alias(t.resources, "owned_resource");
  const ownResources = part(
    {
      itemType: lit("resource"),
      itemId: owned.id,
      entryId: sql`null`,
      position: sql`null`,
      action: sql`null`,
      depth: childDepth,
      key: childKey(sql`0`, owned.id),
    },
    sql`join ${ownedFrom} on ${and(
      sql`${node("collection_kind")} = ${lit("resources")}`,
      sql`${owned.ownerType} = ${node("owner_type")}`,
      sql`${owned.ownerId} = ${node("owner_id")}`,
      sql`${owned.status} = ${lit("LISTED")}`,
    )}`,
  );

  const { table: done, from: doneFrom } = alias(t.engagements, "owner_engagement");
  const kindAction = sql`case ${node("collection_kind")} ${sql.join(
    Object.entries(KIND_ACTIONS).map(
      ([kind, action]) => sql`when ${lit(kind)} then ${lit(action)}`,
    ),
    sql` `,
  )} end`;
  const engaged = part(
    {
      itemType: done.objectType,
      itemId: done.objectId,
      entryId: sql`null`,
      position: sql`null`,
      action: done.action,
      depth: childDepth,
      key: childKey(sql`0`, done.id),
    },
    sql`join ${doneFrom} on ${and(
      sql`${done.subjectType} = ${node("owner_type")}`,
      sql`${done.subjectId} = ${node("owner_id")}`,
      sql`${done.action} = ${kindAction}`,
    )}`,
  );

  return sql.join([listed, manual, ownResources, engaged], sql` union all `);
}

/**
 * One page of a collection's entries after `after` (or from the start), led
 * by the listed collection's own row (depth 0) when the caller may read it:
 * up to `limit + 2` rows, one query.
 */
export function itemTreePage(
  db: Database,
  caller: Caller,
  collectionId: string,
  page: { limit: number; after?: TreeKey },
) {
  const { t } = db;
  const { resources, workspaces, collections, users } = t;
  const itemType = entry("item_type");
  const itemId = entry("item_id");
  const joined = (type: ItemType, id: SQLWrapper) =>
    and(sql`${itemType} = ${lit(type)}`, sql`${id} = ${itemId}`);

  const visible = or(
    ...(
      [
        ["resource", resources.id],
        ["workspace", workspaces.id],
        ["collection", collections.id],
        ["user", users.id],
      ] as const
    ).map(([type, id]) =>
      and(sql`${itemType} = ${lit(type)}`, sql`${id} is not null`, readableItems(db, caller, type)),
    ),
  );
  const shown = sql`not ${hiddenByFilters(t, PATH_COLUMNS.map(entry), {
    type: itemType,
    id: itemId,
    action: entry("engagement_action"),
  })}`;
  const after = page.after
    ? sql`(${list(KEY_COLUMNS.map(entry))}) > (${list(page.after.map((part) => sql`${part}`))})`
    : undefined;
  const isListed = sql`${entry("item_depth")} = 0`;

  const source = sql`(${treeCte(db, caller, collectionId)} ${entries(db)}) ${sql.identifier("tree_entry")}`;
  return db.orm
    .select({
      originId: sql<string>`${entry("origin_id")}`,
      itemType: sql<ItemType>`${itemType}`,
      itemId: sql<string>`${itemId}`,
      entryId: sql<string | null>`${entry("entry_id")}`,
      position: sql<number | null>`${entry("entry_position")}`.mapWith(Number),
      depth: sql<number>`${entry("item_depth")}`.mapWith(Number),
      key: Object.fromEntries(
        KEY_COLUMNS.map((column, index) => [
          column,
          index % 2 === 0
            ? sql<number>`${entry(column)}`.mapWith(Number)
            : sql<string>`${entry(column)}`,
        ]),
      ) as Record<string, SQL<number | string>>,
      resource: resources,
      workspace: workspaces,
      collection: collections,
      user: users,
    })
    .from(source)
    .leftJoin(resources, joined("resource", resources.id))
    .leftJoin(workspaces, joined("workspace", workspaces.id))
    .leftJoin(collections, joined("collection", collections.id))
    .leftJoin(users, joined("user", users.id))
    .where(and(visible, or(isListed, and(shown, after))))
    .orderBy(...KEY_COLUMNS.map(entry))
    .limit(page.limit + 2);
}

export type TreeRow = Awaited<ReturnType<typeof itemTreePage>>[number];

/** The key of a row, for the next page's cursor. */
export const keyOf = (row: TreeRow): TreeKey => KEY_COLUMNS.map((column) => row.key[column]!);
