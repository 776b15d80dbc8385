/** Permissions: the action catalogue and the permission rows the engine reads. */
import { createRouter } from "../../http/router";
import {
  createPermissionAction,
  deletePermissionAction,
  getPermissionAction,
  listPermissionActions,
  updatePermissionAction,
} from "./actions.handlers";
import {
  createPermissionActionRoute,
  deletePermissionActionRoute,
  getPermissionActionRoute,
  listPermissionActionsRoute,
  updatePermissionActionRoute,
} from "./actions.routes";
import {
  deletePermission,
  getPermission,
  listPermissions,
  updatePermission,
  writePermission,
} from "./permissions.handlers";
import {
  deletePermissionRoute,
  getPermissionRoute,
  listPermissionsRoute,
  updatePermissionRoute,
  writePermissionRoute,
} from "./permissions.routes";

export const permissionsRouter = createRouter()
  .openapi(listPermissionActionsRoute, listPermissionActions)
  .openapi(createPermissionActionRoute, createPermissionAction)
  .openapi(getPermissionActionRoute, getPermissionAction)
  .openapi(updatePermissionActionRoute, updatePermissionAction)
  .openapi(deletePermissionActionRoute, deletePermissionAction)
  .openapi(listPermissionsRoute, listPermissions)
  .openapi(writePermissionRoute, writePermission)
  .openapi(getPermissionRoute, getPermission)
  .openapi(updatePermissionRoute, updatePermission)
  .openapi(deletePermissionRoute, deletePermission);
