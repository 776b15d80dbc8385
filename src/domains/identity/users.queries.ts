import { eq } from "drizzle-orm";
import { deleteStatements } from "../../db/cascade";
import type { Database } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import { newUserWrites } from "../../db/users";

type UserRow = Database["t"]["users"]["$inferSelect"];
type UserInsert = Database["t"]["users"]["$inferInsert"];

export async function findUser(db: Database, id: string): Promise<UserRow | undefined> {
  const [row] = await db.orm.select().from(db.t.users).where(eq(db.t.users.id, id)).limit(1);
  return row;
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

export async function updateUser(
  db: Database,
  id: string,
  patch: Partial<UserInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db.updateReturning(db.t.users, eq(db.t.users.id, id), patch);
  return row;
}

/**
 * Deletes the user and everything they own or that names them, atomically
 * (see cascade.ts); whether there was such a user.
 */
export async function deleteUser(db: Database, id: string): Promise<boolean> {
  const results = await db.atomic((orm) => deleteStatements(db, orm, "user", [id]));
  return db.changedRows(results.at(-1)) > 0;
}
