/**
 * Engagement rules that depend on the caller: which engagements it may see
 * (bookmarks are private notes) and which subscriptions it may activate.
 */
import { type SQL, sql } from "drizzle-orm";
import { type Caller, isAdmin } from "../auth/caller";
import type { Database } from "../db/database";
import { lit } from "../db/sql";
import { callerSql, controls } from "./principals";

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
