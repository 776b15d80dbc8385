import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id, ref, timestamps } from "./columns";

export const PERMISSION_SUBJECTS = ["user", "team", "organization", "static"] as const;
export const STATIC_SUBJECTS = ["guest", "user", "follower", "subscriber"] as const;
export const PERMISSION_OBJECTS = ["workspace", "resource", "organization", "collection"] as const;
export const PERMISSION_VALUES = ["allow", "deny", "unset"] as const;

export const permissionActions = sqliteTable("permission_actions", {
  id: id(),
  /** `<domain>:<verb>`, for example `resources:read`. */
  slug: text("slug", { length: 64 }).notNull().unique(),
  name: text("name", { length: 200 }).notNull(),
  description: text("description"),
  category: text("category", { length: 32 }).notNull(),
  ...timestamps,
});

export const permissions = sqliteTable(
  "permissions",
  {
    id: id(),
    subjectType: text("subject_type", { length: 16, enum: PERMISSION_SUBJECTS }).notNull(),
    /** A user, team or organization id, or one of STATIC_SUBJECTS. */
    subjectId: ref("subject_id").notNull(),
    objectType: text("object_type", { length: 16, enum: PERMISSION_OBJECTS }).notNull(),
    objectId: ref("object_id").notNull(),
    action: text("action", { length: 64 })
      .notNull()
      .references(() => permissionActions.slug, { onDelete: "cascade", onUpdate: "cascade" }),
    value: text("value", { length: 8, enum: PERMISSION_VALUES }).notNull(),
    ...timestamps,
  },
  (t) => [
    // Object first: the engine looks rows up by (object, action) and then by subject.
    uniqueIndex("permissions_tuple_uq").on(
      t.objectType,
      t.objectId,
      t.action,
      t.subjectType,
      t.subjectId,
    ),
    index("permissions_subject_idx").on(t.subjectType, t.subjectId),
  ],
);
