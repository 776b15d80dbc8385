import type { RouteHandler } from "@hono/zod-openapi";
import { creationAuthorization, requireScope } from "../../access/engine";
import { visibleTeams } from "../../access/references";
import { userIdOf } from "../../auth/caller";
import { deleteCascading } from "../../db/cascade";
import { settled } from "../../db/plan";
import { forbidden } from "../../errors";
import type { AppEnv } from "../../http/env";
import { insertTeam, updateTeam } from "./teams.queries";
import {
  type createTeamRoute,
  type deleteTeamRoute,
  type getTeamRoute,
  type listTeamsRoute,
  teamList,
  type updateTeamRoute,
} from "./teams.routes";
import { teamAuthorization } from "./teams.rules";
import { toTeam } from "./teams.shapes";

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
    const organization = { type: "organization", id: organizationId } as const;
    await db.load(creationAuthorization(db, caller, "teams", organization));
  }
  const team = await insertTeam(db, { name: body.name, ownerUserId, organizationId });
  return c.json({ data: toTeam(team) }, 201);
};

export const getTeam: RouteHandler<typeof getTeamRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const [team] = await db.load(
    teamAuthorization(db, c.get("caller"), c.req.valid("param").id, "read"),
  );
  return c.json({ data: toTeam(team) }, 200);
};

export const updateTeamFields: RouteHandler<typeof updateTeamRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  // Moving the team needs membership of the new organization: checked in the same round trip.
  await db.load(
    teamAuthorization(db, caller, id, "own"),
    body.organization_id
      ? creationAuthorization(db, caller, "teams", {
          type: "organization",
          id: body.organization_id,
        })
      : settled(undefined),
  );
  const row = await updateTeam(
    db,
    id,
    { name: body.name, organizationId: body.organization_id },
    c.get("expectedVersions"),
  );
  return c.json({ data: toTeam(row!) }, 200);
};

export const removeTeam: RouteHandler<typeof deleteTeamRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await db.load(teamAuthorization(db, c.get("caller"), id, "own"));
  await deleteCascading(db, "team", id, c.get("expectedVersions"));
  return c.body(null, 204);
};
