import { and, asc, eq, gte, isNotNull, or, type SQL, sql } from "drizzle-orm";
import {
  authorization,
  resolveReadPredicate,
  resolveVerbPredicateIgnoringScopes,
} from "../../access/engine";
import type { Caller } from "../../auth/caller";
import { type Database, type ExpectedVersions, versionOf } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import { allOf, mapPlan, type Plan, planOf } from "../../db/plan";
import { lit } from "../../db/sql";
import type { LinkRow } from "./links.shapes";
import {
  lockSubject,
  makeRoomStatements,
  nextPosition,
  ofSubject,
  positionOrNext,
  removeStatements,
  reorderStatements,
  type Subject,
  subjectTable,
} from "./positions";

type LinkFields = Pick<LinkRow, "name" | "url" | "icon">;

const byPosition = (db: Database, subject: Subject) =>
  db.orm
    .select()
    .from(db.t.externalLinks)
    .where(ofSubject(db, subject))
    .orderBy(asc(db.t.externalLinks.position));

/**
 * The subject's links in order, in one query that also applies the engine's
 * read predicate to the subject: undefined when it is absent or unreadable.
 */
export function readableLinks(
  db: Database,
  caller: Caller,
  subject: Subject,
): Plan<LinkRow[] | undefined> {
  const table = subjectTable(db, subject);
  const l = db.t.externalLinks;
  const rows = db.orm
    .select({ link: l })
    .from(table)
    .leftJoin(l, and(ofSubject(db, subject), eq(l.subjectId, table.id)))
    .where(and(eq(table.id, subject.id), resolveReadPredicate(db, caller, subject.type)))
    .orderBy(asc(l.position));
  return planOf(rows, (found) =>
    found.length === 0 ? undefined : found.flatMap((row) => (row.link ? [row.link] : [])),
  );
}

/**
 * The subject's links in order, once the engine allows the caller to write the
 * subject (404 unreadable, 403 not allowed).
 */
export function linksToChange(db: Database, caller: Caller, subject: Subject): Plan<LinkRow[]> {
  const access = authorization(db, caller, subject.type, subject.id, "write");
  return mapPlan(
    allOf(
      access,
      planOf(byPosition(db, subject), (links) => links),
    ),
    ([, links]) => links,
  );
}

/**
 * Adds a link after the subject's last one, or at `position` (moving the links
 * from there on down one place; past the end means last).
 */
export async function insertLink(
  db: Database,
  subject: Subject,
  fields: LinkFields,
  position?: number,
): Promise<LinkRow> {
  const id = uuidv7();
  const l = db.t.externalLinks;
  const results = await db.atomic((orm) => [
    lockSubject(db, orm, subject),
    ...(position === undefined ? [] : makeRoomStatements(db, orm, subject, position)),
    orm.insert(l).values({
      ...fields,
      id,
      subjectType: subject.type,
      subjectId: subject.id,
      position:
        position === undefined ? nextPosition(db, subject) : positionOrNext(db, subject, position),
    }),
    ...db.recordEvents(orm, "created", l, eq(l.id, id)),
    // The links it made room for moved down one place.
    ...(position === undefined
      ? []
      : db.recordEvents(
          orm,
          "updated",
          l,
          and(
            ofSubject(db, subject),
            sql`${l.position} > (select ${sql.identifier("inserted")}.${sql.identifier("position")} from ${l} as ${sql.identifier("inserted")} where ${sql.identifier("inserted")}.${sql.identifier("id")} = ${id})`,
          )!,
        )),
    orm.select().from(l).where(eq(l.id, id)),
  ]);
  return (results.at(-1) as LinkRow[])[0]!;
}

/** Puts the subject's links in the order of `ids`; returns them in that order. */
export async function reorderLinks(
  db: Database,
  subject: Subject,
  ids: string[],
): Promise<LinkRow[]> {
  const results = await db.atomic((orm) => [
    lockSubject(db, orm, subject),
    ...reorderStatements(db, orm, subject, ids),
    ...db.recordEvents(orm, "updated", db.t.externalLinks, ofSubject(db, subject)),
    byPosition(db, subject),
  ]);
  return results.at(-1) as LinkRow[];
}

const flag = (condition: SQL) => sql<unknown>`case when ${condition} then 1 else 0 end`;

/**
 * One link with whether the caller may read and write its subject, by the
 * engine's predicates over the subject's row: one query, whichever kind of
 * subject it has. The scope of the subject's kind is the caller's to check
 * once the link is found.
 */
export function linkForCaller(db: Database, caller: Caller, id: string) {
  const { externalLinks: l, workspaces: w, resources: r } = db.t;
  // Admins get no predicate: then existing is enough.
  const may = (verb: "read" | "write") =>
    or(
      and(isNotNull(w.id), resolveVerbPredicateIgnoringScopes(db, caller, "workspace", verb)),
      and(isNotNull(r.id), resolveVerbPredicateIgnoringScopes(db, caller, "resource", verb)),
    )!;
  const found = db.orm
    .select({ link: l, canRead: flag(may("read")), canWrite: flag(may("write")) })
    .from(l)
    .leftJoin(w, and(sql`${l.subjectType} = ${lit("workspace")}`, eq(w.id, l.subjectId)))
    .leftJoin(r, and(sql`${l.subjectType} = ${lit("resource")}`, eq(r.id, l.subjectId)))
    .where(eq(l.id, id))
    .limit(1);
  return planOf(found, ([row]) =>
    row
      ? { link: row.link, canRead: Number(row.canRead) === 1, canWrite: Number(row.canWrite) === 1 }
      : undefined,
  );
}

export async function updateLink(
  db: Database,
  id: string,
  patch: Partial<LinkFields>,
  expected?: ExpectedVersions,
): Promise<LinkRow | undefined> {
  return db.updateById(db.t.externalLinks, id, patch, expected);
}

/**
 * Removes the link and closes the gap it leaves, atomically; whether it was
 * there. With `expected` versions every statement selects the link by its
 * version too (under the subject's lock), so a stale one moves nothing and
 * answers 412.
 */
export async function deleteLink(
  db: Database,
  link: LinkRow,
  expected?: ExpectedVersions,
): Promise<boolean> {
  const l = db.t.externalLinks;
  const subject = { type: link.subjectType, id: link.subjectId };
  const version = versionOf(l, expected);
  const target = and(eq(l.id, link.id), version)!;
  let moved: ReturnType<Database["recordEvents"]> = [];
  const results = await db.atomic((orm) => {
    // The links after it moved up one place: none when it was not deleted.
    moved = db.recordEvents(
      orm,
      "updated",
      l,
      and(
        ofSubject(db, subject),
        gte(l.position, link.position),
        sql`not exists (select 1 from ${l} where ${target})`,
      )!,
    );
    return [
      lockSubject(db, orm, subject),
      ...db.recordEvents(orm, "deleted", l, target),
      ...removeStatements(db, orm, subject, target),
      ...moved,
    ];
  });
  // The delete is removeStatements' second to last statement.
  if (db.changedRows(results.at(-2 - moved.length)) > 0) return true;
  if (version) await db.refuseStale(l, eq(l.id, link.id));
  return false;
}
