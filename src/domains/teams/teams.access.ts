/**
 * Who may do what with a team. Teams are not engine objects (no permission rows
 * name them as objects): the owner and admins do everything, team admins manage
 * members, members read. Anyone else finds no team (404).
 */
import { and, eq, sql } from "drizzle-orm";
import { requireScope } from "../../access/engine";
import { type Caller, isAdmin, userIdOf } from "../../auth/caller";
import type { Database } from "../../db/database";
import { lit } from "../../db/sql";
import { ApiError, forbidden } from "../../errors";

/** read: see the team; members: manage its members; own: change or delete it. */
export type TeamRight = "read" | "members" | "own";

type TeamRow = Database["t"]["teams"]["$inferSelect"];

/**
 * One query loading the team with the caller's role in it, and the check that
 * turns its result into the team or an error (404 unreadable, 403 not allowed).
 */
export function teamAuthorization(db: Database, caller: Caller, id: string, right: TeamRight) {
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

  const check = (rows: { team: TeamRow; role: string | null }[]): TeamRow => {
    const [found] = rows;
    if (isAdmin(caller) && found) return found.team;
    if (!found?.role) throw new ApiError(404, `No team ${id}`);
    const allowed =
      right === "read" || found.role === "owner" || (right === "members" && found.role === "admin");
    if (!allowed)
      throw forbidden(
        `You may not ${right === "own" ? "change" : "manage the members of"} this team`,
      );
    return found.team;
  };
  return { query, check };
}

/** Loads a team for a right in one query (see `teamAuthorization`). */
export async function authorizeTeam(db: Database, caller: Caller, id: string, right: TeamRight) {
  const { query, check } = teamAuthorization(db, caller, id, right);
  return check(await query);
}
