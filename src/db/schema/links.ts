import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id, ref, timestamps } from "./columns";

export const LINK_SUBJECTS = ["resource", "workspace"] as const;

export const externalLinks = sqliteTable(
  "external_links",
  {
    id: id(),
    subjectType: text("subject_type", { length: 16, enum: LINK_SUBJECTS }).notNull(),
    subjectId: ref("subject_id").notNull(),
    name: text("name", { length: 200 }).notNull(),
    url: text("url").notNull(),
    icon: text("icon", { length: 64 }),
    position: integer("position").notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("external_links_position_uq").on(t.subjectType, t.subjectId, t.position)],
);
