import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Reference } from "../../access/references";
import type { Database, ExpectedVersions } from "../../db/database";
import { mapPlan } from "../../db/plan";
import { authorList } from "./authors.routes";
import { authorInserts, missingAuthor } from "./resources.queries";
import type { AuthorBody } from "./resources.routes";
import { type AuthorRow, toAuthor } from "./resources.shapes";

/** One page of a resource's authors (and its total when asked). */
export function authorPage(
  db: Database,
  resourceId: string,
  params: z.output<typeof authorList.query>,
) {
  const page = authorList.pagePlan(db, params, eq(db.t.resourceAuthors.resourceId, resourceId));
  return mapPlan(page, ({ data, meta }) => ({ data: data.map(toAuthor), meta }));
}

/** The ids a list of authors names, for the reference check (`path` is the list's field). */
export function authorReferences(
  authors: z.output<typeof AuthorBody>[],
  path: string,
): Reference[] {
  return authors.map((author, index) => ({
    type: author.type,
    id: author.id,
    path: path ? `${path}[${index}].id` : "id",
  }));
}

/** Adds an author (422 if it does not exist, 409 if already credited) and reads it back. */
export async function addAuthor(
  db: Database,
  resourceId: string,
  author: z.output<typeof AuthorBody>,
) {
  const { resourceAuthors: a } = db.t;
  try {
    const results = await db.atomic((orm) => [
      ...authorInserts(db, orm, resourceId, [author]),
      orm
        .select()
        .from(a)
        .where(
          and(
            eq(a.resourceId, resourceId),
            eq(a.authorType, author.type),
            eq(a.authorId, author.id),
          ),
        ),
    ]);
    return (results.at(-1) as AuthorRow[])[0]!;
  } catch (error) {
    throw missingAuthor(error, "id") ?? error;
  }
}

/** Removes one author row of the resource; whether there was one. */
export async function removeAuthor(
  db: Database,
  resourceId: string,
  authorRowId: string,
  expected?: ExpectedVersions,
) {
  const { resourceAuthors: a } = db.t;
  const author = and(eq(a.id, authorRowId), eq(a.resourceId, resourceId))!;
  return (await db.deleteOne(a, author, expected)) > 0;
}
