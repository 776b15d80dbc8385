/**
 * `include=` for resources (docs/architecture.md §5): the post, authors, external links and
 * engagement counts of a set of resources (counting only the engagements the
 * caller may see: bookmarks are their subject's alone). Each include is one query over the
 * set's ids, built up front so that it joins the page (or item) query in one
 * `db.load` — one round trip, however many resources and includes:
 *
 *   const [row, embed] = await db.load(access, resourceIncludes(db, caller, [id], include));
 *   ({ ...toResource(row), ...embed(row.id) });
 */
import { and, asc, count, eq, inArray, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { visibleEngagements } from "../../access/engagements";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { allOf, mapPlan, type Plan, planOf } from "../../db/plan";
import { toLink } from "../links";
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

/** Each resource's embedded fields, by its id. */
type Embed = (resourceId: string) => Included;

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

/** `include` for the resources `ids`, as a plan giving each resource's embedded fields. */
export function resourceIncludes(
  db: Database,
  caller: Caller,
  ids: ResourceIds,
  include: ReadonlySet<string>,
): Plan<Embed> {
  const { posts, resourceAuthors: authors, externalLinks: links, engagements: e } = db.t;
  const parts: Record<ResourceInclude, () => Plan<Embed>> = {
    post: () =>
      planOf(db.orm.select().from(posts).where(idIn(posts.resourceId, ids)), (rows) => {
        const byResource = new Map(rows.map((row) => [row.resourceId, toPost(row)]));
        return (id) => ({ post: byResource.get(id) ?? null });
      }),
    authors: () =>
      planOf(
        db.orm.select().from(authors).where(idIn(authors.resourceId, ids)).orderBy(asc(authors.id)),
        (rows) => {
          const byResource = groupBy(rows, (row) => row.resourceId, toAuthor);
          return (id) => ({ authors: byResource.get(id) ?? [] });
        },
      ),
    links: () =>
      planOf(
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
      planOf(
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
  const requested = RESOURCE_INCLUDES.filter((name) => include.has(name)).map((name) =>
    parts[name](),
  );
  return mapPlan(
    allOf(...requested),
    (embeds): Embed =>
      (id) =>
        Object.assign({}, ...embeds.map((embed) => embed(id))),
  );
}
