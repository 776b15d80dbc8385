/**
 * The items of a collection, static or manual, resolved in one query (docs/architecture.md
 * §7, the collection contract).
 *
 * A recursive CTE walks the listed collection and the collections reached
 * from it through stored items (`collection_items` naming a collection), as
 * deep as MAX_DEPTH: the listed collection's items are at depth 1, the items
 * of a collection inside it at depth 2, and so on; a collection at MAX_DEPTH
 * is shown but not opened. Stored items may not form a cycle (adding one is
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
 * Cost: the walk takes each open collection's entries one index seek at a
 * time in key order, from the cursor's key at that depth (collections after
 * the cursor's path from their first entry; those before it are never
 * reached), and stops once that collection has shown `limit + 1` entries after
 * the cursor: no page needs more of them. Collections are opened only when the
 * walk reaches them. So a page reads O(collections opened × (limit + entries
 * hidden from the caller among those walked)) rows, whatever the size of the
 * tables — on D1 and Postgres; on MariaDB the seek into a manual collection's
 * stored items scans them from the collection's start (it does not range-scan
 * on a correlated value), so a page deep in a large manual collection reads
 * up to its position there.
 */
import { and, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { type Plan, planOf } from "../../db/plan";
import type { CollectionKind, EngagementAction, Tables } from "../../db/schema";
import { alias, lit, TRUE } from "../../db/sql";
import { notFound } from "../../errors";
import { type ListMeta, pageOf, readCursor } from "../../http/list-query";
import { Id } from "../../http/schemas";
import { type ItemType, readableItems } from "./item-access";
import { hiddenByFilters } from "./item-filters";

/** The depths of entries: the listed collection's own are at 1. */
const DEPTHS = [1, 2, 3, 4, 5] as const;
type Depth = (typeof DEPTHS)[number];

/** How deep a listing reaches into nested collections. */
export const MAX_DEPTH = DEPTHS.length;

/** The engagement action each static collection kind (other than `resources`) shows. */
const KIND_ACTIONS: Record<Exclude<CollectionKind, "resources">, EngagementAction> = {
  following: "follow",
  reposts: "repost",
  likes: "like",
  bookmarks: "bookmark",
  subscriptions: "subscribe",
  comments: "comment",
};

/**
 * The columns of an entry's key: p{d} and r{d}, the (position, id) of the
 * entry or of the entry holding it at depth d.
 */
type PositionColumn = `p${Depth}`;
type KeyColumn = PositionColumn | `r${Depth}`;
const KEY_COLUMNS = DEPTHS.flatMap((depth) => [`p${depth}`, `r${depth}`] as const);
const isPositionColumn = (column: KeyColumn): column is PositionColumn => column.startsWith("p");

/**
 * The columns of a walk row's path: h{d}, the collection holding its entries
 * at depth d, from h1 (the listed collection) down to the walked node; below
 * the node they repeat it.
 */
type PathColumn = `h${Depth}`;
const PATH_COLUMNS = DEPTHS.map((depth) => `h${depth}` as const);

/**
 * A row of the walk: an open collection (a node) and where its walk stands.
 * A node's key is that of the entry that holds it; its entries follow
 * (lower_position, lower_key) at their depth: the cursor's key there when the
 * node is on the cursor's path, (-1, '') when all of them follow the cursor.
 * A start row (walked 0) stands before the node's first entry; each later
 * row holds one entry (entry_*), whether it follows the cursor (is_after), is
 * a stored collection (is_collection) and is shown to the caller (is_shown),
 * and how many shown entries after the cursor came before it (shown_before).
 *
 * Every select of the walk is a `Row` of these columns, keyed by name: the
 * CTE's column list and each select's values are written in this one order.
 */
const WALK_COLUMNS = [
  "collection_id",
  "collection_kind",
  "owner_type",
  "owner_id",
  "node_depth",
  ...KEY_COLUMNS,
  ...PATH_COLUMNS,
  "lower_position",
  "lower_key",
  "walked",
  "entry_position",
  "entry_key",
  "entry_item_id",
  "is_collection",
  "is_after",
  "is_shown",
  "shown_before",
] as const;
type WalkColumn = (typeof WALK_COLUMNS)[number];

/** The columns of an entry: where it comes from, what it is and its key. */
const ENTRY_COLUMNS = [
  "origin_id",
  "item_type",
  "item_id",
  "entry_id",
  "entry_position",
  "entry_updated_at",
  "item_depth",
  ...KEY_COLUMNS,
] as const;
type EntryColumn = (typeof ENTRY_COLUMNS)[number];

/** A select's value for each column, by name. */
type Row<C extends string> = Record<C, SQLWrapper>;

const list = (parts: SQLWrapper[]) => sql.join(parts, sql`, `);
const columnList = (columns: readonly string[]) => sql.raw(columns.join(", "));
/** A select list: `row`'s values in the order of `columns`. */
const selectList = <C extends string>(columns: readonly C[], row: Row<C>) =>
  list(columns.map((column) => row[column]));
/** The same, each value named as its column. */
const namedSelectList = <C extends string>(columns: readonly C[], row: Row<C>) =>
  list(columns.map((column) => sql`${row[column]} as ${sql.identifier(column)}`));

/** A key's columns from its (position, id) at each depth. */
const keyRow = <P, I>(at: (depth: Depth) => { position: P; id: I }) =>
  Object.fromEntries(
    DEPTHS.flatMap((depth) => {
      const { position, id } = at(depth);
      return [
        [`p${depth}`, position],
        [`r${depth}`, id],
      ];
    }),
  ) as Record<PositionColumn, P> & Record<Exclude<KeyColumn, PositionColumn>, I>;

/** A path's columns from the collection at each depth. */
const pathRow = (at: (depth: Depth) => SQLWrapper) =>
  Object.fromEntries(DEPTHS.map((depth) => [`h${depth}`, at(depth)])) as Row<PathColumn>;

const CURSOR = sql.identifier("page_cursor");
const WALK = sql.identifier("tree_walk");
const ref = (table: string, column: string) =>
  sql`${sql.identifier(table)}.${sql.identifier(column)}`;
const walk = (column: WalkColumn) => ref("walk", column);
const cursor = (column: KeyColumn) => ref("page_cursor", column);
const entry = (column: EntryColumn) => ref("tree_entry", column);
const number = (value: number) => sql.raw(String(value));

/** The depth of what the walked node holds. */
const childDepth = sql`${walk("node_depth")} + 1`;

/** The walked node's key. */
const nodeKey = () => keyRow((depth) => ({ position: walk(`p${depth}`), id: walk(`r${depth}`) }));

/** The walked node's key with the child depth set to (position, id). */
const childKey = (position: SQLWrapper, id: SQLWrapper) =>
  keyRow((depth) => {
    const here = sql`${childDepth} = ${number(depth)}`;
    return {
      position: sql`case when ${here} then ${position} else ${walk(`p${depth}`)} end`,
      id: sql`case when ${here} then ${id} else ${walk(`r${depth}`)} end`,
    };
  });

/** A page position: the key of the last entry of the previous page. */
type TreeKey = Record<KeyColumn, number | string>;

/** Stored positions are 32-bit integers on every database; -1 stands before a depth's entries. */
const MAX_POSITION = 2 ** 31 - 1;
const isKeyPosition = (part: unknown) =>
  Number.isSafeInteger(part) && (part as number) >= -1 && (part as number) <= MAX_POSITION;

/** A cursor holds the key as its parts in KEY_COLUMNS order: (position, id) per depth. */
const cursorOf = (key: TreeKey) => KEY_COLUMNS.map((column) => key[column]);

/** A cursor's key; anything else is the list language's 400. */
function decodeTreeKey(raw: string): TreeKey {
  const parts = readCursor(
    raw,
    (payload): payload is (number | string)[] =>
      Array.isArray(payload) &&
      payload.length === KEY_COLUMNS.length &&
      KEY_COLUMNS.every((column, index) =>
        isPositionColumn(column)
          ? isKeyPosition(payload[index])
          : Id.safeParse(payload[index]).success,
      ),
  );
  return Object.fromEntries(KEY_COLUMNS.map((column, index) => [column, parts[index]])) as TreeKey;
}

/** The page's cursor, bound once, as a one-row table. */
function cursorCte(after: TreeKey): SQL {
  const key = keyRow((depth) => ({
    position: sql`cast(${after[`p${depth}`]} as integer)`,
    id: sql`${after[`r${depth}`]}`,
  }));
  return sql`${CURSOR}(${columnList(KEY_COLUMNS)}) as (select ${selectList(KEY_COLUMNS, key)})`;
}

/**
 * Where the entries of a node whose entries sit at `depth` start: after the
 * cursor's key at that depth when the node is on the cursor's path, after
 * (-1, '') — before any entry — when all of them follow the cursor.
 */
function lowerBound(after: TreeKey | undefined, depth: SQL, onPath: SQL) {
  if (!after) return { position: sql`-1`, key: sql`''` };
  const at = (part: "p" | "r") =>
    sql`case ${depth} ${sql.join(
      DEPTHS.map((d) => sql`when ${number(d)} then ${cursor(`${part}${d}`)}`),
      sql` `,
    )} end`;
  return {
    position: sql`case when ${onPath} then ${at("p")} else -1 end`,
    key: sql`case when ${onPath} then ${at("r")} else '' end`,
  };
}

/** The engagement action a static collection kind shows; null for the others. */
const kindAction = (kind: SQL) =>
  sql`case ${kind} ${sql.join(
    Object.entries(KIND_ACTIONS).map(
      ([kind, action]) => sql`when ${lit(kind)} then ${lit(action)}`,
    ),
    sql` `,
  )} end`;

/**
 * What an entry of a node is, from the row it comes from. A node's entries come
 * from one place, by its kind (static collections store no items): a manual
 * one's stored items, a static `resources` one's LISTED resources of its
 * owner, a static engagement one's engagements of its owner with its action.
 */
function entryOf(
  kind: SQL,
  rows: {
    stored: Tables["collectionItems"];
    resourceId: SQLWrapper;
    engagement: Tables["engagements"];
  },
) {
  const pick = (stored: SQLWrapper, resource: SQLWrapper, engaged: SQLWrapper) =>
    sql`case when ${kind} is null then ${stored} when ${kind} = ${lit("resources")} then ${resource} else ${engaged} end`;
  const { stored, resourceId, engagement } = rows;
  return {
    itemType: pick(stored.itemType, lit("resource"), engagement.objectType),
    itemId: pick(stored.itemId, resourceId, engagement.objectId),
    /** The entry's key at its depth is (position, key); derived entries sit at position 0. */
    position: pick(stored.position, sql`0`, sql`0`),
    key: pick(stored.id, resourceId, engagement.id),
    action: engagement.action,
  };
}

/**
 * Whether the caller sees an item, over the item tables joined unaliased (see
 * `itemJoins`): it exists, the caller may read it, and no collection on its
 * path hides it.
 */
function itemShown(
  db: Database,
  caller: Caller,
  item: { type: SQL; id: SQL; action: SQLWrapper; path: SQLWrapper[] },
) {
  const { t } = db;
  const visible = or(
    ...(
      [
        ["resource", t.resources.id],
        ["workspace", t.workspaces.id],
        ["collection", t.collections.id],
        ["user", t.users.id],
      ] as const
    ).map(([type, id]) =>
      and(
        sql`${item.type} = ${lit(type)}`,
        sql`${id} is not null`,
        readableItems(db, caller, type),
      ),
    ),
  );
  return and(visible, sql`not ${hiddenByFilters(t, item.path, item)}`)!;
}

/** Left joins of the row an item names, in its type's (unaliased) table. */
const itemJoins = (t: Tables, type: SQL, id: SQL) =>
  sql.join(
    (
      [
        ["resource", t.resources],
        ["workspace", t.workspaces],
        ["collection", t.collections],
        ["user", t.users],
      ] as const
    ).map(
      ([name, table]) => sql`left join ${table} on ${type} = ${lit(name)} and ${table.id} = ${id}`,
    ),
    sql` `,
  );

/** How far a page reads: after the cursor, and how many shown entries of one node it can use. */
interface PageBounds {
  after?: TreeKey;
  wanted: number;
}

/** A walked entry the page may show: shown to the caller and after the cursor. */
const emitted = sql`${walk("is_shown")} = 1 and ${walk("is_after")} = 1`;

/** A 0/1 column of a condition. */
const flag = (condition: SQLWrapper) => sql`case when ${condition} then 1 else 0 end`;

/**
 * The recursive CTE: the walk of the listed collection (when the caller may
 * read it) and of the collections it holds, each node's entries in key order
 * from the cursor on, one index step per entry. Each walked entry leads to the
 * node's next entry, until the node has shown `wanted` entries after the
 * cursor, and, when it is a shown stored collection above MAX_DEPTH, to that
 * collection's own walk.
 */
function walkCte(db: Database, caller: Caller, collectionId: string, page: PageBounds): SQL {
  const { t } = db;
  // The listed collection is unaliased: the engine's predicate is written over it.
  const root = t.collections;
  const rootLower = lowerBound(page.after, sql`1`, TRUE);
  const start: Row<WalkColumn> = {
    collection_id: root.id,
    collection_kind: root.kind,
    owner_type: root.ownerType,
    owner_id: root.ownerId,
    node_depth: sql`0`,
    ...keyRow(() => ({ position: sql`-1`, id: root.id })),
    ...pathRow(() => root.id),
    lower_position: rootLower.position,
    lower_key: rootLower.key,
    walked: sql`0`,
    entry_position: sql`-1`,
    entry_key: root.id,
    entry_item_id: root.id,
    is_collection: sql`0`,
    is_after: sql`0`,
    is_shown: sql`0`,
    shown_before: sql`0`,
  };
  const anchor = sql`select ${selectList(WALK_COLUMNS, start)} from ${root} ${page.after ? sql`cross join ${CURSOR}` : sql``}
    where ${and(sql`${root.id} = ${collectionId}`, readableItems(db, caller, "collection"))}`;

  // Each walk row leads to up to two rows: the node's next entry and the opened collection.
  const branch = ref("branch", "leads_to");
  const toNext = sql`${branch} = 1`;
  const toOpened = sql`${branch} = 2`;

  const kind = walk("collection_kind");
  const starting = sql`${walk("walked")} = 0`;
  const fromPosition = sql`case when ${starting} then ${walk("lower_position")} else ${walk("entry_position")} end`;
  const fromKey = sql`case when ${starting} then ${walk("lower_key")} else ${walk("entry_key")} end`;
  // Derived entries all sit at position 0: those from (fromPosition, fromKey) on, by id alone.
  const fromDerivedId = sql`case when ${fromPosition} < 0 then '' when ${fromPosition} = 0 then ${fromKey} end`;

  // The next entry: the first at or after the start of the node's entries (the
  // cursor's own entry opens the way to it) or after the current one.
  const { table: storedScan, from: storedScanFrom } = alias(t.collectionItems, "stored_scan");
  const nextStoredId = sql`(select ${storedScan.id} from ${storedScanFrom} where ${and(
    toNext,
    sql`${kind} is null`,
    sql`${storedScan.collectionId} = ${walk("collection_id")}`,
    sql`(${storedScan.position}, ${storedScan.id}) >= (${fromPosition}, ${fromKey})`,
    sql`(${storedScan.position}, ${storedScan.id}) <> (${walk("entry_position")}, ${walk("entry_key")})`,
  )} order by ${storedScan.position}, ${storedScan.id} limit 1)`;

  const { table: resourceScan, from: resourceScanFrom } = alias(t.resources, "resource_scan");
  const nextResourceId = sql`(select ${resourceScan.id} from ${resourceScanFrom} where ${and(
    toNext,
    sql`${kind} = ${lit("resources")}`,
    sql`${resourceScan.ownerType} = ${walk("owner_type")}`,
    sql`${resourceScan.ownerId} = ${walk("owner_id")}`,
    sql`${resourceScan.status} = ${lit("LISTED")}`,
    sql`${resourceScan.id} >= ${fromDerivedId}`,
    sql`${resourceScan.id} <> ${walk("entry_key")}`,
  )} order by ${resourceScan.id} limit 1)`;

  const { table: engagementScan, from: engagementScanFrom } = alias(
    t.engagements,
    "engagement_scan",
  );
  const nextEngagementId = sql`(select ${engagementScan.id} from ${engagementScanFrom} where ${and(
    toNext,
    sql`${engagementScan.subjectType} = ${walk("owner_type")}`,
    sql`${engagementScan.subjectId} = ${walk("owner_id")}`,
    sql`${engagementScan.action} = ${kindAction(kind)}`,
    sql`${engagementScan.id} >= ${fromDerivedId}`,
    sql`${engagementScan.id} <> ${walk("entry_key")}`,
  )} order by ${engagementScan.id} limit 1)`;

  const { table: nextStored, from: nextStoredFrom } = alias(t.collectionItems, "next_stored");
  const { table: nextResource, from: nextResourceFrom } = alias(t.resources, "next_resource");
  const { table: nextEngagement, from: nextEngagementFrom } = alias(
    t.engagements,
    "next_engagement",
  );
  const next = entryOf(kind, {
    stored: nextStored,
    resourceId: nextResource.id,
    engagement: nextEngagement,
  });
  const shown = itemShown(db, caller, {
    type: next.itemType,
    id: next.itemId,
    action: next.action,
    path: PATH_COLUMNS.map(walk),
  });
  const shownBefore = sql`${walk("shown_before")} + ${flag(emitted)}`;

  // The node's next entry: the same node, one entry on.
  const nextEntry: Row<WalkColumn> = {
    collection_id: walk("collection_id"),
    collection_kind: kind,
    owner_type: walk("owner_type"),
    owner_id: walk("owner_id"),
    node_depth: walk("node_depth"),
    ...nodeKey(),
    ...pathRow((depth) => walk(`h${depth}`)),
    lower_position: walk("lower_position"),
    lower_key: walk("lower_key"),
    walked: sql`${walk("walked")} + 1`,
    entry_position: next.position,
    entry_key: next.key,
    entry_item_id: next.itemId,
    is_collection: flag(sql`${kind} is null and ${next.itemType} = ${lit("collection")}`),
    is_after: flag(
      sql`(${next.position}, ${next.key}) > (${walk("lower_position")}, ${walk("lower_key")})`,
    ),
    is_shown: flag(shown),
    shown_before: shownBefore,
  };

  // The collection the walked entry names, opened: a node one deeper, at its start.
  const { table: opened, from: openedFrom } = alias(t.collections, "opened_collection");
  const openedId = walk("entry_item_id");
  const openedDepth = childDepth;
  const openedLower = lowerBound(page.after, sql`${openedDepth} + 1`, sql`${walk("is_after")} = 0`);
  const opens = and(
    sql`${walk("is_shown")} = 1`,
    sql`${walk("is_collection")} = 1`,
    sql`${walk("node_depth")} < ${number(MAX_DEPTH - 1)}`,
  );
  const openedNode: Row<WalkColumn> = {
    collection_id: openedId,
    collection_kind: opened.kind,
    owner_type: opened.ownerType,
    owner_id: opened.ownerId,
    node_depth: openedDepth,
    ...childKey(walk("entry_position"), walk("entry_key")),
    // It holds the entries at openedDepth + 1 (and stands for the depths below).
    ...pathRow(
      (depth) =>
        sql`case when ${openedDepth} < ${number(depth)} then ${openedId} else ${walk(`h${depth}`)} end`,
    ),
    lower_position: openedLower.position,
    lower_key: openedLower.key,
    walked: sql`0`,
    entry_position: sql`-1`,
    entry_key: openedId,
    entry_item_id: openedId,
    is_collection: sql`0`,
    is_after: sql`0`,
    is_shown: sql`0`,
    shown_before: sql`0`,
  };

  const step = sql`select ${list(
    WALK_COLUMNS.map(
      (column) => sql`case when ${toNext} then ${nextEntry[column]} else ${openedNode[column]} end`,
    ),
  )}
    from ${WALK} ${sql.identifier("walk")}
    cross join (select 1 as leads_to union all select 2) ${sql.identifier("branch")}
    ${page.after ? sql`cross join ${CURSOR}` : sql``}
    left join ${nextStoredFrom} on ${nextStored.id} = ${nextStoredId}
    left join ${nextResourceFrom} on ${nextResource.id} = ${nextResourceId}
    left join ${nextEngagementFrom} on ${nextEngagement.id} = ${nextEngagementId}
    ${itemJoins(t, next.itemType, next.itemId)}
    left join ${openedFrom} on ${opened.id} = case when ${toOpened} then ${openedId} end
    where ${shownBefore} < ${number(page.wanted)} and (
      (${toNext} and ${next.key} is not null) or (${toOpened} and ${opens} and ${opened.id} is not null)
    )`;

  return sql`${WALK}(${columnList(WALK_COLUMNS)}) as (${anchor} union all ${step})`;
}

/** The listed collection itself (depth 0), then the walked entries the page may show. */
function entries(db: Database): SQL {
  const { t } = db;
  const from = sql`from ${WALK} ${sql.identifier("walk")}`;

  const listed: Row<EntryColumn> = {
    origin_id: walk("collection_id"),
    item_type: lit("collection"),
    item_id: walk("collection_id"),
    entry_id: sql`null`,
    entry_position: sql`null`,
    entry_updated_at: sql`null`,
    item_depth: sql`0`,
    ...nodeKey(),
  };

  const kind = walk("collection_kind");
  const { table: stored, from: storedFrom } = alias(t.collectionItems, "stored_item");
  const { table: done, from: doneFrom } = alias(t.engagements, "owner_engagement");
  const found = entryOf(kind, { stored, resourceId: walk("entry_key"), engagement: done });
  const walked: Row<EntryColumn> = {
    origin_id: walk("collection_id"),
    item_type: found.itemType,
    item_id: found.itemId,
    entry_id: stored.id,
    entry_position: stored.position,
    entry_updated_at: stored.updatedAt,
    item_depth: childDepth,
    ...childKey(walk("entry_position"), walk("entry_key")),
  };

  return sql`select ${namedSelectList(ENTRY_COLUMNS, listed)} ${from} where ${walk("node_depth")} = 0 and ${walk("walked")} = 0
    union all select ${namedSelectList(ENTRY_COLUMNS, walked)} ${from}
    left join ${storedFrom} on ${kind} is null and ${stored.id} = ${walk("entry_key")}
    left join ${doneFrom} on ${kind} <> ${lit("resources")} and ${done.id} = ${walk("entry_key")}
    where ${emitted}`;
}

/**
 * The listed collection's own row (depth 0) when the caller may read it, then
 * the entries after `after` (or from the start): up to `limit + 2` rows, one query.
 */
function treeRows(
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

  // The page shows the listed collection and at most `limit + 1` entries (one
  // more says there are more): no node contributes more shown entries than that.
  const bounds = { after: page.after, wanted: page.limit + 1 };
  const ctes = list([
    ...(page.after ? [cursorCte(page.after)] : []),
    walkCte(db, caller, collectionId, bounds),
  ]);
  const source = sql`(with recursive ${ctes} ${entries(db)}) ${sql.identifier("tree_entry")}`;
  return db.orm
    .select({
      originId: sql<string>`${entry("origin_id")}`,
      itemType: sql<ItemType>`${itemType}`,
      itemId: sql<string>`${itemId}`,
      entryId: sql<string | null>`${entry("entry_id")}`,
      position: sql<number | null>`${entry("entry_position")}`.mapWith(Number),
      entryUpdatedAt: sql<Date | null>`${entry("entry_updated_at")}`.mapWith(
        t.collectionItems.updatedAt,
      ),
      depth: sql<number>`${entry("item_depth")}`.mapWith(Number),
      key: keyRow((depth) => ({
        position: sql<number>`${entry(`p${depth}`)}`.mapWith(Number),
        id: sql<string>`${entry(`r${depth}`)}`,
      })),
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
    .orderBy(...KEY_COLUMNS.map(entry))
    .limit(page.limit + 2);
}

export type TreeRow = Awaited<ReturnType<typeof treeRows>>[number];

/**
 * One page of a collection's entries, from the list language's `limit` and
 * `cursor` (a forged cursor is its 400): a plan of one query, whose reading
 * answers 404 when the caller may not read the collection.
 */
export function itemTreePage(
  db: Database,
  caller: Caller,
  collectionId: string,
  page: { limit: number; cursor?: string },
): Plan<{ data: TreeRow[]; meta: ListMeta }> {
  const after = page.cursor === undefined ? undefined : decodeTreeKey(page.cursor);
  return planOf(treeRows(db, caller, collectionId, { limit: page.limit, after }), (rows) => {
    const [listed, ...found] = rows;
    if (listed?.depth !== 0) throw notFound("Collection");
    return pageOf(found, page.limit, (last) => cursorOf(last.key));
  });
}
