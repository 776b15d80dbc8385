import { z } from "@hono/zod-openapi";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
} from "../../http/routes";
import { Id, TrimmedText } from "../../http/schemas";
import { Team } from "./teams.shapes";

const name = TrimmedText(200);

export const CreateTeam = z
  .strictObject({
    name,
    organization_id: Id.nullable()
      .optional()
      .openapi({ description: "An organization you belong to" }),
  })
  .openapi("CreateTeam");

export const UpdateTeam = z
  .strictObject({ name: name.optional(), organization_id: CreateTeam.shape.organization_id })
  .openapi("UpdateTeam");

export const teamList = defineList({
  table: (t) => t.teams,
  sort: { created_at: "id", name: "name" },
  defaultSort: "created_at",
  filters: {
    organization_id: { kind: "id", field: "organizationId" },
    q: { kind: "search", fields: ["name"] },
  },
});

const tags = ["teams"];

export const listTeamsRoute = listRoute({
  path: "/teams",
  tags,
  summary: "Teams you own or belong to (admins: all)",
  operationId: "listTeams",
  description:
    "Filter by `organization_id` and `q` (name), sort by `created_at` or `name`. Guests see none.",
  access: { scope: "teams:read", guests: true },
  query: teamList.query,
  item: Team,
});

export const createTeamRoute = createItemRoute({
  path: "/teams",
  tags,
  summary: "Create a team owned by you, with you as its first member",
  operationId: "createTeam",
  description:
    "Teams are owned by users: other subjects get 403. An organization must be one you may create teams in (403 otherwise, 404 when you may not see it).",
  access: { scope: "teams:write", guests: false },
  body: CreateTeam,
  item: Team,
});

export const getTeamRoute = getItemRoute({
  path: "/teams/{id}",
  tags,
  summary: "Get a team (its owner, members and admins)",
  operationId: "getTeam",
  description: "A team you do not belong to answers 404, as if it did not exist.",
  access: { scope: "teams:read", guests: true },
  item: Team,
});

export const updateTeamRoute = updateItemRoute({
  versioned: true,
  path: "/teams/{id}",
  tags,
  summary: "Rename a team or move it to another organization (owner or admin)",
  operationId: "updateTeam",
  description: "Members who do not own the team get 403.",
  access: { scope: "teams:write", guests: false },
  body: UpdateTeam,
  item: Team,
});

export const deleteTeamRoute = deleteItemRoute({
  versioned: true,
  path: "/teams/{id}",
  tags,
  summary: "Delete a team with its memberships and permission rows (owner or admin)",
  operationId: "deleteTeam",
  description: "Members who do not own the team get 403.",
  access: { scope: "teams:write", guests: false },
});
