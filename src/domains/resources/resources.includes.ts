/**
 * `include=` for resources (docs/architecture.md §5): the post, authors, external links and
 * engagement counts of a set of resources (counting only the engagements the
 * caller may see: bookmarks are their subject's alone). Each include is one query over the
 * set's ids, built up front so that it joins the page (or item) query in one
 * `db.read` — one round trip, however many resources and includes.
 *
 * Reused wherever resources are listed (resource items of collections too):
 *
 *   const included = resourceIncludes(db, caller, pageIdsSubquery, include);
 *   const [rows, ...rest] = await db.read(() => [pageQuery, ...included.statements]);
 *   rows.map((row) => ({ ...toResource(row), ...included.assemble(rest)(row.id) }));
 */
import { and, asc, count, eq, inArray, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { visibleEngagements } from "../../access/engagements";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { toLink } from "../links/links.handlers";
import { type EngagementCounts, noEngagements, toAuthor, toPost } from "./resources.shapes";

export const RESOURCE_INCLUDES = ["post", "authors", "links", "counts"] as const;
export type ResourceInclude = (typeof RESOURCE_INCLUDES)[number];

/**
 * The resources to load for: their ids, or a subquery selecting an `id` column
 * (typically the page query itself, with its ORDER BY and LIMIT).
 */
export type ResourceIds = string[] | SQLWrapper;

/** What the includes add to one resource's JSON. */
export interface Included {
  post?: ReturnType<typeof toPost> | null;
  authors?: ReturnType<typeof toAuthor>[];
  links?: ReturnType<typeof toLink>[];
  counts?: EngagementCounts;
}

type Embed = (resourceId: string) => Included;

interface Part {
  statement: PromiseLike<unknown>;
  embed: (rows: unknown) => Embed;
}

/** Ties a statement to the function that embeds its rows, with the rows' type. */
const part = <R>(statement: PromiseLike<R[]>, embed: (rows: R[]) => Embed): Part => ({
  statement,
  embed: (rows) => embed(rows as R[]),
});

function idIn(column: SQLiteColumn, ids: ResourceIds): SQL {
  if (Array.isArray(ids)) return inArray(column, ids);
  // Wrapped in a derived table: MySQL refuses LIMIT directly inside IN (subquery).
  return sql`${column} in (select id from (${ids}) as ${sql.identifier("selected_resources")})`;
}

function groupBy<R, V>(rows: R[], key: (row: R) => string, value: (row: R) => V) {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(value(row));
    else groups.set(key(row), [value(row)]);
  }
  return groups;
}

/**
 * The statements that load `include` for the resources `ids` (run them in the
 * same `db.read` as the resources themselves), and `assemble`, which takes
 * their results in the same order and gives each resource's embedded fields.
 */
export function resourceIncludes(
  db: Database,
  caller: Caller,
  ids: ResourceIds,
  include: ReadonlySet<string>,
) {
  const { posts, resourceAuthors: authors, externalLinks: links, engagements: e } = db.t;
  const parts: Record<ResourceInclude, () => Part> = {
    post: () =>
      part(db.orm.select().from(posts).where(idIn(posts.resourceId, ids)), (rows) => {
        const byResource = new Map(rows.map((row) => [row.resourceId, toPost(row)]));
        return (id) => ({ post: byResource.get(id) ?? null });
      }),
    authors: () =>
      part(
        db.orm.select().from(authors).where(idIn(authors.resourceId, ids)).orderBy(asc(authors.id)),
        (rows) => {
          const byResource = groupBy(rows, (row) => row.resourceId, toAuthor);
          return (id) => ({ authors: byResource.get(id) ?? [] });
        },
      ),
    links: () =>
      part(
        db.orm
          .select()
          .from(links)
          .where(and(eq(links.subjectType, "resource"), idIn(links.subjectId, ids)))
          .orderBy(asc(links.position)),
        (rows) => {
          const bySubject = groupBy(rows, (row) => row.subjectId, toLink);
          return (id) => ({ links: bySubject.get(id) ?? [] });
        },
      ),
    counts: () =>
      part(
        db.orm
          .select({ resourceId: e.objectId, action: e.action, total: count() })
          .from(e)
          .where(
            and(
              eq(e.objectType, "resource"),
              idIn(e.objectId, ids),
              visibleEngagements(db, caller),
            ),
          )
          .groupBy(e.objectId, e.action),
        (rows) => {
          const byResource = new Map<string, EngagementCounts>();
          for (const row of rows) {
            const counts = byResource.get(row.resourceId) ?? noEngagements();
            counts[row.action] = Number(row.total);
            byResource.set(row.resourceId, counts);
          }
          return (id) => ({ counts: byResource.get(id) ?? noEngagements() });
        },
      ),
  };
  const requested = (Object.keys(parts) as ResourceInclude[])
    .filter((name) => include.has(name))
    .map((name) => parts[name]());

  return {
    statements: requested.map((p) => p.statement),
    assemble(results: unknown[]): Embed {
      const embeds = requested.map((p, index) => p.embed(results[index]));
      return (id) => Object.assign({}, ...embeds.map((embed) => embed(id)));
    },
  };
}
