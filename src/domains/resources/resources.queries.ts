import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Caller } from "../../auth/caller";
import { workspaceVisibilityOf } from "../../db/copies";
import type { Database, ExpectedVersions, Orm } from "../../db/database";
import { constraintViolation } from "../../db/errors";
import { uuidv7 } from "../../db/ids";
import { allOf, mapPlan, planOf } from "../../db/plan";
import { indexInserts } from "../../db/search/search-index";
import { ApiError } from "../../errors";
import { resourceIncludes } from "./resources.includes";
import type { AuthorBody, PostBody, resourceList } from "./resources.routes";
import { type AuthorRow, type PostRow, type ResourceRow, toResource } from "./resources.shapes";

/** `resourceList` and `ownedResourceList` differ only in their filters. */
type ResourceListing = typeof resourceList;

/**
 * One page of the resources the caller may read (`readable`), those of
 * `owner` only when named, with their includes (selected by the page's ids
 * through a subquery repeating the page query) and its total when asked for.
 */
export function resourcePage(
  db: Database,
  caller: Caller,
  list: ResourceListing,
  params: z.output<ResourceListing["query"]>,
  readable: SQL | undefined,
  owner?: { type: ResourceRow["ownerType"]; id: string },
) {
  const r = db.t.resources;
  const scope = owner
    ? and(readable, eq(r.ownerType, owner.type), eq(r.ownerId, owner.id))
    : readable;
  const page = list.pagePlan(db, params, scope, (window) => {
    // The table's columns (and the relevance the cursor reads): a resource row.
    const rows = window.select(window.columns).limit(window.fetch) as unknown as PromiseLike<
      ResourceRow[]
    >;
    const pageIds = window.select({ id: r.id }).limit(window.limit);
    return mapPlan(
      allOf(
        planOf(rows, (found) => found),
        resourceIncludes(db, caller, pageIds, window.include),
      ),
      ([found, embed]) => found.map((row) => ({ ...row, included: embed(row.id) })),
    );
  });
  return mapPlan(page, ({ data, meta }) => ({
    data: data.map(({ included, ...row }) => ({ ...toResource(row), ...included })),
    meta,
  }));
}

type AuthorInput = z.output<typeof AuthorBody>;
type PostInput = z.output<typeof PostBody>;

export const postValues = (resourceId: string, post: PostInput) => ({
  resourceId,
  body: post.body,
  bodyHtml: post.body_html ?? null,
  featuredImageUrl: post.featured_image_url ?? null,
});

/**
 * Inserts of author rows. Handlers check first that the caller may read each
 * author (`referenceCheck`); the id is also written as a lookup of that user
 * or workspace, so one deleted since is NULL, which `author_id`'s NOT NULL
 * refuses, failing the whole atomic write. `missingAuthor` turns that failure
 * into its 422.
 */
export function authorInserts(db: Database, orm: Orm, resourceId: string, list: AuthorInput[]) {
  const { users, workspaces } = db.t;
  const rows = list.map((author) => {
    const table = author.type === "user" ? users : workspaces;
    const existing = sql`(select ${table.id} from ${table} where ${table.id} = ${author.id})`;
    return {
      resourceId,
      authorType: author.type,
      // An SQL value where the row type expects the id itself; Drizzle inserts either.
      authorId: existing as unknown as string,
      ...(author.role ? { role: author.role } : {}),
    };
  });
  return db.insertRecorded(orm, db.t.resourceAuthors, rows);
}

/** The 422 for an author that does not exist (see `authorInserts`), or undefined. */
export function missingAuthor(error: unknown, path: string): ApiError | undefined {
  if (constraintViolation(error)?.kind !== "not_null") return undefined;
  return new ApiError(422, "An author does not exist", [
    { location: "json", path, message: "No such user or workspace" },
  ]);
}

export interface NewResource {
  resource: Omit<Database["t"]["resources"]["$inferInsert"], "id">;
  post?: PostInput;
  authors?: AuthorInput[];
}

/** A resource with its post and authors in one atomic write; returns all three as stored. */
export async function insertResource(db: Database, values: NewResource) {
  const id = uuidv7();
  const { resources, posts, resourceAuthors } = db.t;
  const { ownerType, ownerId } = values.resource;
  // An SQL value where the row type expects the visibility itself; Drizzle inserts either.
  const workspaceVisibility = workspaceVisibilityOf(db.t, ownerType, ownerId) as never;
  let results: unknown[];
  try {
    results = await db.atomic((orm) => [
      ...db.insertRecorded(orm, resources, [{ ...values.resource, id, workspaceVisibility }]),
      ...indexInserts(db, orm, "resource", [{ ...values.resource, id }]),
      ...(values.post ? db.insertRecorded(orm, posts, [postValues(id, values.post)]) : []),
      ...authorInserts(db, orm, id, values.authors ?? []),
      orm.select().from(resources).where(eq(resources.id, id)),
      orm.select().from(posts).where(eq(posts.resourceId, id)),
      orm
        .select()
        .from(resourceAuthors)
        .where(eq(resourceAuthors.resourceId, id))
        .orderBy(asc(resourceAuthors.id)),
    ]);
  } catch (error) {
    throw missingAuthor(error, "authors") ?? error;
  }
  const [resource, post, authors] = results.slice(-3) as [ResourceRow[], PostRow[], AuthorRow[]];
  return { resource: resource[0]!, post: post[0] ?? null, authors };
}

/** `current`: the row as read before (by the authorization), whose searched fields the patch may keep. */
export async function updateResource(
  db: Database,
  id: string,
  patch: Partial<Database["t"]["resources"]["$inferInsert"]>,
  current: ResourceRow,
  expected?: ExpectedVersions,
) {
  return db.updateById(db.t.resources, id, patch, expected, current);
}
