import { and, eq, type SQL } from "drizzle-orm";
import type { Database, ExpectedVersions } from "../../db/database";
import { firstRowOf, type Plan } from "../../db/plan";
import type { MemberRow } from "./members.shapes";

/** Memberships of the team `teamId`. */
export const membersOf = (db: Database, teamId: string): SQL => eq(db.t.teamMembers.teamId, teamId);

/** The membership of one user in one team. */
export function membership(
  db: Database,
  teamId: string,
  userId: string,
): Plan<MemberRow | undefined> {
  const m = db.t.teamMembers;
  return firstRowOf(
    db.orm
      .select()
      .from(m)
      .where(and(eq(m.teamId, teamId), eq(m.userId, userId)))
      .limit(1),
  );
}

/** A second membership of the same user breaks the unique index: 409. */
export const insertMember = (db: Database, values: Pick<MemberRow, "teamId" | "userId" | "role">) =>
  db.insertOne(db.t.teamMembers, values);

export const updateMemberRole = (
  db: Database,
  id: string,
  role: MemberRow["role"],
  expected?: ExpectedVersions,
) => db.updateById(db.t.teamMembers, id, { role }, expected);

/** How many memberships were deleted (0 or 1); 412 for one at another version than `expected`. */
export const deleteMember = (db: Database, id: string, expected?: ExpectedVersions) =>
  db.deleteById(db.t.teamMembers, id, expected);
