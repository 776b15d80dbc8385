import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "../../db/database";
import { postValues } from "./resources.queries";
import type { PostBody } from "./resources.routes";
import type { PostRow } from "./resources.shapes";

export function postQuery(db: Database, resourceId: string) {
  const { posts } = db.t;
  return db.orm.select().from(posts).where(eq(posts.resourceId, resourceId)).limit(1);
}

/** Inserts the post, or replaces the existing one's fields, and reads it back, atomically. */
export async function writePost(db: Database, resourceId: string, post: z.output<typeof PostBody>) {
  const { posts } = db.t;
  const values = postValues(resourceId, post);
  const [, rows] = (await db.atomic((orm) => [
    db.upsert(orm, posts, values, {
      target: [posts.resourceId],
      set: {
        body: values.body,
        bodyHtml: values.bodyHtml,
        featuredImageUrl: values.featuredImageUrl,
        updatedAt: new Date(),
      },
    }),
    orm.select().from(posts).where(eq(posts.resourceId, resourceId)),
  ])) as [unknown, PostRow[]];
  return rows[0]!;
}

/** Removes the post; whether there was one. */
export async function deletePost(db: Database, resourceId: string) {
  return (await db.deleteWhere(db.t.posts, eq(db.t.posts.resourceId, resourceId))) > 0;
}
