/** Resources: the resources themselves, their posts and authors, and owners' lists of them. */
import { createRouter } from "../../http/router";
import { createAuthor, deleteAuthor, listAuthors } from "./authors.handlers";
import { addAuthorRoute, listAuthorsRoute, removeAuthorRoute } from "./authors.routes";
import { getPost, putPost, removePost } from "./posts.handlers";
import { deletePostRoute, getPostRoute, putPostRoute } from "./posts.routes";
import {
  createResource,
  getResource,
  listMyResources,
  listResources,
  listWorkspaceResources,
  removeResource,
  updateResourceFields,
} from "./resources.handlers";
import {
  createResourceRoute,
  deleteResourceRoute,
  getResourceRoute,
  listMyResourcesRoute,
  listResourcesRoute,
  listWorkspaceResourcesRoute,
  updateResourceRoute,
} from "./resources.routes";

export { RESOURCE_INCLUDES, type ResourceIds, resourceIncludes } from "./resources.includes";
export { EngagementCounts, noEngagements, Resource, toResource } from "./resources.shapes";

export const resourcesRouter = createRouter()
  .openapi(listResourcesRoute, listResources)
  .openapi(createResourceRoute, createResource)
  .openapi(getResourceRoute, getResource)
  .openapi(updateResourceRoute, updateResourceFields)
  .openapi(deleteResourceRoute, removeResource)
  .openapi(getPostRoute, getPost)
  .openapi(putPostRoute, putPost)
  .openapi(deletePostRoute, removePost)
  .openapi(listAuthorsRoute, listAuthors)
  .openapi(addAuthorRoute, createAuthor)
  .openapi(removeAuthorRoute, deleteAuthor)
  .openapi(listMyResourcesRoute, listMyResources)
  .openapi(listWorkspaceResourcesRoute, listWorkspaceResources);
