/**
 * The transactional outbox (docs/architecture.md §19): the statements that
 * record an event for each row a write creates, updates or deletes, built to
 * run inside that write's own `atomic()` batch, so an event exists exactly when
 * its change committed. Each is an `INSERT … SELECT` over the changed rows
 * themselves: the after-image (created, updated) or before-image (deleted) is
 * read by the database as it writes, whatever the rows were, and a statement
 * that matches no row records nothing.
 */
import {
  and,
  asc,
  type Column,
  eq,
  getTableColumns,
  getTableName,
  gt,
  inArray,
  lt,
  notExists,
  or,
  type SQL,
  sql,
  type Table,
} from "drizzle-orm";
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "./database";
import { columnKind } from "./dialects/derive";
import { uuidv7 } from "./ids";
import { type Tables, tables } from "./schema";
import { lit } from "./sql";

/** Who makes the request's writes: set by authentication, null outside a request. */
export interface EventAuthor {
  actorType: string | null;
  actorId: string | null;
  apiKeyId: string | null;
  requestId: string | null;
}

export const NO_AUTHOR: EventAuthor = {
  actorType: null,
  actorId: null,
  apiKeyId: null,
  requestId: null,
};

export type Change = "created" | "updated" | "deleted";
export const CHANGES: readonly Change[] = ["created", "updated", "deleted"];

/**
 * The object type each recorded table's rows are, by table name. Tables not
 * listed record nothing: idempotency keys and the events themselves are no
 * data of the platform's.
 */
export const OBJECT_TYPES = {
  organizations: "organization",
  users: "user",
  user_identities: "identity",
  api_keys: "api_key",
  workspaces: "workspace",
  resources: "resource",
  posts: "post",
  resource_authors: "author",
  external_links: "link",
  permissions: "permission",
  permission_actions: "permission_action",
  teams: "team",
  team_members: "team_member",
  engagements: "engagement",
  engagement_comments: "engagement_comment",
  engagement_mentions: "engagement_mention",
  collections: "collection",
  collection_items: "collection_item",
  collection_item_filters: "collection_filter",
  features: "feature",
  feature_pricing: "feature_price",
  feature_presets: "feature_preset",
  user_features: "user_feature",
  user_subscriptions: "subscription",
  webhooks: "webhook",
} as const;

export type ObjectType = (typeof OBJECT_TYPES)[keyof typeof OBJECT_TYPES];
export const EVENT_OBJECT_TYPES = Object.values(OBJECT_TYPES) as [ObjectType, ...ObjectType[]];
export const EVENT_TYPES = EVENT_OBJECT_TYPES.flatMap((object) =>
  CHANGES.map((change) => `${object}.${change}` as const),
) as [`${ObjectType}.${Change}`, ...`${ObjectType}.${Change}`[]];

/**
 * Columns never copied into an event: a key's secret hash is for verification
 * only, a webhook's signing secrets are shown only on create and rotate; a
 * resource's copy of its workspace's visibility is the engine's (db/copies.ts),
 * and changes with the workspace, whose own event says so.
 */
const UNRECORDED_COLUMNS: ReadonlySet<string> = new Set([
  "api_keys.secret_hash",
  "webhooks.secret",
  "webhooks.previous_secret",
  "resources.workspace_visibility",
]);

/** Each recorded table's SQLite definition, by name: the key and column kinds come from it. */
const definitions = new Map(
  Object.values(tables).map((table) => [getTableName(table as SQLiteTable), table as SQLiteTable]),
);

const objectTypeOf = (tableName: string): ObjectType | undefined =>
  (OBJECT_TYPES as Record<string, ObjectType>)[tableName];

/** The SQL name of a table's single key column (`id`, or `resource_id` of a post, …), on any dialect. */
export function keyColumnName(table: Table): string {
  const config = getTableConfig(definitions.get(getTableName(table))!);
  const declared = config.primaryKeys[0]?.columns[0]?.name;
  return declared ?? config.columns.find((column) => column.primary)!.name;
}

/** What a dialect writes differently in these statements. */
export interface EventDialect {
  dialect: "d1" | "postgres" | "mysql";
  t: Tables;
}

const column = (table: string, name: string) =>
  sql`${sql.identifier(table)}.${sql.identifier(name)}`;

/** The after- or before-image of the current row of `table` as a JSON object, every column by its SQL name. */
function imageOf(db: EventDialect, tableName: string, definition: SQLiteTable): SQL {
  const pairs = Object.values(getTableColumns(definition))
    .filter((c) => !UNRECORDED_COLUMNS.has(`${tableName}.${c.name}`))
    .map((c) => {
      const value = column(tableName, c.name);
      const json =
        columnKind(c as SQLiteColumn) !== "json"
          ? value
          : db.dialect === "d1"
            ? sql`json(${value})`
            : db.dialect === "mysql"
              ? sql`json_extract(${value}, '$')`
              : value;
      return sql`${sql.raw(`'${c.name}'`)}, ${json}`;
    });
  const build = db.dialect === "postgres" ? "jsonb_build_object" : "json_object";
  return sql`${sql.raw(build)}(${sql.join(pairs, sql`, `)})`;
}

interface Scope {
  workspace: SQL;
  organization: SQL;
  user: SQL;
}

const NONE = sql`null`;
let aliasCount = 0;
const nextAlias = () => `event_scope_${++aliasCount % 1000}`;

/** The workspace, organization and user an owner `(type, id)` pair stands for. */
function ownerScope(type: SQL, id: SQL): Scope {
  const workspaceOwner = (ownerType: "organization" | "user") => {
    const a = nextAlias();
    return sql`(select ${column(a, "owner_id")} from ${sql.identifier("workspaces")} as ${sql.identifier(a)} where ${column(a, "id")} = ${id} and ${column(a, "owner_type")} = ${lit(ownerType)})`;
  };
  return {
    workspace: sql`case when ${type} = ${lit("workspace")} then ${id} end`,
    organization: sql`case when ${type} = ${lit("organization")} then ${id} when ${type} = ${lit("workspace")} then ${workspaceOwner("organization")} end`,
    user: sql`case when ${type} = ${lit("user")} then ${id} when ${type} = ${lit("workspace")} then ${workspaceOwner("user")} end`,
  };
}

/** `ownerScope` of any object a `(type, id)` pair names: resources and collections through their owner. */
function objectScope(type: SQL, id: SQL): Scope {
  const viaOwner = (table: "resources" | "collections") => {
    const a = nextAlias();
    const of = (name: string) =>
      sql`(select ${column(a, name)} from ${sql.identifier(table)} as ${sql.identifier(a)} where ${column(a, "id")} = ${id})`;
    return ownerScope(of("owner_type"), of("owner_id"));
  };
  const resource = viaOwner("resources");
  const collection = viaOwner("collections");
  const direct = ownerScope(type, id);
  const pick = (part: keyof Scope) =>
    sql`case when ${type} = ${lit("resource")} then ${resource[part]} when ${type} = ${lit("collection")} then ${collection[part]} else ${direct[part]} end`;
  return { workspace: pick("workspace"), organization: pick("organization"), user: pick("user") };
}

/** A column of a parent row reached by a foreign key of the row (`posts.resource_id` → the resource's `owner_type`). */
function parentColumn(parent: string, key: SQL, name: string): SQL {
  const a = nextAlias();
  return sql`(select ${column(a, name)} from ${sql.identifier(parent)} as ${sql.identifier(a)} where ${column(a, "id")} = ${key})`;
}

/** Where a row of `tableName` belongs, as SQL over that row. */
function scopeOf(tableName: string): Scope {
  const own = (name: string) => column(tableName, name);
  const none = { workspace: NONE, organization: NONE, user: NONE };
  switch (tableName) {
    case "organizations":
      return { ...none, organization: own("id") };
    case "users":
      return { ...none, user: own("id"), organization: own("organization_id") };
    case "user_identities":
    case "user_features":
    case "user_subscriptions":
      return { ...none, user: own("user_id") };
    case "workspaces":
      return { ...ownerScope(own("owner_type"), own("owner_id")), workspace: own("id") };
    case "resources":
    case "collections":
      return ownerScope(own("owner_type"), own("owner_id"));
    case "posts":
    case "resource_authors":
      return objectScope(lit("resource"), own("resource_id"));
    case "collection_items":
    case "collection_item_filters":
      return objectScope(lit("collection"), own("collection_id"));
    case "api_keys":
    case "external_links":
      return objectScope(own("subject_type"), own("subject_id"));
    case "permissions":
      return objectScope(own("object_type"), own("object_id"));
    case "engagements": {
      const object = objectScope(own("object_type"), own("object_id"));
      const subject = own("subject_type");
      return {
        ...object,
        user: sql`case when ${subject} = ${lit("user")} then ${own("subject_id")} else ${object.user} end`,
      };
    }
    case "engagement_comments":
    case "engagement_mentions": {
      const engagement = own("engagement_id");
      return objectScope(
        parentColumn("engagements", engagement, "object_type"),
        parentColumn("engagements", engagement, "object_id"),
      );
    }
    case "teams":
      return { ...none, user: own("owner_user_id"), organization: own("organization_id") };
    case "webhooks": {
      const workspace = ownerScope(lit("workspace"), own("workspace_id"));
      return {
        workspace: own("workspace_id"),
        organization: sql`coalesce(${own("organization_id")}, ${workspace.organization})`,
        user: workspace.user,
      };
    }
    case "team_members":
      return {
        ...none,
        user: parentColumn("teams", own("team_id"), "owner_user_id"),
        organization: parentColumn("teams", own("team_id"), "organization_id"),
      };
    default:
      return none;
  }
}

/** `a || b` as each dialect concatenates text. */
const concat = (db: EventDialect, a: SQL, b: SQL) =>
  db.dialect === "mysql" ? sql`concat(${a}, ${b})` : sql`${a} || ${b}`;

/** A bound value a select list can carry into a column of `events` (Postgres types a bare parameter as text). */
function value(db: EventDialect, v: string | null, type = "varchar(255)"): SQL {
  if (v === null) return NONE;
  return db.dialect === "postgres" ? sql`cast(${v} as ${sql.raw(type)})` : sql`${v}`;
}

/**
 * The statement that records `change` for each row of `table` matching
 * `where`, as that row is when the statement runs (so: after an insert or
 * update, before a delete). Its events' ids share one UUIDv7 prefix, made
 * unique per row by the row key's random tail; `commit_seq` is the value the
 * write's `event_sequence` increment took. Undefined for tables that record
 * nothing. `type` replaces the event type (an upsert's, decided by the row).
 */
export function eventSelect(
  db: EventDialect,
  author: EventAuthor,
  table: SQLiteTable,
  change: Change,
  where: SQL,
  type?: SQL,
): SQL | undefined {
  const tableName = getTableName(table);
  const objectType = objectTypeOf(tableName);
  const definition = definitions.get(tableName);
  if (!objectType || !definition) return undefined;
  const key = column(tableName, keyColumnName(definition));
  const scope = scopeOf(tableName);
  const s = db.t.eventSequence;
  const createdAt = sql.param(new Date(), db.t.events.createdAt as Column);
  const id = concat(db, sql.raw(`'${uuidv7().slice(0, 24)}'`), sql`substr(${key}, 25, 12)`);
  return sql`select ${id}, (select ${s.value} from ${s} where ${s.name} = ${lit("events")}), ${
    type ?? sql.raw(`'${objectType}.${change}'`)
  }, ${lit(objectType)}, ${key}, ${scope.workspace}, ${scope.organization}, ${scope.user}, ${value(
    db,
    author.actorType,
  )}, ${value(db, author.actorId)}, ${value(db, author.apiKeyId)}, ${value(
    db,
    author.requestId,
  )}, ${imageOf(db, tableName, definition)}, ${
    db.dialect === "postgres" ? sql`cast(${createdAt} as timestamptz)` : createdAt
  } from ${table} where ${where}`;
}

/**
 * The `data` of this write's `updated` event of the row `where` selects, as the
 * row is now, and which event that is: a versioned update records its event
 * before it runs, under the same version check, and fills the image after.
 */
export function eventImageRefresh(db: EventDialect, table: SQLiteTable, where: SQL) {
  const tableName = getTableName(table);
  const definition = definitions.get(tableName)!;
  const key = column(tableName, keyColumnName(definition));
  const e = db.t.events;
  const s = db.t.eventSequence;
  return {
    data: sql`(select ${imageOf(db, tableName, definition)} from ${table} where ${where})`,
    where: sql`${e.commitSeq} = (select ${s.value} from ${s} where ${s.name} = ${lit("events")}) and ${e.objectType} = ${lit(objectTypeOf(tableName)!)} and ${e.objectId} in (select ${key} from ${table} where ${where})`,
  };
}

/** An upserted row's event type: `<object>.created` where `inserted` holds, else `<object>.updated`. */
export function upsertEventType(table: SQLiteTable, inserted: SQL): SQL {
  const objectType = objectTypeOf(getTableName(table));
  return sql`case when ${inserted} then ${sql.raw(`'${objectType}.created'`)} else ${sql.raw(
    `'${objectType}.updated'`,
  )} end`;
}

/** How deep deletions through foreign keys are followed (a key's keys' keys …). */
const MAX_CASCADE_DEPTH = 4;

/**
 * The tables whose rows a delete from `tableName` takes with it through
 * `ON DELETE CASCADE`, each with the column that references it and the
 * column referenced.
 */
function cascadingChildren(tableName: string) {
  const children: { table: string; column: string; references: string }[] = [];
  for (const [name, definition] of definitions) {
    if (!objectTypeOf(name)) continue;
    for (const fk of getTableConfig(definition).foreignKeys) {
      const reference = fk.reference();
      if (fk.onDelete !== "cascade" || getTableName(reference.foreignTable) !== tableName) continue;
      children.push({
        table: name,
        column: reference.columns[0]!.name,
        references: reference.foreignColumns[0]!.name,
      });
    }
  }
  return children;
}

/**
 * The `where` of each table's rows a delete of `table`'s rows matching `where`
 * removes, those taken by foreign keys first (their events precede the
 * parent's, and are read while the parent still exists).
 */
export function deletedRows(
  t: Tables,
  table: SQLiteTable,
  where: SQL,
  depth = 0,
): { table: SQLiteTable; where: SQL }[] {
  const tableName = getTableName(table);
  const byName = new Map(
    Object.values(t).map((dialectTable) => [
      getTableName(dialectTable as SQLiteTable),
      dialectTable,
    ]),
  );
  const children =
    depth >= MAX_CASCADE_DEPTH
      ? []
      : cascadingChildren(tableName).flatMap((child) => {
          const parentKey = column(tableName, child.references);
          const childWhere = sql`${column(child.table, child.column)} in (select ${parentKey} from ${table} where ${where})`;
          return deletedRows(t, byName.get(child.table) as SQLiteTable, childWhere, depth + 1);
        });
  return [...children, { table, where }];
}

const definitionsByObjectType = new Map(
  Object.entries(OBJECT_TYPES).map(([tableName, objectType]) => [
    objectType as string,
    definitions.get(tableName)!,
  ]),
);

/** A timestamp as each database's JSON writes it (ms on D1; ISO text, with or without zone, elsewhere). */
function isoTimestamp(value: unknown): string {
  if (typeof value === "number") return new Date(value).toISOString();
  const text = String(value).replace(" ", "T");
  const [, base, fraction = "", zone] =
    /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d(?::?\d\d)?)?$/.exec(text) ?? [];
  if (!base) return text;
  return new Date(`${base}.${fraction.padEnd(3, "0").slice(0, 3)}${zone ?? "Z"}`).toISOString();
}

/** JSON with object keys sorted: Postgres jsonb reorders them, D1 and MariaDB keep them as written. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, sortedKeys(object[key])]),
  );
}

/**
 * An event's row image as the API answers it, the same from every database:
 * timestamps as ISO 8601, booleans as booleans, JSON columns as their value,
 * keys sorted.
 */
export function answeredImage(
  objectType: string,
  data: Record<string, unknown> | null,
): Record<string, unknown> | null {
  const definition = definitionsByObjectType.get(objectType);
  if (data === null || !definition) return data;
  const kinds = new Map(
    Object.values(getTableColumns(definition)).map((c) => [c.name, columnKind(c as SQLiteColumn)]),
  );
  const answered: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const kind = kinds.get(name);
    if (value === null) answered[name] = null;
    else if (kind === "timestamp") answered[name] = isoTimestamp(value);
    else if (kind === "boolean") answered[name] = value === true || Number(value) === 1;
    else if (kind === "json" && typeof value === "string") answered[name] = parseJson(value);
    else answered[name] = value;
  }
  return sortedKeys(answered) as Record<string, unknown>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Where a consumer of the feed stands: the last event it handled, by commit order. */
export interface FeedPosition {
  sequence: number;
  id: string;
}

/**
 * Up to `limit` events after `after` (from the start when null), in commit
 * order: what a deliverer (webhooks) reads next, storing the last one's
 * position as it goes. Commit order makes the position safe to keep: no event
 * committed later can sort before it.
 */
export async function eventsAfter(
  db: Database,
  after: FeedPosition | null,
  limit: number,
): Promise<Tables["events"]["$inferSelect"][]> {
  const e = db.t.events;
  return db.orm
    .select()
    .from(e)
    .where(
      after === null
        ? undefined
        : or(
            gt(e.commitSeq, after.sequence),
            and(eq(e.commitSeq, after.sequence), gt(e.id, after.id)),
          ),
    )
    .orderBy(asc(e.commitSeq), asc(e.id))
    .limit(limit);
}

/**
 * Deletes the events recorded before `cutoff` (retention; the Cron Trigger's),
 * but those a webhook delivery still has to send; returns how many.
 */
export async function pruneEvents(db: Database, cutoff: Date): Promise<number> {
  const e = db.t.events;
  const d = db.t.webhookDeliveries;
  const undelivered = db.orm
    .select({ one: sql`1` })
    .from(d)
    .where(and(eq(d.eventId, e.id), inArray(d.status, ["pending", "failed"])));
  return db.changedRows(
    await db.orm.delete(e).where(and(lt(e.createdAt, cutoff), notExists(undelivered))),
  );
}

/**
 * Deletes the webhook deliveries made before `cutoff` that are over (delivered
 * or dead), with their attempts (by foreign key); returns how many.
 */
export async function pruneDeliveries(db: Database, cutoff: Date): Promise<number> {
  const d = db.t.webhookDeliveries;
  return db.changedRows(
    await db.orm
      .delete(d)
      .where(and(lt(d.createdAt, cutoff), inArray(d.status, ["delivered", "dead"]))),
  );
}
