import { and, eq, or, type SQL, sql } from "drizzle-orm";
import { resolveManagePredicate } from "../../access/engine";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";

export type PermissionRow = Database["t"]["permissions"]["$inferSelect"];
type PermissionInsert = Database["t"]["permissions"]["$inferInsert"];

/** Rows naming the caller itself as their subject. */
function namingCaller(db: Database, caller: Caller): SQL | undefined {
  const { permissions } = db.t;
  const subject = caller.subject;
  if (subject?.type !== "user" && subject?.type !== "organization") return undefined;
  return and(eq(permissions.subjectType, subject.type), eq(permissions.subjectId, subject.id));
}

/**
 * The rows a caller may see: those on objects it owns and those naming it.
 * Undefined means all (admins).
 */
export function visiblePermissions(db: Database, caller: Caller): SQL | undefined {
  const { permissions } = db.t;
  const manageable = resolveManagePredicate(
    db,
    caller,
    permissions.objectType,
    permissions.objectId,
  );
  if (!manageable) return undefined;
  return or(manageable, namingCaller(db, caller));
}

/** One row with whether the caller may see it and may change it. */
export async function findPermissionForCaller(db: Database, caller: Caller, id: string) {
  const { permissions } = db.t;
  const manageable =
    resolveManagePredicate(db, caller, permissions.objectType, permissions.objectId) ?? sql`1 = 1`;
  const visible = or(manageable, namingCaller(db, caller));
  const [found] = await db.orm
    .select({
      row: permissions,
      visible: sql<unknown>`case when ${visible} then 1 else 0 end`,
      manageable: sql<unknown>`case when ${manageable} then 1 else 0 end`,
    })
    .from(permissions)
    .where(eq(permissions.id, id))
    .limit(1);
  return (
    found && {
      row: found.row,
      visible: Number(found.visible) === 1,
      manageable: Number(found.manageable) === 1,
    }
  );
}

/**
 * Writes the tuple's value (insert, or update when the tuple exists) and reads
 * the row back, atomically. `created` tells which happened.
 */
export async function upsertPermission(db: Database, values: PermissionInsert & { id: string }) {
  const { permissions: p } = db.t;
  const tuple = and(
    eq(p.objectType, values.objectType),
    eq(p.objectId, values.objectId),
    eq(p.action, values.action),
    eq(p.subjectType, values.subjectType),
    eq(p.subjectId, values.subjectId),
  );
  const [, rows] = (await db.atomic((orm) => [
    db.upsert(orm, p, values, {
      target: [p.objectType, p.objectId, p.action, p.subjectType, p.subjectId],
      set: { value: values.value, updatedAt: new Date() },
    }),
    orm.select().from(p).where(tuple).limit(1),
  ])) as [unknown, PermissionRow[]];
  const row = rows[0]!;
  return { row, created: row.id === values.id };
}
