/**
 * Who may do what with a team. Teams are not engine objects (no permission rows
 * name them as objects): the owner and admins do everything, team admins manage
 * members, members read. Anyone else finds no team (404).
 */
import { and, eq, sql } from "drizzle-orm";
import { requireScope } from "../../access/engine";
import { type Caller, isAdmin, userIdOf } from "../../auth/caller";
import type { Database } from "../../db/database";
import { type Plan, planOf } from "../../db/plan";
import { lit } from "../../db/sql";
import { ApiError, forbidden } from "../../errors";
import type { TeamRow } from "./teams.shapes";

/** read: see the team; members: manage its members; own: change or delete it. */
export type TeamRight = "read" | "members" | "own";

/**
 * The team, loaded with the caller's role in it in one query, or the error
 * its result calls for (404 unreadable, 403 not allowed).
 */
export function teamAuthorization(
  db: Database,
  caller: Caller,
  id: string,
  right: TeamRight,
): Plan<TeamRow> {
  requireScope(caller, "teams", right === "read" ? "read" : "write");
  const { teams, teamMembers: m } = db.t;
  // A caller that is no user matches no owner and no membership.
  const userId = userIdOf(caller) ?? "";
  // A join (not a subquery in the select list) so every column is qualified.
  const query = db.orm
    .select({
      team: teams,
      role: sql<
        string | null
      >`case when ${teams.ownerUserId} = ${userId} then ${lit("owner")} else ${m.role} end`,
    })
    .from(teams)
    .leftJoin(m, and(eq(m.teamId, teams.id), eq(m.userId, userId)))
    .where(eq(teams.id, id))
    .limit(1);

  return planOf(query, ([found]) => {
    if (isAdmin(caller) && found) return found.team;
    if (!found?.role) throw new ApiError(404, `No team ${id}`);
    const allowed =
      right === "read" || found.role === "owner" || (right === "members" && found.role === "admin");
    if (!allowed)
      throw forbidden(
        `You may not ${right === "own" ? "change" : "manage the members of"} this team`,
      );
    return found.team;
  });
}
