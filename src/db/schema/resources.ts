import { index, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id, ref, status, timestamps } from "./columns";
import { VISIBILITIES } from "./workspaces";

export const RESOURCE_OWNERS = ["user", "organization", "workspace"] as const;
export const RESOURCE_TYPES = ["post", "song", "album", "status"] as const;
export const AUTHOR_TYPES = ["user", "workspace"] as const;

export const resources = sqliteTable(
  "resources",
  {
    id: id(),
    ownerType: text("owner_type", { length: 16, enum: RESOURCE_OWNERS }).notNull(),
    ownerId: ref("owner_id").notNull(),
    type: text("type", { length: 16, enum: RESOURCE_TYPES }).notNull(),
    title: text("title", { length: 300 }).notNull(),
    excerpt: text("excerpt"),
    status: status(),
    /**
     * The owning workspace's visibility, copied by the writes that create the
     * resource or change the workspace's visibility (in their atomic write), so
     * the permission engine decides a resource in a public workspace without
     * reading the workspace's row (docs/architecture.md §6). Null outside a
     * workspace, and where it was never copied: the engine then reads the row.
     */
    workspaceVisibility: text("workspace_visibility", { length: 16, enum: VISIBILITIES }),
    ...timestamps,
  },
  (t) => [
    index("resources_owner_idx").on(t.ownerType, t.ownerId, t.id),
    // An owner's LISTED resources in id order (static `resources` collections), one seek per step.
    index("resources_owner_status_idx").on(t.ownerType, t.ownerId, t.status, t.id),
    index("resources_status_idx").on(t.status, t.id),
    index("resources_type_idx").on(t.type, t.id),
  ],
);

export const resourceAuthors = sqliteTable(
  "resource_authors",
  {
    id: id(),
    resourceId: ref("resource_id")
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    authorType: text("author_type", { length: 16, enum: AUTHOR_TYPES }).notNull(),
    authorId: ref("author_id").notNull(),
    role: text("role", { length: 32 }).notNull().default("author"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("resource_authors_uq").on(t.resourceId, t.authorType, t.authorId),
    index("resource_authors_author_idx").on(t.authorType, t.authorId),
  ],
);

/** The body of a `post` resource, one row per resource. */
export const posts = sqliteTable(
  "posts",
  {
    resourceId: ref("resource_id")
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    bodyHtml: text("body_html"),
    featuredImageUrl: text("featured_image_url"),
    ...timestamps,
  },
  (t) => [primaryKey({ name: "posts_pk", columns: [t.resourceId] })],
);
