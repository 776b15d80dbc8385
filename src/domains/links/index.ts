/** External links of workspaces and resources: ordered, read and changed through their subject. */
import { createRouter } from "../../http/router";
import { addLink, listLinks, patchLink, removeLink, reorder } from "./links.handlers";
import { deleteLinkRoute, subjectLinkRoutes, updateLinkRoute } from "./links.routes";

export { Link, toLink } from "./links.shapes";

const workspaceLinks = subjectLinkRoutes("workspace");
const resourceLinks = subjectLinkRoutes("resource");

export const linksRouter = createRouter()
  .openapi(workspaceLinks.list, listLinks("workspace"))
  .openapi(workspaceLinks.create, addLink("workspace"))
  .openapi(workspaceLinks.reorder, reorder("workspace"))
  .openapi(resourceLinks.list, listLinks("resource"))
  .openapi(resourceLinks.create, addLink("resource"))
  .openapi(resourceLinks.reorder, reorder("resource"))
  .openapi(updateLinkRoute, patchLink)
  .openapi(deleteLinkRoute, removeLink);
