import type { Database, ExpectedVersions } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import type { TeamRow } from "./teams.shapes";

/** A team with its owner as its first member, written together or not at all. */
export async function insertTeam(
  db: Database,
  values: Pick<TeamRow, "name" | "ownerUserId" | "organizationId">,
): Promise<TeamRow> {
  const now = new Date();
  const team: TeamRow = { id: uuidv7(), ...values, createdAt: now, updatedAt: now };
  await db.atomic((orm) => [
    ...db.insertRecorded(orm, db.t.teams, [team]),
    ...db.insertRecorded(orm, db.t.teamMembers, [
      { teamId: team.id, userId: team.ownerUserId, role: "owner" },
    ]),
  ]);
  return team;
}

export const updateTeam = (
  db: Database,
  id: string,
  patch: Partial<Pick<TeamRow, "name" | "organizationId">>,
  expected?: ExpectedVersions,
) => db.updateById(db.t.teams, id, patch, expected);
