/**
 * What deleting an object takes with it. Foreign keys cascade within a table
 * family (a resource's post and authors, a collection's items, a team's
 * members); polymorphic `(type, id)` references cannot carry a foreign key, so
 * they are listed here, once, and every delete removes them — and whatever the
 * object owns — in the same atomic write as the object itself. Foreign keys
 * also take a user's identities, team memberships, feature grants and billing
 * subscriptions, and set a deleted organization's members and teams to none.
 */
import { and, eq, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Database, type ExpectedVersions, type Orm, versionOf } from "./database";
import type { Tables } from "./schema";
import { unindexStatement } from "./search/search-index";
import { lit } from "./sql";

export type DeletableKind =
  | "resource"
  | "workspace"
  | "collection"
  | "user"
  | "team"
  | "organization";

/** A `(type, id)` pair of columns naming a row of another table. */
interface Reference {
  table: SQLiteTable;
  type: SQLiteColumn;
  id: SQLiteColumn;
}

function references(t: Tables): Reference[] {
  const pair = (table: SQLiteTable, type: SQLiteColumn, id: SQLiteColumn) => ({ table, type, id });
  return [
    pair(t.permissions, t.permissions.objectType, t.permissions.objectId),
    pair(t.permissions, t.permissions.subjectType, t.permissions.subjectId),
    pair(t.engagements, t.engagements.objectType, t.engagements.objectId),
    pair(t.engagements, t.engagements.subjectType, t.engagements.subjectId),
    pair(
      t.engagementMentions,
      t.engagementMentions.mentionedType,
      t.engagementMentions.mentionedId,
    ),
    pair(t.collectionItems, t.collectionItems.itemType, t.collectionItems.itemId),
    pair(t.collectionItemFilters, t.collectionItemFilters.itemType, t.collectionItemFilters.itemId),
    pair(t.externalLinks, t.externalLinks.subjectType, t.externalLinks.subjectId),
    pair(t.resourceAuthors, t.resourceAuthors.authorType, t.resourceAuthors.authorId),
    pair(t.apiKeys, t.apiKeys.subjectType, t.apiKeys.subjectId),
  ];
}

const tableOf = (t: Tables, kind: DeletableKind) =>
  ({
    resource: t.resources,
    workspace: t.workspaces,
    collection: t.collections,
    user: t.users,
    team: t.teams,
    organization: t.organizations,
  })[kind];

/** What each kind owns, as the ids of those rows given the owners' ids. */
function ownedBy(t: Tables, kind: DeletableKind, ids: SQL): [DeletableKind, SQL][] {
  const byOwner = (table: Tables["resources"] | Tables["collections"] | Tables["workspaces"]) =>
    sql`select ${table.id} from ${table} where ${table.ownerType} = ${lit(kind)} and ${table.ownerId} in ${ids}`;
  switch (kind) {
    case "workspace":
      return [
        ["resource", byOwner(t.resources)],
        ["collection", byOwner(t.collections)],
      ];
    case "organization":
      return [
        ["workspace", byOwner(t.workspaces)],
        ["resource", byOwner(t.resources)],
      ];
    case "user":
      return [
        ["workspace", byOwner(t.workspaces)],
        ["resource", byOwner(t.resources)],
        ["collection", byOwner(t.collections)],
        ["team", sql`select ${t.teams.id} from ${t.teams} where ${t.teams.ownerUserId} in ${ids}`],
      ];
    default:
      return [];
  }
}

/**
 * The statements that delete the objects of `kind` selected by `ids` (a list,
 * or a subquery of ids), everything that names them, and everything they own,
 * deepest first, each after the statement recording its rows' `deleted`
 * events. Run them with `db.atomic`.
 */
export function deleteStatements(
  db: Database,
  orm: Orm,
  kind: DeletableKind,
  ids: string[] | SQLWrapper,
): PromiseLike<unknown>[] {
  const { t } = db;
  // A subquery is wrapped in a derived table: MySQL refuses a DELETE whose
  // subquery reads the table being deleted from, unless it is materialized.
  const idSet = Array.isArray(ids)
    ? sql`(${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql`(select id from (${ids}) as ${sql.identifier("selected_ids")})`;
  const statements = ownedBy(t, kind, idSet).flatMap(([ownedKind, ownedIds]) =>
    deleteStatements(db, orm, ownedKind, ownedIds),
  );
  // Each delete is preceded by the events of what it removes (docs/architecture.md §19).
  const removing = (table: SQLiteTable, where: SQL) => {
    statements.push(...db.recordEvents(orm, "deleted", table, where));
    statements.push(orm.delete(table).where(where));
  };
  for (const ref of references(t)) {
    // Only references whose type column can name this kind at all.
    if (!ref.type.enumValues?.includes(kind)) continue;
    removing(ref.table, sql`${ref.type} = ${lit(kind)} and ${ref.id} in ${idSet}`);
  }
  if (kind === "resource" || kind === "workspace" || kind === "user") {
    statements.push(unindexStatement(db, orm, kind, idSet));
  }
  const table = tableOf(t, kind);
  removing(table, sql`${table.id} in ${idSet}`);
  return statements;
}

/**
 * Deletes one object of `kind`, everything that names it and everything it
 * owns, atomically; whether the object was there (the last statement deletes it).
 *
 * With `expected` versions (an `If-Match`'s) every statement selects the object
 * by id and version, so a version that is not current deletes nothing and
 * answers 412. On Postgres and MySQL each statement reads the object again:
 * the first one locks its row (an update that changes nothing), so no
 * concurrent write changes the version between the statements. D1 runs a
 * batch alone.
 */
export async function deleteCascading(
  db: Database,
  kind: DeletableKind,
  id: string,
  expected?: ExpectedVersions,
): Promise<boolean> {
  const table = tableOf(db.t, kind);
  const version = versionOf(table, expected);
  if (!version) {
    const results = await db.atomic((orm) => deleteStatements(db, orm, kind, [id]));
    return db.changedRows(results.at(-1)) > 0;
  }
  const current = and(eq(table.id, id), version);
  const results = await db.atomic((orm) => [
    ...(db.dialect === "d1"
      ? []
      : [
          orm
            .update(table)
            .set({ updatedAt: sql`${table.updatedAt}` })
            .where(current),
        ]),
    ...deleteStatements(db, orm, kind, sql`select ${table.id} from ${table} where ${current}`),
  ]);
  if (db.changedRows(results.at(-1)) > 0) return true;
  await db.refuseStale(table, eq(table.id, id));
  return false;
}
