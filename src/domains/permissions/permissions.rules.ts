/**
 * Who sees and who changes permission rows: a row is seen by whoever manages
 * its object (its owner, admins) and by the subject it names; it is changed
 * only by whoever manages its object.
 */
import { and, eq, or, type SQL, sql } from "drizzle-orm";
import { requireScope, resolveManagePredicate } from "../../access/engine";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { type Plan, planOf } from "../../db/plan";
import { forbidden, notFound } from "../../errors";
import type { PermissionRow } from "./permissions.shapes";

/** Rows naming the caller itself as their subject. */
function namingCaller(db: Database, caller: Caller): SQL | undefined {
  const { permissions } = db.t;
  const subject = caller.subject;
  if (subject?.type !== "user" && subject?.type !== "organization") return undefined;
  return and(eq(permissions.subjectType, subject.type), eq(permissions.subjectId, subject.id));
}

const manageableRows = (db: Database, caller: Caller) =>
  resolveManagePredicate(db, caller, db.t.permissions.objectType, db.t.permissions.objectId);

/**
 * The rows a caller may see: those on objects it manages and those naming it.
 * Undefined means all (admins).
 */
export function visiblePermissions(db: Database, caller: Caller): SQL | undefined {
  const manageable = manageableRows(db, caller);
  if (!manageable) return undefined;
  return or(manageable, namingCaller(db, caller));
}

/**
 * The row `id`, for reading (`read`) or changing (`write`) it: one query that
 * loads it with whether the caller may see it (else 404, as if absent) and
 * may change it (else 403).
 */
export function permissionAuthorization(
  db: Database,
  caller: Caller,
  id: string,
  verb: "read" | "write",
): Plan<PermissionRow> {
  requireScope(caller, "permissions", verb);
  const { permissions } = db.t;
  const manageable = manageableRows(db, caller) ?? sql`1 = 1`;
  const visible = or(manageable, namingCaller(db, caller));
  const query = db.orm
    .select({
      row: permissions,
      visible: sql<unknown>`case when ${visible} then 1 else 0 end`,
      manageable: sql<unknown>`case when ${manageable} then 1 else 0 end`,
    })
    .from(permissions)
    .where(eq(permissions.id, id))
    .limit(1);
  return planOf(query, ([found]) => {
    if (!found || Number(found.visible) !== 1) throw notFound("Permission");
    if (verb === "write" && Number(found.manageable) !== 1) {
      throw forbidden("Only the object's owner may change its permissions");
    }
    return found.row;
  });
}
