import { and, eq } from "drizzle-orm";
import type { Database, ExpectedVersions } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import type { PermissionRow } from "./permissions.shapes";

type PermissionTuple = Omit<
  Database["t"]["permissions"]["$inferInsert"],
  "id" | "createdAt" | "updatedAt"
>;

/**
 * Writes the tuple's value (insert, or update when the tuple exists) and reads
 * the row back, atomically. `created` tells which happened.
 */
export async function upsertPermission(db: Database, tuple: PermissionTuple) {
  const { permissions: p } = db.t;
  const values = { ...tuple, id: uuidv7() };
  const sameTuple = and(
    eq(p.objectType, values.objectType),
    eq(p.objectId, values.objectId),
    eq(p.action, values.action),
    eq(p.subjectType, values.subjectType),
    eq(p.subjectId, values.subjectId),
  );
  const rows = (
    await db.atomic((orm) => [
      ...db.upsert(orm, p, values, {
        target: [p.objectType, p.objectId, p.action, p.subjectType, p.subjectId],
        set: { value: values.value, updatedAt: new Date() },
      }),
      orm.select().from(p).where(sameTuple).limit(1),
    ])
  ).at(-1) as PermissionRow[];
  const row = rows[0]!;
  return { row, created: row.id === values.id };
}

export const updatePermissionValue = (
  db: Database,
  id: string,
  value: PermissionRow["value"],
  expected?: ExpectedVersions,
) => db.updateById(db.t.permissions, id, { value }, expected);

export const deletePermissionRow = (db: Database, id: string, expected?: ExpectedVersions) =>
  db.deleteById(db.t.permissions, id, expected);
