/**
 * What creating a user writes: the user and their static collections. Every
 * path that creates users (the admin endpoint, provisioning from a token) runs
 * these statements inside one atomic write, with whatever else it adds.
 */
import type { Database, Orm } from "./database";
import { staticCollectionRows } from "./static-collections";

type UserInsert = Database["t"]["users"]["$inferInsert"];

export function newUserWrites(db: Database, orm: Orm, user: UserInsert & { id: string }) {
  return [
    orm.insert(db.t.users).values(user),
    ...db.insertChunks(orm, db.t.collections, staticCollectionRows({ type: "user", id: user.id })),
  ];
}
