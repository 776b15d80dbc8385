import { eq } from "drizzle-orm";
import type { Database } from "../../db/database";

type UserRow = Database["t"]["users"]["$inferSelect"];
type UserInsert = Database["t"]["users"]["$inferInsert"];

export async function findUser(db: Database, id: string): Promise<UserRow | undefined> {
  const [row] = await db.orm.select().from(db.t.users).where(eq(db.t.users.id, id)).limit(1);
  return row;
}

export async function insertUser(db: Database, values: UserInsert): Promise<UserRow> {
  const [row] = await db.insertReturning(db.t.users, [values]);
  return row!;
}

export async function updateUser(
  db: Database,
  id: string,
  patch: Partial<UserInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db.updateReturning(db.t.users, eq(db.t.users.id, id), patch);
  return row;
}
