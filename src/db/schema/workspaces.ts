import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id, ref, timestamps } from "./columns";

export const WORKSPACE_OWNERS = ["user", "organization"] as const;
export const VISIBILITIES = ["public", "private"] as const;
/**
 * Who makes a subscription to the workspace count: `managed` (its owner or an
 * admin activates it, e.g. once paid) or `open` (active as soon as made).
 */
export const SUBSCRIPTION_MODES = ["managed", "open"] as const;

export const workspaces = sqliteTable(
  "workspaces",
  {
    id: id(),
    name: text("name", { length: 200 }).notNull(),
    slug: text("slug", { length: 100 }).notNull().unique(),
    description: text("description"),
    ownerType: text("owner_type", { length: 16, enum: WORKSPACE_OWNERS }).notNull(),
    ownerId: ref("owner_id").notNull(),
    avatarUrl: text("avatar_url"),
    bannerUrl: text("banner_url"),
    visibility: text("visibility", { length: 16, enum: VISIBILITIES }).notNull().default("public"),
    subscriptionMode: text("subscription_mode", { length: 16, enum: SUBSCRIPTION_MODES })
      .notNull()
      .default("managed"),
    ...timestamps,
  },
  (t) => [
    // Unique (as the id is) so that SQLite seeks them rather than the id's index when the
    // engine asks whether the caller controls a workspace, or which organization owns it,
    // by the id alone: a seek that finds nothing reads no row (docs/architecture.md §6).
    uniqueIndex("workspaces_owner_idx").on(t.ownerType, t.ownerId, t.id),
    uniqueIndex("workspaces_owner_type_idx").on(t.ownerType, t.id),
    index("workspaces_visibility_idx").on(t.visibility, t.id),
  ],
);
