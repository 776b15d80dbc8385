import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { bytewiseText, ref } from "./columns";

/** What the search index covers: one kind per searchable table (src/db/search/). */
export const SEARCH_KINDS = ["resource", "workspace", "user"] as const;
/** The longest token indexed, in code points: longer words are indexed and searched by this much of them. */
export const MAX_TOKEN_LENGTH = 32;

/**
 * The inverted index behind `q` (docs/architecture.md §20): one row per
 * object and every prefix of every word of its searched fields. An ordinary
 * table, not an FTS5 one (which `wrangler d1 export` refuses), written in the
 * same atomic write as the object and rebuilt from the objects, never
 * transferred. `word_weight` counts the occurrences of the token as a whole
 * word (0 when it is only a prefix), `prefix_weight` those of words starting
 * with it; each weighted by the field (a title counts 3, other text 1).
 */
export const searchTerms = sqliteTable(
  "search_terms",
  {
    kind: text("kind", { length: 16, enum: SEARCH_KINDS }).notNull(),
    // Distinct tokens are distinct keys on every database (MySQL's collations hold some equal).
    token: bytewiseText("token", MAX_TOKEN_LENGTH).notNull(),
    objectId: ref("object_id").notNull(),
    wordWeight: integer("word_weight").notNull(),
    prefixWeight: integer("prefix_weight").notNull(),
  },
  (t) => [
    // Posting lists in id order: a search page walks them newest first.
    primaryKey({ name: "search_terms_pk", columns: [t.kind, t.token, t.objectId] }),
    // What re-indexing and deleting an object remove.
    index("search_terms_object_idx").on(t.kind, t.objectId),
  ],
);
