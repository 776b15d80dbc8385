import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database, ExpectedVersions } from "../../db/database";
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

/**
 * Inserts the post, or replaces the existing one's fields, and reads it back,
 * atomically. With `expected` (an `If-Match`) only an existing post at that
 * version is replaced (see `Database.replaceOne`); `createOnly` (an
 * `If-None-Match: *`) only inserts (see `Database.insertNew`).
 */
export async function writePost(
  db: Database,
  resourceId: string,
  post: z.output<typeof PostBody>,
  expected?: ExpectedVersions,
  createOnly = false,
) {
  const { posts } = db.t;
  const values = postValues(resourceId, post);
  if (createOnly) return db.insertNew(posts, values);
  if (expected !== undefined) {
    const { body, bodyHtml, featuredImageUrl } = values;
    return db.replaceOne(
      posts,
      eq(posts.resourceId, resourceId),
      { body, bodyHtml, featuredImageUrl },
      expected,
    );
  }
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

/** Removes the post (if at an `expected` version); whether there was one. */
export async function deletePost(db: Database, resourceId: string, expected?: ExpectedVersions) {
  return (await db.deleteOne(db.t.posts, eq(db.t.posts.resourceId, resourceId), expected)) > 0;
}
