import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/database";

export type UserIdentityRow = Database["t"]["userIdentities"]["$inferSelect"];

/** Identities of `userId`. */
export const identitiesOf = (db: Database, userId: string) =>
  eq(db.t.userIdentities.userId, userId);

export async function userExists(db: Database, id: string): Promise<boolean> {
  const { users } = db.t;
  const [row] = await db.orm.select({ id: users.id }).from(users).where(eq(users.id, id)).limit(1);
  return row !== undefined;
}

export async function findIdentity(db: Database, userId: string, id: string) {
  const { userIdentities } = db.t;
  const [row] = await db.orm
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.id, id), eq(userIdentities.userId, userId)))
    .limit(1);
  return row;
}

export async function deleteIdentity(db: Database, id: string): Promise<boolean> {
  return (await db.deleteWhere(db.t.userIdentities, eq(db.t.userIdentities.id, id))) > 0;
}
