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
 * Cost: the walk is depth-first, one row per step in key order: from the
 * cursor's path (the entries at and after the cursor's key at each depth; what
 * comes before it is never reached) it seeks the node's next entry, opens a
 * shown stored collection, or, past a node's last entry, goes on in the node
 * holding it. It stops once the page has `limit + 1` shown entries after the
 * cursor. So a page reads O(limit + entries hidden from the caller among those
 * walked + collections opened) rows, whatever the size of the tables — on D1
 * and Postgres; on MariaDB the seek into a manual collection's stored items
 * scans them from the collection's start (it does not range-scan on a
 * correlated value), so a page deep in a large manual collection reads up to
 * its position there. On D1 the benchmark's three-deep page of 20 reads 170
 * rows (docs/architecture.md §9).
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
 * The columns of a walk row's path: h{d}, the collection holding the entries
 * at depth d, from h1 (the listed collection) down to the current node; below
 * the node they repeat it.
 */
type PathColumn = `h${Depth}`;
const PATH_COLUMNS = DEPTHS.map((depth) => `h${depth}` as const);

/** What a walk row stands for (its `state`). */
const STATE = {
  /** Before the first entry of the node, from (lower_position, lower_key) on. */
  start: 0,
  /** At one entry of the node (entry_*). */
  entry: 1,
  /** Past the node's last entry: the walk goes on in the node holding it. */
  exhausted: 2,
} as const;

/** Item types as the walk keeps them: numbers, which every database types alike in a recursive CTE. */
const ITEM_TYPES = ["resource", "workspace", "collection", "user"] as const satisfies ItemType[];
const itemTypeCode = (type: ItemType) => ITEM_TYPES.indexOf(type) + 1;

/**
 * A row of the walk, one step of a depth-first walk of the tree in key
 * order: where it stands (`state`) in the node (`node_id`, with its kind and
 * owner) whose entries sit at `depth`; the key of the entry it stands at (the
 * path of entries holding the node above that depth, (-1, listed id) below
 * it); the start's lower bound; the entry (its key at its depth, item and
 * stored row: null for derived entries), whether it follows the cursor
 * (is_after) and is shown to the caller (is_shown), and how many shown
 * entries after the cursor came before it (shown_before).
 *
 * Every select of the walk is a `Row` of these columns, keyed by name: the
 * CTE's column list and each select's values are written in this one order.
 */
const WALK_COLUMNS = [
  "state",
  "depth",
  "node_id",
  "node_kind",
  "owner_type",
  "owner_id",
  ...KEY_COLUMNS,
  ...PATH_COLUMNS,
  "lower_position",
  "lower_key",
  "entry_position",
  "entry_key",
  "entry_item_type",
  "entry_item_id",
  "entry_stored_id",
  "entry_updated_at",
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

/** `column`'s value at the depth `depth` (an SQL expression) names. */
const atDepth = (depth: SQLWrapper, column: (d: Depth) => SQLWrapper) =>
  sql`case ${depth} ${sql.join(
    DEPTHS.map((d) => sql`when ${number(d)} then ${column(d)}`),
    sql` `,
  )} end`;

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
 * Where the entries of a node whose entries sit at `depth` start: at the
 * cursor's key at that depth when the node is on the cursor's path, at
 * (-1, '') — before any entry — when all of them follow the cursor.
 */
function lowerBound(after: TreeKey | undefined, depth: SQL, onPath: SQL) {
  if (!after) return { position: sql`-1`, key: sql`''` };
  return {
    position: sql`case when ${onPath} then ${atDepth(depth, (d) => cursor(`p${d}`))} else -1 end`,
    key: sql`case when ${onPath} then ${atDepth(depth, (d) => cursor(`r${d}`))} else '' end`,
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

/** How far a page reads: after the cursor, and how many shown entries it can use. */
interface PageBounds {
  after?: TreeKey;
  wanted: number;
}

/** A 0/1 column of a condition. */
const flag = (condition: SQLWrapper) => sql`case when ${condition} then 1 else 0 end`;

const inState = (state: keyof typeof STATE) => sql`${walk("state")} = ${number(STATE[state])}`;

/** A walked entry the page may show: shown to the caller and after the cursor. */
const emitted = sql`${inState("entry")} and ${walk("is_shown")} = 1 and ${walk("is_after")} = 1`;

/**
 * The recursive CTE: a depth-first walk of the listed collection (when the
 * caller may read it) and of the collections it holds, in key order from the
 * cursor on, one row per step, each step one index seek: into a shown stored
 * collection (above MAX_DEPTH), else to the node's next entry, else back to
 * the node holding it. It stops once the page has `wanted` shown entries
 * after the cursor, so a page reads what it shows and what it passes over.
 */
function walkCte(db: Database, caller: Caller, collectionId: string, page: PageBounds): SQL {
  const { t } = db;
  // The listed collection is unaliased: the engine's predicate is written over it.
  const root = t.collections;
  const rootLower = lowerBound(page.after, sql`1`, TRUE);
  const start: Row<WalkColumn> = {
    state: number(STATE.start),
    depth: sql`1`,
    node_id: root.id,
    node_kind: root.kind,
    owner_type: root.ownerType,
    owner_id: root.ownerId,
    ...keyRow(() => ({ position: sql`-1`, id: root.id })),
    ...pathRow(() => root.id),
    lower_position: rootLower.position,
    lower_key: rootLower.key,
    entry_position: sql`-1`,
    entry_key: root.id,
    entry_item_type: number(itemTypeCode("collection")),
    entry_item_id: root.id,
    entry_stored_id: root.id,
    // Not an entry's (the listed collection is answered without one): the column's type.
    entry_updated_at: root.updatedAt,
    is_after: sql`0`,
    is_shown: sql`0`,
    shown_before: sql`0`,
  };
  const anchor = sql`select ${selectList(WALK_COLUMNS, start)} from ${root} ${page.after ? sql`cross join ${CURSOR}` : sql``}
    where ${and(sql`${root.id} = ${collectionId}`, readableItems(db, caller, "collection"))}`;

  const depth = walk("depth");
  const listedId = walk("h1");
  const shownBefore = sql`${walk("shown_before")} + ${flag(emitted)}`;

  // Into the collection the current entry names: a node one deeper, at its start.
  const opens = and(
    inState("entry"),
    sql`${walk("is_shown")} = 1`,
    sql`${walk("node_kind")} is null`,
    sql`${walk("entry_item_type")} = ${number(itemTypeCode("collection"))}`,
    sql`${depth} < ${number(MAX_DEPTH)}`,
  )!;
  const { table: opened, from: openedFrom } = alias(t.collections, "opened_collection");
  const openedId = walk("entry_item_id");
  const openedLower = lowerBound(page.after, sql`${depth} + 1`, sql`${walk("is_after")} = 0`);
  const openedNode: Row<WalkColumn> = {
    state: number(STATE.start),
    depth: sql`${depth} + 1`,
    node_id: openedId,
    node_kind: opened.kind,
    owner_type: opened.ownerType,
    owner_id: opened.ownerId,
    ...keyRow((d) => ({ position: walk(`p${d}`), id: walk(`r${d}`) })),
    ...pathRow(
      (d) => sql`case when ${depth} < ${number(d)} then ${openedId} else ${walk(`h${d}`)} end`,
    ),
    lower_position: openedLower.position,
    lower_key: openedLower.key,
    entry_position: sql`-1`,
    entry_key: openedId,
    entry_item_type: walk("entry_item_type"),
    entry_item_id: openedId,
    entry_stored_id: openedId,
    entry_updated_at: opened.updatedAt,
    is_after: sql`0`,
    is_shown: sql`0`,
    shown_before: shownBefore,
  };

  // Otherwise a seek: in the node, from its start or after its current entry;
  // past its end, in the node holding it, after the entry that holds it.
  const back = inState("exhausted");
  const { table: holder, from: holderFrom } = alias(t.collections, "holding_collection");
  const seekDepth = sql`case when ${back} then ${depth} - 1 else ${depth} end`;
  const node = {
    id: sql`case when ${back} then ${holder.id} else ${walk("node_id")} end`,
    kind: sql`case when ${back} then ${holder.kind} else ${walk("node_kind")} end`,
    ownerType: sql`case when ${back} then ${holder.ownerType} else ${walk("owner_type")} end`,
    ownerId: sql`case when ${back} then ${holder.ownerId} else ${walk("owner_id")} end`,
  };
  const starting = inState("start");
  const fromPosition = sql`case when ${starting} then ${walk("lower_position")} else ${atDepth(seekDepth, (d) => walk(`p${d}`))} end`;
  const fromKey = sql`case when ${starting} then ${walk("lower_key")} else ${atDepth(seekDepth, (d) => walk(`r${d}`))} end`;
  // A start includes its bound (the cursor's own entry opens the way to what follows it).
  const skippedKey = sql`case when ${starting} then '' else ${fromKey} end`;
  // Derived entries all sit at position 0: those from (fromPosition, fromKey) on, by id alone.
  const fromDerivedId = sql`case when ${fromPosition} < 0 then '' when ${fromPosition} = 0 then ${fromKey} end`;
  const seeking = sql`not (${opens})`;

  const { table: storedScan, from: storedScanFrom } = alias(t.collectionItems, "stored_scan");
  const nextStoredId = sql`(select ${storedScan.id} from ${storedScanFrom} where ${and(
    seeking,
    sql`${node.kind} is null`,
    sql`${storedScan.collectionId} = ${node.id}`,
    sql`(${storedScan.position}, ${storedScan.id}) >= (${fromPosition}, ${fromKey})`,
    sql`(${storedScan.position}, ${storedScan.id}) <> (${fromPosition}, ${skippedKey})`,
  )} order by ${storedScan.position}, ${storedScan.id} limit 1)`;

  const { table: resourceScan, from: resourceScanFrom } = alias(t.resources, "resource_scan");
  const nextResourceId = sql`(select ${resourceScan.id} from ${resourceScanFrom} where ${and(
    seeking,
    sql`${node.kind} = ${lit("resources")}`,
    sql`${resourceScan.ownerType} = ${node.ownerType}`,
    sql`${resourceScan.ownerId} = ${node.ownerId}`,
    sql`${resourceScan.status} = ${lit("LISTED")}`,
    sql`${resourceScan.id} >= ${fromDerivedId}`,
    sql`${resourceScan.id} <> ${skippedKey}`,
  )} order by ${resourceScan.id} limit 1)`;

  const { table: engagementScan, from: engagementScanFrom } = alias(
    t.engagements,
    "engagement_scan",
  );
  const nextEngagementId = sql`(select ${engagementScan.id} from ${engagementScanFrom} where ${and(
    seeking,
    sql`${engagementScan.subjectType} = ${node.ownerType}`,
    sql`${engagementScan.subjectId} = ${node.ownerId}`,
    sql`${engagementScan.action} = ${kindAction(node.kind)}`,
    sql`${engagementScan.id} >= ${fromDerivedId}`,
    sql`${engagementScan.id} <> ${skippedKey}`,
  )} order by ${engagementScan.id} limit 1)`;

  const { table: nextStored, from: nextStoredFrom } = alias(t.collectionItems, "next_stored");
  const { table: nextResource, from: nextResourceFrom } = alias(t.resources, "next_resource");
  const { table: nextEngagement, from: nextEngagementFrom } = alias(
    t.engagements,
    "next_engagement",
  );
  const next = entryOf(node.kind, {
    stored: nextStored,
    resourceId: nextResource.id,
    engagement: nextEngagement,
  });
  const found = sql`${next.key} is not null`;
  // The path of the node sought: below its depth, the node itself.
  const path = DEPTHS.map(
    (d) => sql`case when ${seekDepth} < ${number(d)} then ${node.id} else ${walk(`h${d}`)} end`,
  );
  const shown = itemShown(db, caller, {
    type: next.itemType,
    id: next.itemId,
    action: next.action,
    // The collections holding the entry, each once: none below its depth.
    path: DEPTHS.map((d) => sql`case when ${seekDepth} >= ${number(d)} then ${walk(`h${d}`)} end`),
  });
  const typeCode = sql`case ${next.itemType} ${sql.join(
    ITEM_TYPES.map((type) => sql`when ${lit(type)} then ${number(itemTypeCode(type))}`),
    sql` `,
  )} end`;
  const sought: Row<WalkColumn> = {
    state: sql`case when ${found} then ${number(STATE.entry)} else ${number(STATE.exhausted)} end`,
    depth: seekDepth,
    node_id: node.id,
    node_kind: node.kind,
    owner_type: node.ownerType,
    owner_id: node.ownerId,
    // Above the depth sought, the path to it; there, the entry found; below, (-1, listed id).
    ...keyRow((d) => {
      const here = sql`${seekDepth} = ${number(d)} and ${found}`;
      const below = sql`${seekDepth} < ${number(d)}`;
      return {
        position: sql`case when ${here} then ${next.position} when ${below} then -1 else ${walk(`p${d}`)} end`,
        id: sql`case when ${here} then ${next.key} when ${below} then ${listedId} else ${walk(`r${d}`)} end`,
      };
    }),
    ...pathRow((d) => path[d - 1]!),
    lower_position: walk("lower_position"),
    lower_key: walk("lower_key"),
    entry_position: next.position,
    entry_key: next.key,
    entry_item_type: typeCode,
    entry_item_id: next.itemId,
    entry_stored_id: nextStored.id,
    entry_updated_at: nextStored.updatedAt,
    is_after: flag(
      sql`not (${starting} and (${next.position}, ${next.key}) = (${fromPosition}, ${fromKey}))`,
    ),
    is_shown: flag(sql`${found} and ${shown}`),
    shown_before: shownBefore,
  };

  const step = sql`select ${list(
    WALK_COLUMNS.map(
      (column) => sql`case when ${opens} then ${openedNode[column]} else ${sought[column]} end`,
    ),
  )}
    from ${WALK} ${sql.identifier("walk")}
    ${page.after ? sql`cross join ${CURSOR}` : sql``}
    left join ${openedFrom} on ${opened.id} = case when ${opens} then ${openedId} end
    left join ${holderFrom} on ${holder.id} = case when ${back} then ${atDepth(sql`${depth} - 1`, (d) => walk(`h${d}`))} end
    left join ${nextStoredFrom} on ${nextStored.id} = ${nextStoredId}
    left join ${nextResourceFrom} on ${nextResource.id} = ${nextResourceId}
    left join ${nextEngagementFrom} on ${nextEngagement.id} = ${nextEngagementId}
    ${itemJoins(t, next.itemType, next.itemId)}
    where ${shownBefore} < ${number(page.wanted)} and (
      (${opens} and ${opened.id} is not null) or (${seeking} and not (${back} and ${depth} = 1))
    )`;

  return sql`${WALK}(${columnList(WALK_COLUMNS)}) as (${anchor} union all ${step})`;
}

/** The listed collection itself (depth 0, the walk's first row), then the walked entries the page may show. */
function entries(): SQL {
  const listed = sql`${inState("start")} and ${walk("depth")} = 1`;
  const itemType = sql`case ${walk("entry_item_type")} ${sql.join(
    ITEM_TYPES.map((type) => sql`when ${number(itemTypeCode(type))} then ${lit(type)}`),
    sql` `,
  )} end`;
  const row: Row<EntryColumn> = {
    origin_id: walk("node_id"),
    item_type: itemType,
    item_id: walk("entry_item_id"),
    entry_id: sql`case when ${listed} then null else ${walk("entry_stored_id")} end`,
    entry_position: sql`case when ${listed} or ${walk("entry_stored_id")} is null then null else ${walk("entry_position")} end`,
    entry_updated_at: sql`case when ${listed} or ${walk("entry_stored_id")} is null then null else ${walk("entry_updated_at")} end`,
    item_depth: sql`case when ${listed} then 0 else ${walk("depth")} end`,
    ...keyRow((depth) => ({ position: walk(`p${depth}`), id: walk(`r${depth}`) })),
  };
  return sql`select ${namedSelectList(ENTRY_COLUMNS, row)} from ${WALK} ${sql.identifier("walk")}
    where (${listed}) or (${emitted})`;
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
  const source = sql`(with recursive ${ctes} ${entries()}) ${sql.identifier("tree_entry")}`;
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
