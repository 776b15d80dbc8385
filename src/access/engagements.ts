/**
 * Engagement rules that depend on the caller: which engagements it may see
 * (bookmarks are private notes) and which subscriptions it may activate.
 */
import { type SQL, sql } from "drizzle-orm";
import { type Caller, isAdmin } from "../auth/caller";
import type { Database } from "../db/database";
import type { Tables } from "../db/schema";
import { lit } from "../db/sql";
import { resolveVerbPredicateIgnoringScopes } from "./engine";
import { callerSql, controls } from "./principals";
import { referenceTable } from "./references";

/** Actions only their subject (and admins) see, in every list, count and include. */
export const PRIVATE_ACTIONS = ["bookmark"] as const;

/**
 * The engagements the caller may see, over the unaliased `engagements` table:
 * all but private ones, and private ones it made (as itself, or as a
 * workspace it controls). Undefined for admins. Whether the engaged object
 * is readable is the engine's question, asked separately.
 */
export function visibleEngagements(db: Database, caller: Caller): SQL | undefined {
  if (isAdmin(caller)) return undefined;
  const e = db.t.engagements;
  const hidden = sql.join(
    PRIVATE_ACTIONS.map((action) => lit(action)),
    sql`, `,
  );
  return sql`(${e.action} not in (${hidden}) or ${controls(callerSql(caller, db), e.subjectType, e.subjectId)})`;
}

/**
 * The subscriptions the caller may activate and deactivate, over the
 * unaliased `engagements` table: those to something whose owner it controls
 * (a workspace's owner or the workspace's own key; for a resource or
 * collection, whoever controls its owner — for one in a workspace, the
 * workspace's; for a user, that user). Undefined for admins (a platform's
 * billing acts through an admin key).
 */
export function managedSubscriptions(db: Database, caller: Caller): SQL | undefined {
  if (isAdmin(caller)) return undefined;
  const e = db.t.engagements;
  const objects = (["workspace", "resource", "collection"] as const).map((kind) => {
    const table = referenceTable(db.t, kind) as Tables["resources"];
    const manages = resolveVerbPredicateIgnoringScopes(db, caller, kind, "manage");
    return sql`(${e.objectType} = ${lit(kind)} and exists (select 1 from ${table} where ${table.id} = ${e.objectId} and ${manages}))`;
  });
  const user = sql`(${e.objectType} = ${lit("user")} and ${controls(callerSql(caller, db), "user", e.objectId)})`;
  return sql`(${e.action} = ${lit("subscribe")} and (${sql.join([...objects, user], sql` or `)}))`;
}
