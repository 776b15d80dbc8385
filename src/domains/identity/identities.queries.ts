import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/database";
import { type Plan, planOf } from "../../db/plan";
import type { UserIdentityRow } from "./identities.shapes";

/** Identities of `userId`. */
export const identitiesOf = (db: Database, userId: string) =>
  eq(db.t.userIdentities.userId, userId);

/** The identity `id` of the user `userId`. */
export function identityOf(
  db: Database,
  userId: string,
  id: string,
): Plan<UserIdentityRow | undefined> {
  const { userIdentities } = db.t;
  return planOf(
    db.orm
      .select()
      .from(userIdentities)
      .where(and(eq(userIdentities.id, id), eq(userIdentities.userId, userId)))
      .limit(1),
    ([row]) => row,
  );
}

export async function insertIdentity(
  db: Database,
  values: Database["t"]["userIdentities"]["$inferInsert"],
): Promise<UserIdentityRow> {
  const [row] = await db.insertReturning(db.t.userIdentities, [values]);
  return row!;
}

export async function deleteIdentity(db: Database, id: string): Promise<boolean> {
  return (await db.deleteWhere(db.t.userIdentities, eq(db.t.userIdentities.id, id))) > 0;
}
