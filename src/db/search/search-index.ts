/**
 * The search index (docs/architecture.md §20): which tables are searched, by
 * which fields, how their rows are written to `search_terms` in the same
 * atomic write as the rows themselves, and how a `q` reads it. The tokens
 * come from `tokens.ts`, on both sides.
 */
import { aliasedTable, and, type Column, eq, getTableName, gt, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database, Orm } from "../database";
import type { Tables } from "../schema";
import { SEARCH_KINDS } from "../schema/search";
import { lit, uuidLiteral } from "../sql";
import { indexedTokens, type SearchQuery, searchQuery } from "./tokens";

export type SearchKind = (typeof SEARCH_KINDS)[number];
export { SEARCH_KINDS };

/** A title-like field counts this much more than other text in relevance. */
const TITLE_WEIGHT = 3;

/** Each searched table and its fields, with their weights. */
const SEARCHED = {
  resource: { table: (t: Tables) => t.resources, fields: { title: TITLE_WEIGHT, excerpt: 1 } },
  workspace: { table: (t: Tables) => t.workspaces, fields: { name: TITLE_WEIGHT, slug: 1 } },
  user: { table: (t: Tables) => t.users, fields: { displayName: TITLE_WEIGHT } },
} satisfies Record<SearchKind, { table: (t: Tables) => SQLiteTable; fields: object }>;

/** The searched field names of a kind (row properties). */
export const searchedFields = (kind: SearchKind): string[] => Object.keys(SEARCHED[kind].fields);

/** The field of a kind that weighs most in relevance (its title or name). */
export const titleField = (kind: SearchKind): string =>
  Object.entries(SEARCHED[kind].fields).find(([, weight]) => weight === TITLE_WEIGHT)![0];

/** How much a word in the title field weighs against one in other text. */
export { TITLE_WEIGHT };

/** The kind whose index covers `table` (any dialect's copy of it), if any. */
export function searchKindOf(db: Database, table: SQLiteTable): SearchKind | undefined {
  const name = getTableName(table);
  return (Object.keys(SEARCHED) as SearchKind[]).find(
    (kind) => getTableName(SEARCHED[kind].table(db.t)) === name,
  );
}

/** An object's searched fields, as the row holds them (other fields are ignored). */
type SearchedValues = { [field: string]: unknown };

function tokensOf(kind: SearchKind, values: SearchedValues) {
  const fields = SEARCHED[kind].fields as Record<string, number>;
  return indexedTokens(
    Object.entries(fields).map(([field, weight]) => ({
      text: (values[field] as string | null | undefined) ?? null,
      weight,
    })),
  );
}

/**
 * The index rows of new objects of `kind` (rows with their id and searched
 * fields), as inserts to run in the objects' own atomic write. With
 * `ignoreDuplicates` (a resumed transfer) rows already there are skipped.
 */
export function indexInserts(
  db: Database,
  orm: Orm,
  kind: SearchKind,
  objects: ({ id?: string | null } & SearchedValues)[],
  options: { ignoreDuplicates?: boolean } = {},
): PromiseLike<unknown>[] {
  return db.insertFromJson(orm, db.t.searchTerms, indexRows(kind, objects), options);
}

/** The `search_terms` rows of objects of `kind` (rows with their id and searched fields). */
export function indexRows(
  kind: SearchKind,
  objects: ({ id?: string | null } & SearchedValues)[],
): Tables["searchTerms"]["$inferInsert"][] {
  return objects.flatMap((object) =>
    tokensOf(kind, object).map((token) => ({ kind, objectId: String(object.id), ...token })),
  );
}

/**
 * `indexInserts` for rows written to `table`, when the index covers it (the
 * seed and the transfer tooling write rows of any table this way).
 */
export function indexInsertsFor(
  db: Database,
  orm: Orm,
  table: SQLiteTable,
  rows: object[],
  options: { ignoreDuplicates?: boolean } = {},
): PromiseLike<unknown>[] {
  const kind = searchKindOf(db, table);
  return kind ? indexInserts(db, orm, kind, rows as SearchedValues[], options) : [];
}

/**
 * Re-indexes the object `id` of `kind` whose searched fields are now
 * `values`: its index rows deleted and written again, each statement only
 * when the row holds exactly those values when it runs. The rows go as one
 * JSON parameter, so an object re-indexes in two statements whatever its size. Run them in the same
 * atomic write as, and after, the update: a concurrent write that changed
 * the row first leaves the index to the write that holds.
 */
export function reindexStatements(
  db: Database,
  orm: Orm,
  kind: SearchKind,
  id: string,
  values: SearchedValues,
): PromiseLike<unknown>[] {
  const table = SEARCHED[kind].table(db.t) as SQLiteTable & { id: SQLiteColumn };
  const columns = table as unknown as Record<string, SQLiteColumn>;
  const holds = and(
    eq(table.id, id),
    ...searchedFields(kind).map((field) => {
      const value = values[field];
      return value == null
        ? sql`${columns[field]} is null`
        : db.equalsExactly(columns[field]!, value as string);
    }),
  );
  const current = sql`exists (select 1 from ${table} where ${holds})`;
  const st = db.t.searchTerms;
  const tokens = tokensOf(kind, values);
  const indexed = db.jsonRows(
    tokens.map((row) => [row.token, row.wordWeight, row.prefixWeight]),
    "indexed",
    [
      ["token", "text"],
      ["word_weight", "integer"],
      ["prefix_weight", "integer"],
    ],
  );
  const column = (name: string) => sql`${sql.identifier("indexed")}.${sql.identifier(name)}`;
  const insert = orm
    .insert(st)
    .select(
      sql`select ${lit(kind)}, ${column("token")}, ${uuidLiteral(id)}, ${column("word_weight")}, ${column("prefix_weight")} from ${indexed} where ${current}`,
    );
  return [
    orm.delete(st).where(and(eq(st.kind, kind), eq(st.objectId, id), current)),
    ...(tokens.length > 0 ? [insert] : []),
  ];
}

/** Deletes the index rows of the objects of `kind` whose ids `ids` selects (a list or subquery, in parentheses). */
export function unindexStatement(db: Database, orm: Orm, kind: SearchKind, ids: SQL) {
  const st = db.t.searchTerms;
  return orm.delete(st).where(sql`${st.kind} = ${lit(kind)} and ${st.objectId} in ${ids}`);
}

/** Objects re-indexed per atomic write by `rebuildIndex`. */
const REBUILD_PAGE = 100;

/**
 * Writes the index of every object of `kind` again, a page of objects per
 * atomic write (its old rows deleted, its new ones inserted): the backfill
 * after the migration that created the index, and the repair of an index
 * written by another version of the tokenizer. Returns the objects indexed.
 */
export async function rebuildIndex(
  db: Database,
  kind: SearchKind,
  onPage?: (indexed: number) => void,
): Promise<number> {
  const table = SEARCHED[kind].table(db.t) as SQLiteTable & { id: SQLiteColumn };
  const columns = table as unknown as Record<string, SQLiteColumn>;
  const fields = Object.fromEntries(searchedFields(kind).map((field) => [field, columns[field]!]));
  let after: string | undefined;
  let indexed = 0;
  for (;;) {
    const page = (await db.orm
      .select({ id: table.id, ...fields })
      .from(table)
      .where(after === undefined ? undefined : gt(table.id, after))
      .orderBy(table.id)
      .limit(REBUILD_PAGE)) as ({ id: string } & SearchedValues)[];
    if (page.length === 0) return indexed;
    const ids = sql`(${sql.join(
      page.map((row) => uuidLiteral(row.id)),
      sql`, `,
    )})`;
    await db.atomic((orm) => [
      unindexStatement(db, orm, kind, ids),
      ...indexInserts(db, orm, kind, page),
    ]);
    indexed += page.length;
    after = page.at(-1)!.id;
    onPage?.(indexed);
  }
}

/** At most this many distinct words in a `q`: each is one more lookup per row found. */
export const MAX_SEARCH_WORDS = 16;

/**
 * A search as the list reads it. `hit` is the driving row of the index, one
 * per object found: the list joins it to its table by `objectId` and, sorted
 * by creation, pages along `hit.objectId` (the posting list's own order), so
 * a page reads about as many index rows as it shows whether the word is rare
 * or common. `matches` holds the other words; `relevance` scores a row.
 */
export interface SearchSource {
  hit: Tables["searchTerms"];
  /** The driving term and every other word, for the WHERE. */
  matches: SQL;
  /** Σ over the query's words of the row's weight for it (`word_weight`, or `prefix_weight` for the last word). */
  relevance: SQL<number>;
}

/** The driving row's alias. */
const HIT = "search_hit";

/**
 * The search for `q` over the index of `kind`: undefined when `q` holds no
 * word (punctuation, emoji only), which matches nothing.
 */
export function searchSource(db: Database, kind: SearchKind, q: string): SearchSource | undefined {
  const query: SearchQuery = searchQuery(q);
  if (query.prefix === undefined) return undefined;
  const st = db.t.searchTerms;
  const hit = aliasedTable(st, HIT);
  const terms = [
    ...query.words.map((token) => ({ token, whole: true })),
    { token: query.prefix, whole: false },
  ];
  // The longest word drives: the likeliest to be rare, so the fewest index rows walked.
  const driver = terms.reduce((best, term) =>
    [...term.token].length > [...best.token].length ? term : best,
  );
  const others = terms.filter((term) => term !== driver);
  const weight = (row: typeof st, whole: boolean): Column =>
    whole ? row.wordWeight : row.prefixWeight;
  const matches = and(
    sql`${hit.kind} = ${lit(kind)}`,
    eq(hit.token, driver.token),
    driver.whole ? gt(hit.wordWeight, 0) : undefined,
    ...others.map(
      (term) =>
        sql`exists (select 1 from ${st} where ${st.kind} = ${lit(kind)} and ${st.token} = ${term.token} and ${st.objectId} = ${hit.objectId}${term.whole ? sql` and ${st.wordWeight} > 0` : sql``})`,
    ),
  )!;
  const relevance = sql<number>`(${sql.join(
    [
      sql`${weight(hit, driver.whole)}`,
      ...others.map(
        (term) =>
          sql`(select ${weight(st, term.whole)} from ${st} where ${st.kind} = ${lit(kind)} and ${st.token} = ${term.token} and ${st.objectId} = ${hit.objectId})`,
      ),
    ],
    sql` + `,
  )})`;
  return { hit, matches, relevance };
}
