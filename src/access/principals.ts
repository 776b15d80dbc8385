/**
 * The caller's principals and control, as SQL (docs/architecture.md §6). Team membership,
 * the user's organization and follows are looked up inside the query that
 * uses them, so a change to any of them counts from the next request on.
 */
import { and, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Caller } from "../auth/caller";
import type { Database } from "../db/database";
import type { Tables } from "../db/schema";
import { FALSE, lit } from "../db/sql";

/** SQL fragments that stand for "the caller" inside a query. */
export interface CallerSql {
  caller: Caller;
  db: Database;
  t: Tables;
  /** The caller's organization: its own id for an organization key, the user's otherwise. */
  organizationId: SQL | undefined;
}

export function callerSql(caller: Caller, db: Database): CallerSql {
  const { t } = db;
  const subject = caller.subject;
  let organizationId: SQL | undefined;
  if (subject?.type === "organization") organizationId = sql`${subject.id}`;
  if (subject?.type === "user") {
    organizationId = sql`(select ${t.users.organizationId} from ${t.users} where ${t.users.id} = ${subject.id})`;
  }
  return { caller, db, t, organizationId };
}

/** `column = 'literal'` */
export const is = (column: SQLWrapper, value: string) => sql`${column} = ${lit(value)}`;

/**
 * Whether the caller controls the owner `(type, id)`: itself, its organization,
 * or a workspace owned by either (for a workspace key: that workspace).
 */
export function controls(c: CallerSql, type: SQLWrapper | string, id: SQLWrapper): SQL {
  const { caller, t } = c;
  const subject = caller.subject;
  if (!subject) return FALSE;
  // A literal type is decided here: only its own case is written, so no
  // statement carries (and SQLite never runs) the lookups of the others.
  const when = (name: string, condition: () => SQL) => {
    if (typeof type === "string") return type === name ? condition() : undefined;
    return and(is(type, name), condition());
  };
  const w = t.workspaces;
  // A seek of (owner, id) in workspaces_owner_idx per owner, which reads nothing when the
  // caller does not control the workspace, rather than a list of the caller's workspaces
  // probed per row (or, with the owners ORed, a read of the workspace's row).
  const ownedBy = (ownerType: "user" | "organization", ownerId: SQLWrapper) =>
    sql`exists (select 1 from ${w} where ${is(w.ownerType, ownerType)} and ${w.ownerId} = ${ownerId} and ${w.id} = ${id})`;

  if (subject.type === "workspace") {
    return when("workspace", () => sql`${id} = ${subject.id}`) ?? FALSE;
  }
  if (subject.type === "organization") {
    return (
      or(
        when("organization", () => sql`${id} = ${subject.id}`),
        when("workspace", () => ownedBy("organization", sql`${subject.id}`)),
      ) ?? FALSE
    );
  }
  return (
    or(
      when("user", () => sql`${id} = ${subject.id}`),
      when("organization", () => sql`${id} = ${c.organizationId}`),
      when(
        "workspace",
        () => or(ownedBy("user", sql`${subject.id}`), ownedBy("organization", c.organizationId!))!,
      ),
    ) ?? FALSE
  );
}

/**
 * `controls(c, "workspace", w.id)` over the workspace's own row: its owner
 * columns answer it, where looking the id up again would read a row (or probe
 * a list) for every row a page considers. Never null, also for a user without
 * an organization.
 */
export function controlsWorkspaceRow(c: CallerSql, w: Tables["workspaces"]): SQL {
  const subject = c.caller.subject;
  if (!subject) return FALSE;
  if (subject.type === "workspace") return sql`${w.id} = ${subject.id}`;
  if (subject.type === "organization") {
    return and(is(w.ownerType, "organization"), sql`${w.ownerId} = ${subject.id}`)!;
  }
  return or(
    and(is(w.ownerType, "user"), sql`${w.ownerId} = ${subject.id}`),
    and(
      is(w.ownerType, "organization"),
      sql`coalesce(${w.ownerId} = ${c.organizationId}, ${FALSE})`,
    ),
  )!;
}

/** The object a permission row is about, as follows and subscriptions see it. */
export interface EngagedObject {
  kind: string;
  id: SQLWrapper;
  workspaceId: SQL | undefined;
}

/**
 * Engagement-based static principals: follows/subscribes to the object or its
 * workspace. A subscription counts only once active (`activated_at` set: by
 * the workspace's owner or an admin, or at once in an `open` workspace), so a
 * caller cannot make itself a subscriber.
 */
function engages(c: CallerSql, action: "follow" | "subscribe", object: EngagedObject): SQL {
  const { caller, t } = c;
  const subject = caller.subject;
  if (!subject || subject.type === "organization") return FALSE;
  const e = t.engagements;
  const target = or(
    and(is(e.objectType, object.kind), sql`${e.objectId} = ${object.id}`),
    object.workspaceId
      ? and(is(e.objectType, "workspace"), sql`${e.objectId} = ${object.workspaceId}`)
      : undefined,
  );
  return sql`exists (select 1 from ${e} where ${and(
    is(e.subjectType, subject.type),
    sql`${e.subjectId} = ${subject.id}`,
    is(e.action, action),
    action === "subscribe" ? sql`${e.activatedAt} is not null` : undefined,
    target,
  )})`;
}

/** Whether permission row `p` names one of the caller's principals. */
export function principalMatch(c: CallerSql, p: Tables["permissions"], object: EngagedObject): SQL {
  const { caller, t } = c;
  const subject = caller.subject;
  const staticSubject = (name: string) => and(is(p.subjectType, "static"), is(p.subjectId, name));
  const userId = subject?.type === "user" ? subject.id : undefined;
  const tm = t.teamMembers;
  return or(
    userId ? and(is(p.subjectType, "user"), sql`${p.subjectId} = ${userId}`) : undefined,
    // A seek for the row's team (exists), not a list of the caller's teams (in): on
    // SQLite the list is built per statement and probed per row, each billed by D1.
    userId
      ? and(
          is(p.subjectType, "team"),
          sql`exists (select 1 from ${tm} where ${tm.teamId} = ${p.subjectId} and ${tm.userId} = ${userId})`,
        )
      : undefined,
    c.organizationId
      ? and(is(p.subjectType, "organization"), sql`${p.subjectId} = ${c.organizationId}`)
      : undefined,
    subject ? and(staticSubject("follower"), engages(c, "follow", object)) : undefined,
    subject ? and(staticSubject("subscriber"), engages(c, "subscribe", object)) : undefined,
    subject ? staticSubject("user") : undefined,
    staticSubject("guest"),
  )!;
}

/** The precedence of a row's subject: user, team, organization, follower/subscriber, user, guest. */
export function principalLevel(p: Tables["permissions"]): SQL {
  return sql`case ${p.subjectType} when 'user' then 1 when 'team' then 2 when 'organization' then 3 else case ${p.subjectId} when 'follower' then 4 when 'subscriber' then 4 when 'user' then 5 else 6 end end`;
}
