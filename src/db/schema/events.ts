import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { id, json, ref, timestamp } from "./columns";

/**
 * The outbox and change feed (docs/architecture.md, "Events"): one row per row
 * a write created, updated or deleted, inserted in the same atomic write as the
 * change itself. `commit_seq` is the write's number in commit order (from
 * `event_sequence`), so the feed pages by `(commit_seq, id)` and a consumer's
 * cursor never skips an event that committed after it read.
 */
export const events = sqliteTable(
  "events",
  {
    id: id(),
    /** The atomic write's place in commit order; shared by all the events of one write. */
    commitSeq: integer("commit_seq").notNull(),
    /** `<object type>.<created|updated|deleted>`. */
    type: text("type", { length: 64 }).notNull(),
    objectType: text("object_type", { length: 32 }).notNull(),
    objectId: ref("object_id").notNull(),
    /** The workspace, organization and user the object belongs to, where it has them. */
    workspaceId: ref("workspace_id"),
    organizationId: ref("organization_id"),
    userId: ref("user_id"),
    /** Who wrote: the caller's subject and, for API keys, the key. Null outside a request. */
    actorType: text("actor_type", { length: 16 }),
    actorId: ref("actor_id"),
    apiKeyId: ref("api_key_id"),
    requestId: text("request_id", { length: 255 }),
    /** The row after a create or update, before a delete, as the database's JSON object. */
    data: json<Record<string, unknown>>("data"),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [
    index("events_feed_idx").on(t.commitSeq, t.id),
    index("events_workspace_idx").on(t.workspaceId, t.commitSeq, t.id),
    index("events_organization_idx").on(t.organizationId, t.commitSeq, t.id),
    index("events_user_idx").on(t.userId, t.commitSeq, t.id),
    index("events_object_idx").on(t.objectType, t.objectId, t.commitSeq),
    index("events_created_idx").on(t.createdAt),
  ],
);

/**
 * One counter row per feed (`events`): every atomic write that records events
 * increments it first, which on Postgres and MySQL holds its row lock until the
 * commit, so writes take their numbers in the order they commit.
 */
export const eventSequence = sqliteTable("event_sequence", {
  name: text("name", { length: 32 }).primaryKey(),
  value: integer("value").notNull(),
});
