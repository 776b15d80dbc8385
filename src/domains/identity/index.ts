/** Identity: users, their linked external identities, organizations, API keys and the caller itself. */
import { createRouter } from "../../http/router";
import { createApiKey, getApiKey, listApiKeys, revokeKey } from "./api-keys.handlers";
import {
  createApiKeyRoute,
  getApiKeyRoute,
  listApiKeysRoute,
  revokeApiKeyRoute,
} from "./api-keys.routes";
import { createUserIdentity, deleteUserIdentity, listUserIdentities } from "./identities.handlers";
import {
  createUserIdentityRoute,
  deleteUserIdentityRoute,
  listUserIdentitiesRoute,
} from "./identities.routes";
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  removeOrganization,
  updateOrganization,
} from "./organizations.handlers";
import {
  createOrganizationRoute,
  deleteOrganizationRoute,
  getOrganizationRoute,
  listOrganizationsRoute,
  updateOrganizationRoute,
} from "./organizations.routes";
import {
  createUser,
  getMe,
  getUser,
  listUsers,
  removeUser,
  updateUserProfile,
} from "./users.handlers";
import {
  createUserRoute,
  deleteUserRoute,
  getMeRoute,
  getUserRoute,
  listUsersRoute,
  updateUserRoute,
} from "./users.routes";

export { toUser } from "./users.handlers";
export { User } from "./users.routes";

export const identityRouter = createRouter()
  .openapi(getMeRoute, getMe)
  .openapi(listUsersRoute, listUsers)
  .openapi(createUserRoute, createUser)
  .openapi(getUserRoute, getUser)
  .openapi(updateUserRoute, updateUserProfile)
  .openapi(deleteUserRoute, removeUser)
  .openapi(listUserIdentitiesRoute, listUserIdentities)
  .openapi(createUserIdentityRoute, createUserIdentity)
  .openapi(deleteUserIdentityRoute, deleteUserIdentity)
  .openapi(listOrganizationsRoute, listOrganizations)
  .openapi(createOrganizationRoute, createOrganization)
  .openapi(getOrganizationRoute, getOrganization)
  .openapi(updateOrganizationRoute, updateOrganization)
  .openapi(deleteOrganizationRoute, removeOrganization)
  .openapi(listApiKeysRoute, listApiKeys)
  .openapi(createApiKeyRoute, createApiKey)
  .openapi(getApiKeyRoute, getApiKey)
  .openapi(revokeApiKeyRoute, revokeKey);
