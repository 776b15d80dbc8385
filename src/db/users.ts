/**
 * Users as every domain meets them: what creating one writes, and whether one
 * exists (profiles are public: no permission applies).
 */
import { eq } from "drizzle-orm";
import type { Database, Orm } from "./database";
import { type Plan, planOf } from "./plan";
import { indexInserts } from "./search/search-index";
import { staticCollectionRows } from "./static-collections";

type UserInsert = Database["t"]["users"]["$inferInsert"];

/**
 * What creating a user writes: the user and their static collections. Every
 * path that creates users (the admin endpoint, provisioning from a token) runs
 * these statements inside one atomic write, with whatever else it adds.
 */
export function newUserWrites(db: Database, orm: Orm, user: UserInsert & { id: string }) {
  return [
    ...db.insertRecorded(orm, db.t.users, [user]),
    ...indexInserts(db, orm, "user", [user]),
    ...db.insertRecorded(
      orm,
      db.t.collections,
      staticCollectionRows({ type: "user", id: user.id }),
    ),
  ];
}

/** Whether the user exists (profiles are public: no permission applies). */
export function userExists(db: Database, id: string): Plan<boolean> {
  const { users } = db.t;
  const found = db.orm.select({ id: users.id }).from(users).where(eq(users.id, id)).limit(1);
  return planOf(found, (rows) => rows.length > 0);
}
