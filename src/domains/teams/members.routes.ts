import { z } from "@hono/zod-openapi";
import { TEAM_ROLES } from "../../db/schema/teams";
import { defineList } from "../../http/list-query";
import { createItemRoute, deleteItemRoute, listRoute, updateItemRoute } from "../../http/routes";
import { Id, IdParams } from "../../http/schemas";
import { TeamMember } from "./members.shapes";

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

export const listMembersRoute = listRoute({
  path: "/teams/{id}/members",
  tags,
  summary: "Members of a team (readable by its owner, members and admins)",
  operationId: "listTeamMembers",
  description:
    "Oldest first; filter by `role` and `user_id`. A team you do not belong to answers 404.",
  access: { scope: "teams:read", guests: true },
  params: IdParams,
  query: memberList.query,
  item: TeamMember,
});

export const addMemberRoute = createItemRoute({
  path: "/teams/{id}/members",
  tags,
  summary: "Add a member (the owner, team admins or admin)",
  operationId: "addTeamMember",
  description: "Adding a member twice answers 409; an unknown user, 422.",
  access: { scope: "teams:write", guests: false },
  params: IdParams,
  body: AddTeamMember,
  item: TeamMember,
});

export const updateMemberRoute = updateItemRoute({
  versioned: true,
  path: "/teams/{id}/members/{userId}",
  tags,
  summary: "Change a member's role (the owner, team admins or admin)",
  operationId: "updateTeamMember",
  description: "The owner's role is not changed here (409).",
  access: { scope: "teams:write", guests: false },
  params: MemberParams,
  body: UpdateTeamMember,
  item: TeamMember,
});

export const removeMemberRoute = deleteItemRoute({
  versioned: true,
  path: "/teams/{id}/members/{userId}",
  tags,
  summary: "Remove a member (the owner, team admins, admin, or the member themself)",
  operationId: "removeTeamMember",
  description:
    "Anyone may leave a team (`userId` is themself); removing someone else takes the right to manage its members. The team's owner cannot be removed (409).",
  access: {
    scope: {
      anyOf: ["teams:write", "teams:read"],
      by: "what you do: write to remove someone else, read to leave",
    },
    guests: false,
  },
  params: MemberParams,
});
