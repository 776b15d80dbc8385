import { index, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { bool, id, ref, timestamp, timestamps } from "./columns";

export const ENGAGEMENT_SUBJECTS = ["user", "workspace"] as const;
export const ENGAGEMENT_ACTIONS = [
  "like",
  "comment",
  "repost",
  "follow",
  "subscribe",
  "mention",
  "bookmark",
] as const;
export type EngagementAction = (typeof ENGAGEMENT_ACTIONS)[number];
/** Actions a subject does at most once per object; the others may repeat. */
export const SINGLETON_ACTIONS = ["like", "repost", "follow", "subscribe", "bookmark"] as const;
export const ENGAGEMENT_OBJECTS = ["resource", "workspace", "collection", "user"] as const;
export const MENTION_TARGETS = ["user", "workspace", "resource"] as const;

export const engagements = sqliteTable(
  "engagements",
  {
    id: id(),
    subjectType: text("subject_type", { length: 16, enum: ENGAGEMENT_SUBJECTS }).notNull(),
    subjectId: ref("subject_id").notNull(),
    action: text("action", { length: 16, enum: ENGAGEMENT_ACTIONS }).notNull(),
    objectType: text("object_type", { length: 16, enum: ENGAGEMENT_OBJECTS }).notNull(),
    objectId: ref("object_id").notNull(),
    /**
     * true for SINGLETON_ACTIONS, null otherwise. The unique index below then
     * allows one like per subject+object but any number of comments, on all
     * three databases (NULLs are distinct in a unique index; MySQL has no
     * partial indexes).
     */
    singleton: bool("singleton"),
    /**
     * Subscriptions only: when it became active (null: pending). Only an
     * active subscription makes its subject a `subscriber` principal.
     */
    activatedAt: timestamp("activated_at"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("engagements_singleton_uq").on(
      t.subjectType,
      t.subjectId,
      t.action,
      t.objectType,
      t.objectId,
      t.singleton,
    ),
    index("engagements_object_idx").on(t.objectType, t.objectId, t.action, t.id),
    index("engagements_subject_idx").on(t.subjectType, t.subjectId, t.action, t.id),
  ],
);

export const engagementComments = sqliteTable(
  "engagement_comments",
  {
    engagementId: ref("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ name: "engagement_comments_pk", columns: [t.engagementId] })],
);

export const engagementMentions = sqliteTable(
  "engagement_mentions",
  {
    id: id(),
    engagementId: ref("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    mentionedType: text("mentioned_type", { length: 16, enum: MENTION_TARGETS }).notNull(),
    mentionedId: ref("mentioned_id").notNull(),
    ...timestamps,
  },
  (t) => [
    index("engagement_mentions_engagement_idx").on(t.engagementId),
    index("engagement_mentions_target_idx").on(t.mentionedType, t.mentionedId),
  ],
);
