import { eq } from "drizzle-orm";
import { deleteStatements } from "../../db/cascade";
import type { Database } from "../../db/database";
import type { OrganizationRow } from "./organizations.shapes";

type OrganizationInsert = Database["t"]["organizations"]["$inferInsert"];

export async function insertOrganization(
  db: Database,
  values: OrganizationInsert,
): Promise<OrganizationRow> {
  const [row] = await db.insertReturning(db.t.organizations, [values]);
  return row!;
}

export async function updateOrganization(
  db: Database,
  id: string,
  patch: Partial<OrganizationInsert>,
): Promise<OrganizationRow | undefined> {
  const [row] = await db.updateReturning(db.t.organizations, eq(db.t.organizations.id, id), patch);
  return row;
}

/** The organization, everything it owns and every row naming it, atomically (see cascade.ts). */
export async function deleteOrganization(db: Database, id: string): Promise<void> {
  await db.atomic((orm) => deleteStatements(db, orm, "organization", [id]));
}
