/**
 * Rewrites of link positions that never let two links of a subject share one,
 * so the unique (subject, position) index holds after every statement (it is
 * checked row by row on Postgres and MySQL, not at commit). Moved links are
 * first parked on negative positions — −(p + 1), which no settled link uses —
 * then settled on their final ones. Positions are read inside the write, not
 * before it, so a concurrent change cannot make them stale. Run the statements
 * inside `db.atomic`, after `lockSubject`.
 */
import { and, eq, gt, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Database, Orm } from "../../db/database";
import type { Tables } from "../../db/schema";
import { lit } from "../../db/sql";
import type { LinkSubject } from "./links.routes";

export interface Subject {
  type: LinkSubject;
  id: string;
}

/**
 * Ids per reordering statement: each is bound twice (its case and the `in`
 * list), plus the subject id and `updated_at`, under D1's 100 parameters.
 */
const PARK_CHUNK = 40;

/** The subject's links (the type inlined, keeping bound parameters for ids). */
export const ofSubject = (db: Database, subject: Subject) =>
  and(
    sql`${db.t.externalLinks.subjectType} = ${lit(subject.type)}`,
    eq(db.t.externalLinks.subjectId, subject.id),
  )!;

/** The subject's own table, typed as one of them (the columns used exist on both). */
export const subjectTable = (db: Database, subject: Subject) =>
  (subject.type === "workspace" ? db.t.workspaces : db.t.resources) as Tables["workspaces"];

/**
 * Takes the subject row's lock, changing nothing, so that concurrent rewrites
 * of one subject's positions queue rather than deadlock on each other's link
 * rows (as InnoDB does). D1 runs batches one at a time anyway.
 */
export function lockSubject(db: Database, orm: Orm, subject: Subject) {
  const table = subjectTable(db, subject);
  return orm
    .update(table)
    .set({ updatedAt: sql`${table.updatedAt}` })
    .where(eq(table.id, subject.id));
}

const int = (value: number) => sql.raw(String(value));

/**
 * One aggregate over the links, for use inside a write to that same table:
 * MySQL allows that only from a materialized derived table (the aggregate
 * makes sure it is one).
 */
function linksAggregate(db: Database, aggregate: SQL, where: SQL): SQL {
  const value = sql.identifier("value");
  return sql`(select ${value} from (select ${aggregate} as ${value} from ${db.t.externalLinks} where ${where}) as ${sql.identifier("links_aggregate")})`;
}

/** Just after the subject's last link. */
export const nextPosition = (db: Database, subject: Subject) =>
  linksAggregate(
    db,
    sql`coalesce(max(${db.t.externalLinks.position}), -1) + 1`,
    ofSubject(db, subject),
  );

/** `position`, or the next one if that is further. */
export const positionOrNext = (db: Database, subject: Subject, position: number) => {
  const next = nextPosition(db, subject);
  return sql`case when ${int(position)} < ${next} then ${int(position)} else ${next} end`;
};

function park(db: Database, orm: Orm, subject: Subject, position: SQL, where: SQL) {
  return orm
    .update(db.t.externalLinks)
    .set({ position })
    .where(and(ofSubject(db, subject), where));
}

/** Parked −(p + 1) becomes p + `by`. */
function settle(db: Database, orm: Orm, subject: Subject, by: number) {
  const l = db.t.externalLinks;
  return park(db, orm, subject, sql`${int(by - 1)} - ${l.position}`, lt(l.position, 0));
}

/** Parks the links selected by `moved`, for `settle`. */
const parkMoved = (db: Database, orm: Orm, subject: Subject, moved: SQL) =>
  park(db, orm, subject, sql`-1 - ${db.t.externalLinks.position}`, moved);

/** Makes room at `position`: the links there and after move down one place. */
export const makeRoomStatements = (db: Database, orm: Orm, subject: Subject, position: number) => [
  parkMoved(db, orm, subject, gte(db.t.externalLinks.position, position)),
  settle(db, orm, subject, 1),
];

/**
 * Deletes the link `target` selects (by id, and version when conditional) and
 * moves the links after it up one place; none move when it selects nothing.
 * The delete is the second statement of the last two.
 */
export function removeStatements(db: Database, orm: Orm, subject: Subject, target: SQL) {
  const l = db.t.externalLinks;
  const removed = linksAggregate(db, sql`max(${l.position})`, target);
  return [
    parkMoved(db, orm, subject, gt(l.position, removed)),
    orm.delete(l).where(and(ofSubject(db, subject), target)),
    settle(db, orm, subject, -1),
  ];
}

/** Puts the links named by `ids` at positions 0, 1, … in that order. */
export function reorderStatements(db: Database, orm: Orm, subject: Subject, ids: string[]) {
  const l = db.t.externalLinks;
  const statements = [];
  for (let start = 0; start < ids.length; start += PARK_CHUNK) {
    const chunk = ids.slice(start, start + PARK_CHUNK);
    const parked = sql`case ${l.id} ${sql.join(
      chunk.map((id, index) => sql`when ${id} then ${int(-(start + index + 1))}`),
      sql` `,
    )} end`;
    statements.push(park(db, orm, subject, parked, inArray(l.id, chunk)));
  }
  statements.push(settle(db, orm, subject, 0));
  return statements;
}
