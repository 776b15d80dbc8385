/**
 * Columns that copy another row's value so that a read need not fetch that row
 * (docs/architecture.md §6): `resources.workspace_visibility` holds the owning
 * workspace's `visibility`. The writes that create a resource or change a
 * workspace copy it in their own atomic write; the copy is a subquery on the
 * workspace's row as the write finds it, so a write refused or racing another
 * still copies the value the workspace holds. Null where nothing was copied
 * (outside a workspace, or rows written before the column existed): readers
 * then read the workspace's row.
 */
import { and, isNull, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database, Orm } from "./database";
import type { Tables } from "./schema";
import { lit } from "./sql";

/** `workspace_visibility` for a new resource owned by `(ownerType, ownerId)`. */
export function workspaceVisibilityOf(t: Tables, ownerType: string, ownerId: string): SQL | null {
  if (ownerType !== "workspace") return null;
  const w = t.workspaces;
  return sql`(select ${w.visibility} from ${w} where ${w.id} = ${ownerId})`;
}

/** A resource's copy as its workspace now holds it, for the resource rows an update sets. */
const copiedVisibility = ({ workspaces: w, resources: r }: Tables) =>
  sql`(select ${w.visibility} from ${w} where ${w.id} = ${r.ownerId})`;

/** The resources a workspace owns. */
const inAWorkspace = ({ resources: r }: Tables) => sql`${r.ownerType} = ${lit("workspace")}`;

/**
 * The statements refreshing what copies a column of `table`'s rows matching
 * `where`, after an update setting `changed`: none unless the update may have
 * changed a copied column.
 */
export function refreshCopies(
  t: Tables,
  orm: Orm,
  table: SQLiteTable,
  where: SQLWrapper,
  changed: Record<string, unknown>,
): PromiseLike<unknown>[] {
  if (table !== t.workspaces || changed.visibility === undefined) return [];
  const { workspaces: w, resources: r } = t;
  const owners = sql`select ${w.id} from ${w} where ${where}`;
  return [
    orm
      .update(r)
      .set({ workspaceVisibility: copiedVisibility(t) })
      .where(and(inAWorkspace(t), sql`${r.ownerId} in (${owners})`)),
  ];
}

/**
 * Writes the copies rows written before their column existed lack (migration
 * `resources_workspace_visibility`), answering how many rows it filled. Only
 * null copies: one a concurrent write has just made is left as that write made it.
 */
export async function fillCopies(db: Database): Promise<number> {
  const r = db.t.resources;
  const [result] = await db.atomic((orm) => [
    orm
      .update(r)
      .set({ workspaceVisibility: copiedVisibility(db.t) })
      .where(and(inAWorkspace(db.t), isNull(r.workspaceVisibility))),
  ]);
  return db.changedRows(result);
}
