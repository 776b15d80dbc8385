import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "../../db/database";
import { type Plan, planOf } from "../../db/plan";
import { postValues } from "./resources.queries";
import type { PostBody } from "./resources.routes";
import type { PostRow } from "./resources.shapes";

/** The resource's post, if it has one. */
export function postOf(db: Database, resourceId: string): Plan<PostRow | undefined> {
  const { posts } = db.t;
  const found = db.orm.select().from(posts).where(eq(posts.resourceId, resourceId)).limit(1);
  return planOf(found, ([post]) => post);
}

/** Inserts the post, or replaces the existing one's fields, and reads it back, atomically. */
export async function writePost(db: Database, resourceId: string, post: z.output<typeof PostBody>) {
  const { posts } = db.t;
  const values = postValues(resourceId, post);
  const rows = (
    await db.atomic((orm) => [
      ...db.upsert(orm, posts, values, {
        target: [posts.resourceId],
        set: {
          body: values.body,
          bodyHtml: values.bodyHtml,
          featuredImageUrl: values.featuredImageUrl,
          updatedAt: new Date(),
        },
      }),
      orm.select().from(posts).where(eq(posts.resourceId, resourceId)),
    ])
  ).at(-1) as PostRow[];
  return rows[0]!;
}

/** Removes the post; whether there was one. */
export async function deletePost(db: Database, resourceId: string) {
  return (await db.deleteWhere(db.t.posts, eq(db.t.posts.resourceId, resourceId))) > 0;
}
