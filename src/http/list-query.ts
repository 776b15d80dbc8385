/**
 * The list language shared by every list endpoint (docs/architecture.md §5):
 * `limit` (1–100, default 20), an opaque keyset `cursor`, `sort` over
 * whitelisted keys (`-key` for descending, the id as tiebreaker), typed filters
 * over whitelisted fields, `count=true` for a total and `include=` for embedded
 * relations. One definition per endpoint gives the Zod schema that validates and
 * documents the query string, and the SQL that applies it. No OFFSET, and no
 * COUNT unless asked for.
 */
import { z } from "@hono/zod-openapi";
import {
  and,
  asc,
  type Column,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  lt,
  lte,
  or,
  type SQL,
  type SQLWrapper,
  sql,
} from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { SchemaObject } from "openapi3-ts/oas31";
import type { Database } from "../db/database";
import { allOf, mapPlan, type Plan, planOf, settled } from "../db/plan";
import type { Tables } from "../db/schema";
import {
  MAX_SEARCH_WORDS,
  type SearchKind,
  type SearchSource,
  searchedFields,
  searchSource,
  TITLE_WEIGHT,
  titleField,
} from "../db/search/search-index";
import { searchQuery } from "../db/search/tokens";
import { FALSE, uuidLiteral } from "../db/sql";
import { badRequest } from "../errors";
import { base64UrlToText, textToBase64Url } from "./base64url";
import { Id, TimestampInput } from "./schemas";

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

/** Property names of a table's row. */
type Field<T extends SQLiteTable> = keyof T["$inferSelect"] & string;

type Filter<T extends SQLiteTable> =
  /** `name=a` or `name=a,b` (any of). */
  | { kind: "enum"; field: Field<T>; values: readonly [string, ...string[]] }
  /** `name=<uuid>` or `name=<uuid>,<uuid>`. */
  | { kind: "id"; field: Field<T> }
  /** `name=true|false`. */
  | { kind: "boolean"; field: Field<T> }
  /** `name_from=<ISO 8601>` and/or `name_to=<ISO 8601>`, inclusive. */
  | { kind: "date"; field: Field<T> }
  /** `name=<text>`: case-insensitive "contains" in any of the fields. */
  | { kind: "search"; fields: Field<T>[] }
  /**
   * `name=<words>`: full-text search in the index of `index` (src/db/search),
   * with `sort=relevance`. At most one per list.
   */
  | { kind: "fulltext"; index: SearchKind };

export interface ListSpec<T extends SQLiteTable, S extends string, I extends string> {
  /** The listed table, taken from the request's dialect tables. */
  table: (t: Tables) => T;
  /**
   * Sortable keys → row fields (non-null fields only: keyset paging compares
   * them). Ids are UUIDv7, so `created_at: "id"` sorts by creation time on the
   * primary key and the indexes that end in `id`.
   */
  sort: Record<S, Field<T>>;
  defaultSort: NoInfer<S> | `-${NoInfer<S>}`;
  filters?: Record<string, Filter<T>>;
  include?: readonly [I, ...I[]];
  /**
   * A feed read by polling: `next_cursor` names the last row even on the last
   * page (an empty page gives back the cursor it was asked with), so a
   * consumer always holds a position to continue from.
   */
  resumable?: boolean;
}

/**
 * `name=a,b`: one parameter holding comma-separated values, each valid as
 * `item`; documented as what it is, an array in OpenAPI's `style: form,
 * explode: false` (a repeated parameter, `name=a&name=b`, is refused).
 */
export function csv(item: z.ZodType<string, string>, max = MAX_LIMIT) {
  const { $schema: _, ...items } = z.toJSONSchema(item);
  return z
    .string()
    .transform((value) => value.split(","))
    .pipe(z.array(item).min(1).max(max))
    .openapi({
      type: "array",
      items: items as SchemaObject,
      minItems: 1,
      maxItems: max,
      param: { style: "form", explode: false },
    });
}

/** The longest search text, in characters: Zod, like JSON Schema's maxLength, counts code points. */
export const MAX_SEARCH_LENGTH = 200;
/** C0 and C1 control characters and DEL: refused in search text rather than matched. */
const CONTROL_CHARACTER = /\p{Cc}/u;

/** A row field's name in the API's JSON (`displayName` → `display_name`). */
const jsonName = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Search text, whichever way it is searched: its length, and no control characters. */
const searchInput = () =>
  z
    .string()
    .min(1)
    .max(MAX_SEARCH_LENGTH)
    .refine(
      (text) => !CONTROL_CHARACTER.test(text),
      "Control characters (U+0000–U+001F, U+007F–U+009F) are not searched",
    );

const searchText = (fields: string[]) =>
  searchInput().openapi({
    description: `Rows whose ${fields.map(jsonName).join(" or ")} contains this text, case-insensitively (on D1 for ASCII letters only): 1 to ${MAX_SEARCH_LENGTH} characters of any Unicode text; % and _ match themselves. Control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400.`,
  });

const fullTextSearch = (index: SearchKind) =>
  searchInput()
    .refine((text) => {
      const { words } = searchQuery(text);
      return words.length + 1 <= MAX_SEARCH_WORDS;
    }, `At most ${MAX_SEARCH_WORDS} different words`)
    .openapi({
      description: `Full-text search in ${searchedFields(index).map(jsonName).join(" and ")}: rows holding every word of the text, the last one also as the start of a word (\`ha\` finds "harbor"). Case, accents and compatibility forms are ignored (\`Cafe\` finds "Café", \`strasse\` "Straße"); words are runs of letters and digits, so punctuation, symbols and emoji separate words and are not searched (a text without a word matches nothing); each Han, Hiragana, Katakana or Hangul character is a word of its own; words are compared on their first 32 characters. 1 to ${MAX_SEARCH_LENGTH} characters, at most ${MAX_SEARCH_WORDS} different words; control characters (U+0000–U+001F, U+007F–U+009F) are refused with 400. With \`sort=relevance\`, rows score the sum over the words of their occurrences (the last word: of words starting with it), ${jsonName(titleField(index))} counting ${TITLE_WEIGHT} and other text 1; highest first, then newest first.`,
    });

const flag = z.enum(["true", "false"]).transform((value) => value === "true");

/** A count in a query string: decimal digits only (`Number` would also read `0x10`, `1e1` and ` 5`). */
export const countParameter = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[0-9]+$/, `An integer from 1 to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(1).max(max))
    .default(fallback)
    .openapi({ type: "integer", minimum: 1, maximum: max, default: fallback });

/** `limit` of a list page. */
export const Limit = countParameter(MAX_LIMIT, DEFAULT_LIMIT);

/**
 * `cursor` of a list page: the previous page's `next_cursor`, as given. Long
 * enough for any cursor a list issues: the longest sort value is a 300-character
 * title, up to 1,800 bytes of JSON (a control character escapes to 6), about
 * 2,500 characters as base64url with the rest of the cursor.
 */
export const CursorParameter = z.string().max(4096);

function filterParameters(name: string, filter: Filter<SQLiteTable>): Record<string, z.ZodType> {
  switch (filter.kind) {
    case "enum":
      return { [name]: csv(z.enum(filter.values)).optional() };
    case "id":
      return { [name]: csv(z.uuid()).optional() };
    case "boolean":
      return { [name]: flag.optional() };
    case "date":
      return {
        [`${name}_from`]: TimestampInput.optional(),
        [`${name}_to`]: TimestampInput.optional(),
      };
    case "search":
      return { [name]: searchText(filter.fields).optional() };
    case "fulltext":
      return { [name]: fullTextSearch(filter.index).optional() };
  }
}

function filterCondition(
  db: Database,
  table: SQLiteTable,
  name: string,
  filter: Filter<SQLiteTable>,
  params: Record<string, unknown>,
): SQL | undefined {
  const column = (field: string) => (table as unknown as Record<string, Column>)[field]!;
  switch (filter.kind) {
    case "enum": {
      const values = params[name] as string[] | undefined;
      if (!values) return undefined;
      // Repeats are dropped so a filter binds at most one parameter per enum member.
      return inArray(column(filter.field), [...new Set(values)]);
    }
    case "id": {
      const values = params[name] as string[] | undefined;
      if (!values) return undefined;
      // Validated UUIDs are written into the SQL: a hundred bound ones, plus the
      // permission predicate's, would pass D1's 100 parameters per statement.
      const ids = [...new Set(values)].map(uuidLiteral);
      return sql`${column(filter.field)} in (${sql.join(ids, sql`, `)})`;
    }
    case "boolean":
      return params[name] === undefined ? undefined : eq(column(filter.field), params[name]);
    case "date": {
      const from = params[`${name}_from`] as string | undefined;
      const to = params[`${name}_to`] as string | undefined;
      return and(
        from ? gte(column(filter.field), new Date(from)) : undefined,
        to ? lte(column(filter.field), new Date(to)) : undefined,
      );
    }
    case "search": {
      const term = params[name] as string | undefined;
      if (!term) return undefined;
      return or(
        ...filter.fields.map((field) => db.containsText(column(field) as SQLiteColumn, term)),
      );
    }
    case "fulltext":
      // A join, not a condition: see `searchOf`.
      return undefined;
  }
}

/**
 * The list's full-text search when its parameter is given: the index's
 * source, or "nothing" for a text without a word.
 */
function searchOf(
  db: Database,
  filters: [string, Filter<SQLiteTable>][],
  params: Record<string, unknown>,
): SearchSource | "nothing" | undefined {
  const found = filters.find(([, filter]) => filter.kind === "fulltext");
  if (!found) return undefined;
  const [name, filter] = found as [string, Extract<Filter<SQLiteTable>, { kind: "fulltext" }>];
  const q = params[name] as string | undefined;
  if (q === undefined) return undefined;
  return searchSource(db, filter.index, q) ?? "nothing";
}

/** `sort=relevance`: the full-text search's score, highest first. */
const RELEVANCE = "relevance";
/** The largest score a cursor may hold: a sum of 32-bit integers as Postgres and MySQL type it. */
const MAX_RELEVANCE = 2 ** 31 - 1;

/** A cursor names the sort it was issued for and the last row's sort value and id. */
interface Cursor {
  sort: string;
  value: string | number | boolean | { date: number };
  id: string;
}

function invalidCursor(message: string) {
  return badRequest("Invalid cursor", [{ location: "query", path: "cursor", message }]);
}

const NOT_ISSUED = "Not a cursor this API issued";
/** Row ids are UUIDs: a cursor's id (and the value, when sorting by id) must be one. */
const isId = (value: unknown): value is string => Id.safeParse(value).success;

/** A cursor as clients hold it: its payload, as base64url JSON. */
export const encodeCursor = (payload: unknown) => textToBase64Url(JSON.stringify(payload));

/**
 * The payload of a cursor, when it is one this API issued: `issued` says what
 * the list's cursors hold. Anything else is the 400 of every list.
 */
export function readCursor<T>(raw: string, issued: (payload: unknown) => payload is T): T {
  let payload: unknown;
  try {
    payload = JSON.parse(base64UrlToText(raw));
  } catch {
    throw invalidCursor(NOT_ISSUED);
  }
  if (!issued(payload)) throw invalidCursor(NOT_ISSUED);
  return payload;
}

/**
 * The page of `rows` fetched one beyond `limit` (see `ListWindow.fetch`): the
 * first `limit`, and when more follow, the cursor of the last one
 * (`cursorOf` gives its payload).
 */
export function pageOf<R>(
  rows: R[],
  limit: number,
  cursorOf: (last: R) => unknown,
  resume?: { from: string | null },
): { data: R[]; meta: ListMeta } {
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  const last = data.at(-1);
  const next =
    last !== undefined && (hasMore || resume)
      ? encodeCursor(cursorOf(last))
      : (resume?.from ?? null);
  return { data, meta: { limit, next_cursor: next, has_more: hasMore } };
}

/** A cursor's `{date}` value (how timestamps travel in cursors) as a Date, else undefined. */
function cursorDate(value: unknown): Date | undefined {
  if (typeof value !== "object" || value === null || Object.keys(value).length !== 1) return;
  const { date } = value as { date?: unknown };
  return Number.isSafeInteger(date) ? new Date(date as number) : undefined;
}

/**
 * The cursor's sort value as the sort column takes it, or undefined when the
 * column (on this database) could not hold it: a forged cursor is refused
 * here rather than by the driver.
 */
function positionValue(db: Database, column: Column, value: unknown): unknown {
  if (column.primary) return isId(value) ? value : undefined;
  const typed = column.dataType === "date" ? cursorDate(value) : value;
  return typed !== undefined && db.holds(column, typed) ? typed : undefined;
}

/**
 * The cursor's position, checked against the sort it names and the sort
 * column's type (a relevance: an integer from 0 to MAX_RELEVANCE): the last row's id and
 * its sort value as the column takes it.
 */
function decodeCursor(
  db: Database,
  raw: string,
  sort: string,
  sortColumn: Column | typeof RELEVANCE,
): { id: string; value: unknown } {
  const cursor = readCursor(
    raw,
    (payload): payload is Partial<Cursor> & Pick<Cursor, "sort"> =>
      typeof payload === "object" &&
      payload !== null &&
      typeof (payload as Partial<Cursor>).sort === "string",
  );
  if (cursor.sort !== sort) throw invalidCursor(`Issued for sort=${cursor.sort}, not sort=${sort}`);
  const value =
    sortColumn === RELEVANCE
      ? Number.isInteger(cursor.value) &&
        (cursor.value as number) >= 0 &&
        (cursor.value as number) <= MAX_RELEVANCE
        ? cursor.value
        : undefined
      : positionValue(db, sortColumn, cursor.value);
  if (!isId(cursor.id) || value === undefined) throw invalidCursor(NOT_ISSUED);
  return { id: cursor.id, value };
}

const toCursorValue = (value: unknown): Cursor["value"] =>
  value instanceof Date ? { date: value.getTime() } : (value as Cursor["value"]);

/** The list query parsed for one request, against the request's tables. */
interface ParsedList {
  limit: number;
  /** Filters plus the cursor position: AND it with the endpoint's own conditions. */
  where: SQL | undefined;
  /** Filters only: what `total` counts. */
  filters: SQL | undefined;
  orderBy: SQL[];
  /** Rows to fetch: one more than the page, which tells whether another page follows. */
  fetch: number;
  count: boolean;
  include: ReadonlySet<string>;
  /** The `sort` parameter as given (`title`, `-created_at`) and the row field it sorts by. */
  sort: string;
  sortField: string;
  /** The `cursor` parameter as given. */
  cursor: string | null;
  /** The full-text search the rows come from (joined to the listed table), when `q` has words. */
  search: SearchSource | undefined;
}

/** The selected field holding a row's relevance under `sort=relevance`. */
const RELEVANCE_FIELD = "searchRelevance";

/** A Drizzle select builder, as far as a list's window uses it (typed per selection and table in Drizzle). */
type SelectFrom = { from(source: any): any };

/** What a list's own select fetches: its rows in `where`, in `orderBy`, `fetch` of them. */
export interface ListWindow {
  where: SQL | undefined;
  orderBy: SQL[];
  /** Rows to fetch: one more than the page (`limit`). */
  fetch: number;
  limit: number;
  include: ReadonlySet<string>;
  /** What a page row selects: the table's columns (and, under `sort=relevance`, the score the cursor holds). */
  columns: Record<string, SQLiteColumn | SQL>;
  /**
   * `orm.select(fields)` from the listed table (joined from the search index
   * under `q`), in `where` and `orderBy`: add `.limit(...)`.
   */
  select<F extends Record<string, SQLiteColumn | SQL>>(fields: F): ListSelect<F>;
}

/** A window's select of `F`, to be limited. */
export interface ListSelect<F> {
  limit(
    count: number,
  ): PromiseLike<{ [K in keyof F]: F[K] extends Column ? F[K]["_"]["data"] : unknown }[]> &
    SQLWrapper;
}

export interface ListMeta {
  limit: number;
  next_cursor: string | null;
  has_more: boolean;
  total?: number;
}

export function defineList<T extends SQLiteTable, S extends string, I extends string = never>(
  spec: ListSpec<T, S, I>,
) {
  const sortKeys = Object.keys(spec.sort) as S[];
  const filters = Object.entries(spec.filters ?? {}) as [string, Filter<SQLiteTable>][];
  const searchable = filters.some(([, filter]) => filter.kind === "fulltext");
  const sortValues = [
    ...sortKeys,
    ...sortKeys.map((key) => `-${key}`),
    ...(searchable ? [RELEVANCE] : []),
  ] as [string, ...string[]];

  // Strict: an unknown parameter is an error that names it.
  const query = z.strictObject({
    limit: Limit,
    cursor: CursorParameter.optional(),
    sort: z.enum(sortValues).default(spec.defaultSort),
    count: flag.optional(),
    ...(spec.include ? { include: csv(z.enum(spec.include)).optional() } : {}),
    ...Object.assign({}, ...filters.map(([name, filter]) => filterParameters(name, filter))),
  });

  function parse(db: Database, params: z.output<typeof query>): ParsedList {
    const p = params as Record<string, unknown> & { limit: number; sort: string };
    const table = spec.table(db.t);
    const columns = table as unknown as Record<string, Column>;
    const found = searchOf(db, filters, p);
    const search = typeof found === "object" ? found : undefined;
    const byRelevance = p.sort === RELEVANCE;
    if (byRelevance && found === undefined) {
      throw badRequest("sort=relevance needs a search", [
        { location: "query", path: "sort", message: "Give q to sort by relevance" },
      ]);
    }
    const descending = byRelevance || p.sort.startsWith("-");
    const sortField = byRelevance
      ? RELEVANCE_FIELD
      : spec.sort[(descending ? p.sort.slice(1) : p.sort) as S];
    // Searching, rows come in the order of the index's posting list: its object id is the row's.
    const id = search ? (search.hit.objectId as Column) : columns.id!;
    const sortColumn = byRelevance
      ? search?.relevance
      : sortField === "id"
        ? id
        : columns[sortField]!;
    const direction = descending ? desc : asc;
    const after = descending ? lt : gt;
    const filterSql = and(
      found === "nothing" ? FALSE : search?.matches,
      ...filters.map(([name, f]) => filterCondition(db, table, name, f, p)),
    );

    let position: SQL | undefined;
    if (typeof p.cursor === "string" && sortColumn !== undefined) {
      const cursor = decodeCursor(
        db,
        p.cursor,
        p.sort,
        byRelevance ? RELEVANCE : (sortColumn as Column),
      );
      const { value } = cursor;
      position =
        sortColumn === id
          ? after(id, cursor.id)
          : // A relevance is an SQL expression, which the comparisons take as they take a column.
            or(
              after(sortColumn as Column, value),
              and(eq(sortColumn as Column, value), after(id, cursor.id)),
            );
    } else if (typeof p.cursor === "string") {
      // A search without words under sort=relevance finds nothing: the cursor is still checked.
      decodeCursor(db, p.cursor, p.sort, RELEVANCE);
    }

    return {
      limit: p.limit,
      where: and(filterSql, position),
      filters: filterSql,
      orderBy:
        sortColumn === undefined
          ? [direction(id)]
          : sortColumn === id
            ? [direction(id)]
            : [direction(sortColumn), direction(id)],
      fetch: p.limit + 1,
      count: p.count === true,
      include: new Set((p.include as string[] | undefined) ?? []),
      sort: p.sort,
      sortField,
      cursor: typeof p.cursor === "string" ? p.cursor : null,
      search,
    };
  }

  /** Cuts the fetched rows to the page and says where the next page starts. */
  function page<R extends object>(parsed: ParsedList, rows: R[], total?: number) {
    const { data, meta } = pageOf(
      rows,
      parsed.limit,
      (last): Cursor => {
        const row = last as Record<string, unknown>;
        const value = row[parsed.sortField];
        return {
          sort: parsed.sort,
          // Drivers answer a computed sum as a number or a numeric string.
          value: parsed.sortField === RELEVANCE_FIELD ? Number(value) : toCursorValue(value),
          id: String(row.id),
        };
      },
      spec.resumable ? { from: parsed.cursor } : undefined,
    );
    return { data, meta: { ...meta, ...(total === undefined ? {} : { total }) } };
  }

  /** The listed table, or the search's driving index row joined to it. */
  function source(db: Database, parsed: ParsedList, builder: SelectFrom) {
    const table = spec.table(db.t) as unknown as SQLiteTable & { id: Column };
    const { search } = parsed;
    if (!search) return builder.from(table);
    return builder.from(search.hit).innerJoin(table, eq(table.id, search.hit.objectId));
  }

  /**
   * One page of the table's rows matching `scope` (the endpoint's own
   * conditions, e.g. the permission predicate), with the total when
   * `count=true`, as a plan: `db.load` it with the request's other reads.
   * `rows` replaces the page's select where a list reads more than its own
   * table's rows (joins, includes): it gets the page's window and fetches
   * `window.fetch` rows of `window.columns` (at least) in the window's order.
   */
  function pagePlan<R extends object = T["$inferSelect"]>(
    db: Database,
    params: z.output<typeof query>,
    scope?: SQL,
    rows?: (window: ListWindow) => Plan<R[]>,
  ): Plan<{ data: R[]; meta: ListMeta }> {
    const parsed = parse(db, params);
    const table = spec.table(db.t) as SQLiteTable;
    const where = and(scope, parsed.where);
    const window: ListWindow = {
      where,
      orderBy: parsed.orderBy,
      fetch: parsed.fetch,
      limit: parsed.limit,
      include: parsed.include,
      columns: {
        ...getTableColumns(table),
        ...(parsed.sortField === RELEVANCE_FIELD && parsed.search
          ? { [RELEVANCE_FIELD]: parsed.search.relevance }
          : {}),
      },
      select: (fields) =>
        source(db, parsed, db.orm.select(fields))
          .where(where)
          .orderBy(...parsed.orderBy),
    };
    const found =
      rows?.(window) ??
      planOf(
        window.select(window.columns).limit(window.fetch) as PromiseLike<R[]>,
        (selected) => selected,
      );
    const total = parsed.count
      ? planOf(
          source(db, parsed, db.orm.select({ total: count() })).where(
            and(scope, parsed.filters),
          ) as PromiseLike<{ total: unknown }[]>,
          ([counted]) => Number(counted?.total),
        )
      : settled(undefined);
    return mapPlan(allOf(found, total), ([selected, counted]) => page(parsed, selected, counted));
  }

  /** `pagePlan` loaded on its own: one round trip. A refused cursor rejects, as a failed read does. */
  async function run(db: Database, params: z.output<typeof query>, scope?: SQL) {
    const [loaded] = await db.load(pagePlan(db, params, scope));
    return loaded;
  }

  return { query, pagePlan, run };
}
