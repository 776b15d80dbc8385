import { eq } from "drizzle-orm";
import type { Database } from "../../db/database";
import { type Plan, planOf } from "../../db/plan";
import type { ActionRow } from "./actions.shapes";

type ActionInsert = Database["t"]["permissionActions"]["$inferInsert"];

export function actionById(db: Database, id: string): Plan<ActionRow | undefined> {
  const { permissionActions } = db.t;
  return planOf(
    db.orm.select().from(permissionActions).where(eq(permissionActions.id, id)).limit(1),
    ([row]) => row,
  );
}

export async function insertAction(db: Database, values: ActionInsert): Promise<ActionRow> {
  const [row] = await db.insertReturning(db.t.permissionActions, [values]);
  return row!;
}

/** A new slug carries the permission rows using the old one along (a cascading key). */
export async function updateAction(
  db: Database,
  id: string,
  patch: Partial<ActionInsert>,
): Promise<ActionRow | undefined> {
  const { permissionActions } = db.t;
  const [row] = await db.updateReturning(permissionActions, eq(permissionActions.id, id), patch);
  return row;
}

/** Removes the action and (by its cascading key) every permission row using it; whether it existed. */
export async function deleteAction(db: Database, id: string): Promise<boolean> {
  const { permissionActions } = db.t;
  return (await db.deleteWhere(permissionActions, eq(permissionActions.id, id))) > 0;
}
