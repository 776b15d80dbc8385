import { eq } from "drizzle-orm";
import type { Database, ExpectedVersions } from "../../db/database";
import { firstRowOf, type Plan } from "../../db/plan";
import type { ActionRow } from "./actions.shapes";

type ActionInsert = Database["t"]["permissionActions"]["$inferInsert"];

export function actionById(db: Database, id: string): Plan<ActionRow | undefined> {
  const { permissionActions } = db.t;
  return firstRowOf(
    db.orm.select().from(permissionActions).where(eq(permissionActions.id, id)).limit(1),
  );
}

export const insertAction = (db: Database, values: ActionInsert) =>
  db.insertOne(db.t.permissionActions, values);

/** A new slug carries the permission rows using the old one along (a cascading key). */
export const updateAction = (
  db: Database,
  id: string,
  patch: Partial<ActionInsert>,
  expected?: ExpectedVersions,
) => db.updateById(db.t.permissionActions, id, patch, expected);

/** Removes the action and (by its cascading key) every permission row using it; whether it existed. */
export const deleteAction = (db: Database, id: string, expected?: ExpectedVersions) =>
  db.deleteById(db.t.permissionActions, id, expected).then((n) => n > 0);
