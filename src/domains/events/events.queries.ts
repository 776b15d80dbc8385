import { eq, type SQL, sql } from "drizzle-orm";
import { resolveVerbPredicateIgnoringScopes } from "../../access/engine";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { type Plan, planOf } from "../../db/plan";
import { TRUE } from "../../db/sql";

/**
 * Whether the caller may read the workspace or organization, and write it:
 * who may change it may read its events (and manage its webhooks). `id` may be
 * a subquery (the owner of a row loaded in the same round trip).
 */
export function ownerRights(
  db: Database,
  caller: Caller,
  kind: "workspace" | "organization",
  id: string | SQL,
): Plan<{ readable: boolean; allowed: boolean }> {
  const table = kind === "workspace" ? db.t.workspaces : db.t.organizations;
  const flag = (predicate: SQL | undefined) =>
    sql<unknown>`case when ${predicate ?? TRUE} then 1 else 0 end`;
  const rights = db.orm
    .select({
      readable: flag(resolveVerbPredicateIgnoringScopes(db, caller, kind, "read")),
      allowed: flag(resolveVerbPredicateIgnoringScopes(db, caller, kind, "write")),
    })
    .from(table)
    .where(eq(table.id, id))
    .limit(1);
  return planOf(rights, ([found]) => ({
    readable: Number(found?.readable) === 1,
    allowed: Number(found?.allowed) === 1,
  }));
}

/** The events of a workspace, an organization or a user: the rows naming it as theirs. */
export function ownedEvents(
  db: Database,
  owner: { type: "workspace" | "organization" | "user"; id: string },
): SQL {
  const e = db.t.events;
  const column = { workspace: e.workspaceId, organization: e.organizationId, user: e.userId }[
    owner.type
  ];
  return eq(column, owner.id);
}
