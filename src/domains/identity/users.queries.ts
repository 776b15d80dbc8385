import { eq } from "drizzle-orm";
import { deleteStatements } from "../../db/cascade";
import type { Database } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import { firstRowOf, type Plan, planOf } from "../../db/plan";
import { newUserWrites } from "../../db/users";
import type { UserRow } from "./users.shapes";

type UserInsert = Database["t"]["users"]["$inferInsert"];

export function userById(db: Database, id: string): Plan<UserRow | undefined> {
  const { users } = db.t;
  return firstRowOf(db.orm.select().from(users).where(eq(users.id, id)).limit(1));
}

export function userExists(db: Database, id: string): Plan<boolean> {
  const { users } = db.t;
  return planOf(
    db.orm.select({ id: users.id }).from(users).where(eq(users.id, id)).limit(1),
    (rows) => rows.length > 0,
  );
}

/** A user and their static collections, in one atomic write. */
export async function insertUser(db: Database, values: UserInsert): Promise<UserRow> {
  const id = uuidv7();
  const { users } = db.t;
  const results = await db.atomic((orm) => [
    ...newUserWrites(db, orm, { ...values, id }),
    orm.select().from(users).where(eq(users.id, id)),
  ]);
  return (results.at(-1) as UserRow[])[0]!;
}

export const updateUser = (db: Database, id: string, patch: Partial<UserInsert>) =>
  db.updateById(db.t.users, id, patch);

/**
 * Deletes the user and everything they own or that names them, atomically
 * (see cascade.ts); whether there was such a user.
 */
export async function deleteUser(db: Database, id: string): Promise<boolean> {
  const results = await db.atomic((orm) => deleteStatements(db, orm, "user", [id]));
  return db.changedRows(results.at(-1)) > 0;
}
