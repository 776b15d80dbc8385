import { and, asc, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { managedSubscriptions, visibleEngagements } from "../../access/engagements";
import { authorization, resolveVerbPredicateIgnoringScopes } from "../../access/engine";
import { readableRows, referenceTable } from "../../access/references";
import { type Caller, isAdmin } from "../../auth/caller";
import type { Database, ExpectedVersions } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import { allOf, mapPlan, type Plan, planOf } from "../../db/plan";
import { ENGAGEMENT_OBJECTS, type EngagementAction, SINGLETON_ACTIONS } from "../../db/schema";
import { FALSE, lit, TRUE } from "../../db/sql";
import { userExists } from "../../db/users";
import { notFound } from "../../errors";
import type { ListMeta, ListWindow } from "../../http/list-query";
import { objectEngagementList, subjectEngagementList } from "./engagements.routes";
import {
  type EngagementRow,
  type MentionRef,
  type ObjectRef,
  type StoredEngagement,
  toEngagement,
} from "./engagements.shapes";

type Tables = Database["t"];

/**
 * Whether the caller may read each engagement's object, as SQL over the
 * (unaliased) engagements table (see `readableRows`). Undefined for admins.
 */
function objectReadable(db: Database, caller: Caller): SQL | undefined {
  if (isAdmin(caller)) return undefined;
  const e = db.t.engagements;
  // A CASE, not a chain of ORs: SQLite counts each OR as a level of the
  // expression tree (at most 100), and the engine's decisions nest deep.
  const kinds = ENGAGEMENT_OBJECTS.map((kind) => {
    const table = referenceTable(db.t, kind) as Tables["resources"];
    const readable = readableRows(db, caller, kind);
    const found = readable
      ? sql`exists (select 1 from ${table} where ${table.id} = ${e.objectId} and ${readable})`
      : TRUE;
    return sql`when ${lit(kind)} then ${found}`;
  });
  return sql`(case ${e.objectType} ${sql.join(kinds, sql` `)} else ${FALSE} end)`;
}

/** The object's read check: 404 when absent or unreadable (users are public: absent only). */
export function objectAuthorization(db: Database, caller: Caller, object: ObjectRef): Plan<void> {
  if (object.type !== "user") {
    return mapPlan(authorization(db, caller, object.type, object.id, "read"), () => undefined);
  }
  return mapPlan(userExists(db, object.id), (exists) => {
    if (!exists) throw notFound("User");
  });
}

/**
 * Whether the caller may read the workspace and act as it (write it: owner
 * override or rows), for a workspace it names as an engagement's subject.
 */
export function workspaceRights(
  db: Database,
  caller: Caller,
  id: string,
): Plan<{ readable: boolean; allowed: boolean }> {
  const w = db.t.workspaces;
  const flag = (predicate: SQL | undefined) =>
    sql<unknown>`case when ${predicate ?? TRUE} then 1 else 0 end`;
  const rights = db.orm
    .select({
      readable: flag(resolveVerbPredicateIgnoringScopes(db, caller, "workspace", "read")),
      allowed: flag(resolveVerbPredicateIgnoringScopes(db, caller, "workspace", "write")),
    })
    .from(w)
    .where(eq(w.id, id))
    .limit(1);
  return planOf(rights, ([found]) => ({
    readable: Number(found?.readable) === 1,
    allowed: Number(found?.allowed) === 1,
  }));
}

/** Engagements matching `where` with their comment text, and the mentions of those rows. */
function engagementReads(
  db: Database,
  where: SQL | undefined,
  orderBy: SQL[],
  limit: number,
): Plan<StoredEngagement[]> {
  const { engagements: e, engagementComments: ec, engagementMentions: m } = db.t;
  const rows = db.orm
    .select({ ...getTableColumns(e), text: ec.text })
    .from(e)
    .leftJoin(ec, eq(ec.engagementId, e.id))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
  const ids = db.orm
    .select({ id: e.id })
    .from(e)
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
  // Wrapped in a derived table: MySQL refuses LIMIT directly inside IN (subquery).
  const mentions = db.orm
    .select()
    .from(m)
    .where(sql`${m.engagementId} in (select id from (${ids}) as ${sql.identifier("page")})`)
    .orderBy(asc(m.id));
  return mapPlan(
    allOf(
      planOf(rows, (found): EngagementRow[] => found),
      planOf(mentions, (mentioned) => mentioned),
    ),
    ([found, mentioned]) => {
      const byEngagement = new Map<string, MentionRef[]>();
      for (const row of mentioned) {
        const list = byEngagement.get(row.engagementId) ?? [];
        list.push({ type: row.mentionedType, id: row.mentionedId });
        byEngagement.set(row.engagementId, list);
      }
      return found.map((row) => ({ row, mentions: byEngagement.get(row.id) ?? [] }));
    },
  );
}

/** One engagement whose object the caller may read. */
export function engagementById(
  db: Database,
  caller: Caller,
  id: string,
): Plan<StoredEngagement | undefined> {
  const e = db.t.engagements;
  const visible = and(eq(e.id, id), visibleEngagements(db, caller), objectReadable(db, caller));
  return mapPlan(engagementReads(db, visible, [asc(e.id)], 1), ([found]) => found);
}

/** A page's rows: engagements with their mentions, each with its id (for the cursor). */
const pageRows = (db: Database) => (window: ListWindow) =>
  mapPlan(engagementReads(db, window.where, window.orderBy, window.fetch), (found) =>
    found.map((stored) => ({ ...stored, id: stored.row.id })),
  );

const toPage = ({ data, meta }: { data: StoredEngagement[]; meta: ListMeta }) => ({
  data: data.map(toEngagement),
  meta,
});

/** `GET /{resources|workspaces|collections|users}/{id}/engagements`: those the caller may see. */
export function engagementsWith(
  db: Database,
  caller: Caller,
  object: ObjectRef,
  params: z.output<typeof objectEngagementList.query>,
) {
  const e = db.t.engagements;
  const scope = and(
    eq(e.objectType, object.type),
    eq(e.objectId, object.id),
    visibleEngagements(db, caller),
  );
  return mapPlan(objectEngagementList.pagePlan(db, params, scope, pageRows(db)), toPage);
}

/** The engagements a subject made that the caller may see, with objects it may read. */
export function engagementsMadeBy(
  db: Database,
  caller: Caller,
  subject: { type: string; id: string },
  params: z.output<typeof subjectEngagementList.query>,
) {
  const e = db.t.engagements;
  const scope = and(
    eq(e.subjectType, subject.type as "user"),
    eq(e.subjectId, subject.id),
    visibleEngagements(db, caller),
    // Last: the deepest part of the expression (see `objectReadable`).
    objectReadable(db, caller),
  );
  return mapPlan(subjectEngagementList.pagePlan(db, params, scope, pageRows(db)), toPage);
}

/**
 * An engagement the caller may see (undefined otherwise) with whether it may
 * make a change, by `allowed` over the engagements table: the read before a
 * `PATCH` or `DELETE`.
 */
function visibleEngagement(
  db: Database,
  caller: Caller,
  id: string,
  allowed: SQL,
): Plan<{ row: Tables["engagements"]["$inferSelect"]; allowed: boolean } | undefined> {
  const e = db.t.engagements;
  const found = db.orm
    .select({ row: e, allowed: sql<unknown>`case when ${allowed} then 1 else 0 end` })
    .from(e)
    .where(and(eq(e.id, id), visibleEngagements(db, caller), objectReadable(db, caller)))
    .limit(1);
  return planOf(
    found,
    ([visible]) => visible && { row: visible.row, allowed: Number(visible.allowed) === 1 },
  );
}

/**
 * An engagement to delete: `allowed` when made by the caller's user, the
 * calling workspace or a workspace the caller may write (admins: always).
 */
export function engagementToDelete(db: Database, caller: Caller, id: string) {
  const { engagements: e, workspaces: w } = db.t;
  const subject = caller.subject;
  const writable = resolveVerbPredicateIgnoringScopes(db, caller, "workspace", "write");
  const mine = isAdmin(caller)
    ? TRUE
    : sql`(${
        subject && subject.type !== "organization"
          ? sql`(${e.subjectType} = ${subject.type} and ${e.subjectId} = ${subject.id})`
          : sql`1 = 0`
      } or (${e.subjectType} = ${lit("workspace")} and exists (select 1 from ${w} where ${w.id} = ${e.subjectId} and ${writable ?? TRUE})))`;
  return visibleEngagement(db, caller, id, mine);
}

/**
 * Deletes the engagement (at an `expected` version: 412 otherwise); its
 * comment and mention rows go with it (foreign keys cascade). How many were
 * deleted (0 or 1).
 */
export const deleteEngagement = (db: Database, id: string, expected?: ExpectedVersions) =>
  db.deleteById(db.t.engagements, id, expected);

const isSingleton = (action: EngagementAction) =>
  (SINGLETON_ACTIONS as readonly string[]).includes(action);

export interface NewEngagement {
  subject: { type: "user" | "workspace"; id: string };
  action: EngagementAction;
  object: ObjectRef;
  text?: string;
  mentions?: MentionRef[];
  /** Subscriptions: active from creation (an `open` workspace's), else pending. */
  activatedAt?: Date | null;
}

/**
 * The subscription mode of the workspace a subscription to `object` depends
 * on: the workspace itself, or the one a resource or collection lives in. No
 * row when there is none (a user, or something a user or organization owns
 * directly): such subscriptions are managed.
 */
export function subscriptionModeOf(db: Database, object: ObjectRef): Plan<string | undefined> {
  const { workspaces: w, resources, collections } = db.t;
  const owned = object.type === "collection" ? collections : resources;
  const workspaceId =
    object.type === "workspace"
      ? sql`${object.id}`
      : sql`(select ${owned.ownerId} from ${owned} where ${owned.id} = ${object.id} and ${owned.ownerType} = ${lit("workspace")})`;
  const found = db.orm
    .select({ mode: w.subscriptionMode })
    .from(w)
    .where(sql`${w.id} = ${workspaceId}`)
    .limit(1);
  return planOf(found, ([row]) => row?.mode);
}

/**
 * A subscription to change: `allowed` when the caller may change its state
 * (see `managedSubscriptions`).
 */
export const subscriptionToChange = (db: Database, caller: Caller, id: string) =>
  visibleEngagement(db, caller, id, managedSubscriptions(db, caller) ?? TRUE);

/** Sets a subscription's `activated_at` and reads the engagement back. */
export async function setActivation(
  db: Database,
  id: string,
  activatedAt: Date | null,
  expected?: ExpectedVersions,
) {
  return db.updateById(db.t.engagements, id, { activatedAt }, expected);
}

/**
 * Writes an engagement (with its comment or mention rows) in one atomic write
 * and reads it back there. A singleton action already done (or done by a
 * concurrent request) is not written again: the insert yields to the unique
 * index and the existing row is answered, with `created` false.
 */
export async function insertEngagement(db: Database, input: NewEngagement) {
  const { engagements: e, engagementComments: ec, engagementMentions: m } = db.t;
  const id = uuidv7();
  const singleton = isSingleton(input.action) ? true : null;
  const values = {
    id,
    subjectType: input.subject.type,
    subjectId: input.subject.id,
    action: input.action,
    objectType: input.object.type,
    objectId: input.object.id,
    singleton,
    activatedAt: input.activatedAt ?? null,
  };
  const sameKey = and(
    eq(e.subjectType, values.subjectType),
    eq(e.subjectId, values.subjectId),
    eq(e.action, values.action),
    eq(e.objectType, values.objectType),
    eq(e.objectId, values.objectId),
    eq(e.singleton, true),
  );
  const results = await db.atomic((orm) => [
    ...(singleton
      ? db.upsert(
          orm,
          e,
          values,
          {
            target: [e.subjectType, e.subjectId, e.action, e.objectType, e.objectId, e.singleton],
            set: { singleton: true },
          },
          { recordUpdate: false },
        )
      : [orm.insert(e).values(values), ...db.recordEvents(orm, "created", e, eq(e.id, id))]),
    ...(input.text === undefined
      ? []
      : [
          orm.insert(ec).values({ engagementId: id, text: input.text }),
          ...db.recordEvents(orm, "created", ec, eq(ec.engagementId, id)),
        ]),
    ...db.insertChunks(
      orm,
      m,
      (input.mentions ?? []).map((target) => ({
        engagementId: id,
        mentionedType: target.type,
        mentionedId: target.id,
      })),
    ),
    ...(input.mentions?.length ? db.recordEvents(orm, "created", m, eq(m.engagementId, id)) : []),
    orm
      .select()
      .from(e)
      .where(singleton ? sameKey : eq(e.id, id))
      .limit(1),
  ]);
  const [row] = results.at(-1) as Tables["engagements"]["$inferSelect"][];
  return {
    created: row!.id === id,
    stored: {
      row: { ...row!, text: row!.id === id ? (input.text ?? null) : null },
      mentions: row!.id === id ? (input.mentions ?? []) : [],
    },
  };
}
