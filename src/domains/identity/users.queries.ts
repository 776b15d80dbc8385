import { eq } from "drizzle-orm";
import type { Database, ExpectedVersions } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import { firstRowOf, type Plan } from "../../db/plan";
import { newUserWrites } from "../../db/users";
import type { UserRow } from "./users.shapes";

type UserInsert = Database["t"]["users"]["$inferInsert"];

export function userById(db: Database, id: string): Plan<UserRow | undefined> {
  const { users } = db.t;
  return firstRowOf(db.orm.select().from(users).where(eq(users.id, id)).limit(1));
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

export const updateUser = (
  db: Database,
  id: string,
  patch: Partial<UserInsert>,
  expected?: ExpectedVersions,
) => db.updateById(db.t.users, id, patch, expected);
