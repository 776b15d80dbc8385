/** Workspaces: list, create (with static collections), read, update, delete (cascading). */
import { createRouter } from "../../http/router";
import {
  createWorkspace,
  getWorkspace,
  listWorkspaces,
  patchWorkspace,
  removeWorkspace,
} from "./workspaces.handlers";
import {
  createWorkspaceRoute,
  deleteWorkspaceRoute,
  getWorkspaceRoute,
  listWorkspacesRoute,
  updateWorkspaceRoute,
} from "./workspaces.routes";

export { toWorkspace, Workspace } from "./workspaces.shapes";

export const workspacesRouter = createRouter()
  .openapi(listWorkspacesRoute, listWorkspaces)
  .openapi(createWorkspaceRoute, createWorkspace)
  .openapi(getWorkspaceRoute, getWorkspace)
  .openapi(updateWorkspaceRoute, patchWorkspace)
  .openapi(deleteWorkspaceRoute, removeWorkspace);
