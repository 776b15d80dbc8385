import type { Database, ExpectedVersions } from "../../db/database";

type OrganizationInsert = Database["t"]["organizations"]["$inferInsert"];

export const insertOrganization = (db: Database, values: OrganizationInsert) =>
  db.insertOne(db.t.organizations, values);

export const updateOrganization = (
  db: Database,
  id: string,
  patch: Partial<OrganizationInsert>,
  expected?: ExpectedVersions,
) => db.updateById(db.t.organizations, id, patch, expected);
