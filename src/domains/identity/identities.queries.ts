import { and, eq } from "drizzle-orm";
import type { Database, ExpectedVersions } from "../../db/database";
import { firstRowOf, type Plan } from "../../db/plan";
import type { UserIdentityRow } from "./identities.shapes";

type UserIdentityInsert = Database["t"]["userIdentities"]["$inferInsert"];

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
  return firstRowOf(
    db.orm
      .select()
      .from(userIdentities)
      .where(and(eq(userIdentities.id, id), eq(userIdentities.userId, userId)))
      .limit(1),
  );
}

export const insertIdentity = (db: Database, values: UserIdentityInsert) =>
  db.insertOne(db.t.userIdentities, values);

export async function deleteIdentity(
  db: Database,
  id: string,
  expected?: ExpectedVersions,
): Promise<boolean> {
  return (await db.deleteById(db.t.userIdentities, id, expected)) > 0;
}
