import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id, ref, status, timestamps } from "./columns";
import { ENGAGEMENT_ACTIONS } from "./engagements";

export const COLLECTION_OWNERS = ["user", "workspace"] as const;
export const COLLECTION_TYPES = ["static", "manual"] as const;
export const COLLECTION_KINDS = [
  "resources",
  "following",
  "reposts",
  "likes",
  "bookmarks",
  "subscriptions",
  "comments",
] as const;
export type CollectionKind = (typeof COLLECTION_KINDS)[number];
export const COLLECTION_ITEM_TYPES = ["resource", "user", "workspace", "collection"] as const;
export const FILTER_MODES = ["shown", "hidden"] as const;

export const collections = sqliteTable(
  "collections",
  {
    id: id(),
    ownerType: text("owner_type", { length: 16, enum: COLLECTION_OWNERS }).notNull(),
    ownerId: ref("owner_id").notNull(),
    name: text("name", { length: 200 }).notNull(),
    description: text("description"),
    type: text("type", { length: 16, enum: COLLECTION_TYPES }).notNull(),
    /** Set for static collections, null for manual ones. */
    kind: text("kind", { length: 16, enum: COLLECTION_KINDS }),
    status: status(),
    ...timestamps,
  },
  (t) => [
    // One static collection of each kind per owner; manual ones have kind null.
    uniqueIndex("collections_owner_kind_uq").on(t.ownerType, t.ownerId, t.kind),
    index("collections_owner_idx").on(t.ownerType, t.ownerId, t.id),
  ],
);

export const collectionItems = sqliteTable(
  "collection_items",
  {
    id: id(),
    collectionId: ref("collection_id")
      .notNull()
      .references(() => collections.id, { onDelete: "cascade" }),
    itemType: text("item_type", { length: 16, enum: COLLECTION_ITEM_TYPES }).notNull(),
    itemId: ref("item_id").notNull(),
    position: integer("position").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("collection_items_uq").on(t.collectionId, t.itemType, t.itemId),
    index("collection_items_position_idx").on(t.collectionId, t.position, t.id),
    index("collection_items_item_idx").on(t.itemType, t.itemId),
  ],
);

/** Shows or hides items of a collection: by item type, by one item, or by engagement action. */
export const collectionItemFilters = sqliteTable(
  "collection_item_filters",
  {
    id: id(),
    collectionId: ref("collection_id")
      .notNull()
      .references(() => collections.id, { onDelete: "cascade" }),
    itemType: text("item_type", { length: 16, enum: COLLECTION_ITEM_TYPES }),
    itemId: ref("item_id"),
    engagementAction: text("engagement_action", { length: 16, enum: ENGAGEMENT_ACTIONS }),
    mode: text("mode", { length: 8, enum: FILTER_MODES }).notNull(),
    ...timestamps,
  },
  (t) => [index("collection_item_filters_collection_idx").on(t.collectionId)],
);
