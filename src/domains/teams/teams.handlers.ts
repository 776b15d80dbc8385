import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { authorizeCreation, creationAuthorization, requireScope } from "../../access/engine";
import { visibleTeams } from "../../access/references";
import { userIdOf } from "../../auth/caller";
import { deleteStatements } from "../../db/cascade";
import type { Database } from "../../db/database";
import { uuidv7 } from "../../db/ids";
import { forbidden } from "../../errors";
import type { AppEnv } from "../../http/env";
import { iso } from "../../http/schemas";
import { authorizeTeam, teamAuthorization } from "./teams.access";
import {
  type createTeamRoute,
  type deleteTeamRoute,
  type getTeamRoute,
  type listTeamsRoute,
  teamList,
  type updateTeamRoute,
} from "./teams.routes";

type TeamRow = Database["t"]["teams"]["$inferSelect"];

export const toTeam = (row: TeamRow) => ({
  id: row.id,
  name: row.name,
  owner_user_id: row.ownerUserId,
  organization_id: row.organizationId,
  created_at: iso(row.createdAt),
  updated_at: iso(row.updatedAt),
});

export const listTeams: RouteHandler<typeof listTeamsRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "teams", "read");
  const db = c.get("db");
  const { data, meta } = await teamList.run(db, c.req.valid("query"), visibleTeams(db, caller));
  return c.json({ data: data.map(toTeam), meta }, 200);
};

export const createTeam: RouteHandler<typeof createTeamRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireScope(caller, "teams", "write");
  const ownerUserId = userIdOf(caller);
  if (!ownerUserId) throw forbidden("Teams are owned by users: use a user's credentials");
  const db = c.get("db");
  const body = c.req.valid("json");
  const organizationId = body.organization_id ?? null;
  if (organizationId) {
    await authorizeCreation(db, caller, "teams", { type: "organization", id: organizationId });
  }
  const now = new Date();
  const team: TeamRow = {
    id: uuidv7(),
    name: body.name,
    ownerUserId,
    organizationId,
    createdAt: now,
    updatedAt: now,
  };
  // The owner is the team's first member, written with the team or not at all.
  await db.atomic((orm) => [
    orm.insert(db.t.teams).values(team),
    orm.insert(db.t.teamMembers).values({ teamId: team.id, userId: ownerUserId, role: "owner" }),
  ]);
  return c.json({ data: toTeam(team) }, 201);
};

export const getTeam: RouteHandler<typeof getTeamRoute, AppEnv> = async (c) => {
  const team = await authorizeTeam(c.get("db"), c.get("caller"), c.req.valid("param").id, "read");
  return c.json({ data: toTeam(team) }, 200);
};

export const updateTeam: RouteHandler<typeof updateTeamRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const team = teamAuthorization(db, caller, id, "own");
  // Moving the team needs membership of the new organization: checked in the same round trip.
  const organization = body.organization_id
    ? creationAuthorization(db, caller, "teams", { type: "organization", id: body.organization_id })
    : undefined;
  const [teamRows, organizationRows] = await db.read<PromiseLike<unknown[]>[]>(() =>
    organization ? [team.query, organization.query] : [team.query],
  );
  team.check(teamRows as never);
  organization?.check(organizationRows as never);
  const [row] = await db.updateReturning(db.t.teams, eq(db.t.teams.id, id), {
    name: body.name,
    organizationId: body.organization_id,
  });
  return c.json({ data: toTeam(row!) }, 200);
};

export const deleteTeam: RouteHandler<typeof deleteTeamRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await authorizeTeam(db, c.get("caller"), id, "own");
  await db.atomic((orm) => deleteStatements(db, orm, "team", [id]));
  return c.body(null, 204);
};
