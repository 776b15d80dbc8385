import { deleteStatements } from "../../db/cascade";
import type { Database } from "../../db/database";

type OrganizationInsert = Database["t"]["organizations"]["$inferInsert"];

export const insertOrganization = (db: Database, values: OrganizationInsert) =>
  db.insertOne(db.t.organizations, values);

export const updateOrganization = (db: Database, id: string, patch: Partial<OrganizationInsert>) =>
  db.updateById(db.t.organizations, id, patch);

/** The organization, everything it owns and every row naming it, atomically (see cascade.ts). */
export async function deleteOrganization(db: Database, id: string): Promise<void> {
  await db.atomic((orm) => deleteStatements(db, orm, "organization", [id]));
}
