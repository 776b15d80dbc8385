import { and, eq, sql } from "drizzle-orm";
import { resolveVerbPredicateIgnoringScopes } from "../../access/engine";
import type { Caller } from "../../auth/caller";
import type { Database, ExpectedVersions } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import { type Plan, planOf } from "../../db/plan";
import { indexInserts } from "../../db/search/search-index";
import { TRUE } from "../../db/sql";
import { staticCollectionRows } from "../../db/static-collections";
import type { WorkspaceRow } from "./workspaces.shapes";

type WorkspaceInsert = Database["t"]["workspaces"]["$inferInsert"];

/**
 * A workspace and its static collections in one atomic write. The workspace
 * row goes last: a taken slug then fails the write after the collections went
 * in, and atomicity (not statement order) is what takes them back — which the
 * tests check.
 */
export async function insertWorkspace(
  db: Database,
  values: WorkspaceInsert,
): Promise<WorkspaceRow> {
  const id = uuidv7();
  const { workspaces, collections } = db.t;
  const results = await db.atomic((orm) => [
    ...db.insertChunks(orm, collections, staticCollectionRows({ type: "workspace", id })),
    ...db.insertRecorded(orm, workspaces, [{ ...values, id }]),
    ...indexInserts(db, orm, "workspace", [{ ...values, id }]),
    // After the workspace: the collections' events name its owner.
    ...db.recordEvents(
      orm,
      "created",
      collections,
      and(eq(collections.ownerType, "workspace"), eq(collections.ownerId, id))!,
    ),
    orm.select().from(workspaces).where(eq(workspaces.id, id)),
  ]);
  return (results.at(-1) as WorkspaceRow[])[0]!;
}

/** `current`: the row as read before (by the authorization), whose searched fields the patch may keep. */
export async function updateWorkspace(
  db: Database,
  id: string,
  patch: Partial<WorkspaceInsert>,
  current: WorkspaceRow,
  expected?: ExpectedVersions,
): Promise<WorkspaceRow | undefined> {
  return db.updateById(db.t.workspaces, id, patch, expected, current);
}

/** Whether the caller controls the workspace (its owner, the owner's members, its key; admins). */
export function controlsWorkspace(db: Database, caller: Caller, id: string): Plan<boolean> {
  const w = db.t.workspaces;
  const manages = resolveVerbPredicateIgnoringScopes(db, caller, "workspace", "manage") ?? TRUE;
  const found = db.orm
    .select({ controls: sql<unknown>`case when ${manages} then 1 else 0 end` })
    .from(w)
    .where(eq(w.id, id))
    .limit(1);
  return planOf(found, ([row]) => Number(row?.controls) === 1);
}
