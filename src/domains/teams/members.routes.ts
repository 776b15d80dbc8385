import { createRoute, z } from "@hono/zod-openapi";
import { TEAM_ROLES } from "../../db/schema/teams";
import {
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
} from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { Id, IdParams, NoQuery, Timestamp } from "../../http/schemas";

export const TeamMember = z
  .object({
    id: Id,
    team_id: Id,
    user_id: Id,
    role: z.enum(TEAM_ROLES),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("TeamMember");

/** Roles that can be given: "owner" belongs to the team's owner alone. */
const GrantableRole = z.enum(["member", "admin"]);

export const AddTeamMember = z
  .strictObject({ user_id: Id, role: GrantableRole.default("member") })
  .openapi("AddTeamMember");

export const UpdateTeamMember = z.strictObject({ role: GrantableRole }).openapi("UpdateTeamMember");

export const memberList = defineList({
  table: (t) => t.teamMembers,
  sort: { created_at: "id" },
  defaultSort: "created_at",
  filters: {
    role: { kind: "enum", field: "role", values: TEAM_ROLES },
    user_id: { kind: "id", field: "userId" },
  },
});

const MemberParams = IdParams.extend({
  userId: Id.openapi({ param: { name: "userId", in: "path" } }),
});

const tags = ["teams"];

export const listMembersRoute = createRoute({
  method: "get",
  path: "/teams/{id}/members",
  tags,
  summary: "Members of a team (readable by its owner, members and admins)",
  request: { params: IdParams, query: memberList.query },
  responses: {
    200: jsonResponse(listEnvelope(TeamMember), "A page of members"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const addMemberRoute = createRoute({
  method: "post",
  path: "/teams/{id}/members",
  tags,
  summary: "Add a member (the owner, team admins or admin)",
  request: { params: IdParams, body: jsonBody(AddTeamMember) },
  responses: {
    201: jsonResponse(itemEnvelope(TeamMember), "The membership"),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export const updateMemberRoute = createRoute({
  method: "patch",
  path: "/teams/{id}/members/{userId}",
  tags,
  summary: "Change a member's role (the owner, team admins or admin)",
  request: { params: MemberParams, body: jsonBody(UpdateTeamMember) },
  responses: {
    200: jsonResponse(itemEnvelope(TeamMember), "The updated membership"),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export const removeMemberRoute = createRoute({
  method: "delete",
  path: "/teams/{id}/members/{userId}",
  tags,
  summary: "Remove a member (the owner, team admins, admin, or the member themself)",
  request: { params: MemberParams, query: NoQuery },
  responses: { 204: { description: "Removed" }, ...errorResponses(400, 401, 403, 404, 409) },
});
