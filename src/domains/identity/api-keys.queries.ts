import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Subject } from "../../auth/caller";
import { type Database, type ExpectedVersions, nextVersion, versionOf } from "../../db/database";
import { firstRowOf, type Plan, planOf } from "../../db/plan";
import type { ApiKeyRow } from "./api-keys.shapes";

/** Keys whose subject is `subject`. */
export const ownedBy = (db: Database, subject: Subject): SQL =>
  and(eq(db.t.apiKeys.subjectType, subject.type), eq(db.t.apiKeys.subjectId, subject.id))!;

/** The key `id`, if it is within `scope`. */
export function apiKeyById(db: Database, id: string, scope?: SQL): Plan<ApiKeyRow | undefined> {
  return firstRowOf(
    db.orm
      .select()
      .from(db.t.apiKeys)
      .where(and(eq(db.t.apiKeys.id, id), scope))
      .limit(1),
  );
}

/** Whether the subject a key would act for exists. */
export function subjectExistence(db: Database, subject: Subject): Plan<boolean> {
  const { users, organizations, workspaces } = db.t;
  const table = { user: users, organization: organizations, workspace: workspaces }[subject.type];
  const row = db.orm.select({ id: table.id }).from(table).where(eq(table.id, subject.id)).limit(1);
  return planOf(row, (rows) => rows.length > 0);
}

export const insertApiKey = (db: Database, values: Database["t"]["apiKeys"]["$inferInsert"]) =>
  db.insertOne(db.t.apiKeys, values);

/**
 * Revokes a key and every key minted from it, at any depth, in one atomic
 * round trip; answers the ids of that lineage. (The lineage is a derived table
 * so MySQL/MariaDB accept it in an UPDATE of the same table.) With `expected`
 * versions the first statement moves the key's version only if it is one of
 * them, and the lineage starts only from a key at the version it moved to: a
 * stale one revokes nothing and answers 412.
 */
export async function revokeApiKey(
  db: Database,
  id: string,
  expected?: ExpectedVersions,
): Promise<string[]> {
  const { apiKeys } = db.t;
  const version = versionOf(apiKeys, expected);
  const next = Array.isArray(expected) ? nextVersion(expected) : undefined;
  const root = and(eq(apiKeys.id, id), next && eq(apiKeys.updatedAt, next));
  const lineage = sql`(select id from (
    with recursive lineage(id) as (
      select id from ${apiKeys} where ${root}
      union all
      select child.id from ${apiKeys} child join lineage on child.parent_key_id = lineage.id
    ) select id from lineage) lineage_ids)`;
  const inLineage = sql`${apiKeys.id} in ${lineage}`;
  const revokedAt = new Date();
  const results = await db.atomic((orm) => [
    ...(next
      ? [
          orm
            .update(apiKeys)
            .set({ updatedAt: next })
            .where(and(eq(apiKeys.id, id), version)),
        ]
      : []),
    orm.select({ id: apiKeys.id }).from(apiKeys).where(inLineage),
    orm
      .update(apiKeys)
      .set({ revokedAt })
      .where(and(inLineage, isNull(apiKeys.revokedAt))),
    // The keys this write revoked (those revoked before keep their time).
    ...db.recordEvents(orm, "updated", apiKeys, and(inLineage, eq(apiKeys.revokedAt, revokedAt))!),
  ]);
  if (next && db.changedRows(results[0]) === 0) {
    await db.refuseStale(apiKeys, eq(apiKeys.id, id));
    return [];
  }
  // The lineage's ids: the first statement after the version's update.
  return (results[next ? 1 : 0] as { id: string }[]).map((row) => row.id);
}
