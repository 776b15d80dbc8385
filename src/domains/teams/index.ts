/** Teams: groups of users that permission rows can name as one subject. */
import { createRouter } from "../../http/router";
import { addMember, listMembers, removeMember, updateMember } from "./members.handlers";
import {
  addMemberRoute,
  listMembersRoute,
  removeMemberRoute,
  updateMemberRoute,
} from "./members.routes";
import { createTeam, getTeam, listTeams, removeTeam, updateTeamFields } from "./teams.handlers";
import {
  createTeamRoute,
  deleteTeamRoute,
  getTeamRoute,
  listTeamsRoute,
  updateTeamRoute,
} from "./teams.routes";

export const teamsRouter = createRouter()
  .openapi(listTeamsRoute, listTeams)
  .openapi(createTeamRoute, createTeam)
  .openapi(getTeamRoute, getTeam)
  .openapi(updateTeamRoute, updateTeamFields)
  .openapi(deleteTeamRoute, removeTeam)
  .openapi(listMembersRoute, listMembers)
  .openapi(addMemberRoute, addMember)
  .openapi(updateMemberRoute, updateMember)
  .openapi(removeMemberRoute, removeMember);
