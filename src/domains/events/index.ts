/** Events: the change feed and audit trail the outbox (src/db/events.ts) records. */
import { createRouter } from "../../http/router";
import {
  listEvents,
  listMyEvents,
  listOrganizationEvents,
  listWorkspaceEvents,
} from "./events.handlers";
import {
  listEventsRoute,
  listMyEventsRoute,
  listOrganizationEventsRoute,
  listWorkspaceEventsRoute,
} from "./events.routes";

export { ownerRights } from "./events.queries";
export { Event, type EventRow, toEvent } from "./events.shapes";

export const eventsRouter = createRouter()
  .openapi(listEventsRoute, listEvents)
  .openapi(listMyEventsRoute, listMyEvents)
  .openapi(listWorkspaceEventsRoute, listWorkspaceEvents)
  .openapi(listOrganizationEventsRoute, listOrganizationEvents);
