import { EVENT_OBJECT_TYPES, EVENT_TYPES } from "../../db/events";
import { defineList } from "../../http/list-query";
import { listRoute } from "../../http/routes";
import { Event } from "./events.shapes";

/**
 * Every feed pages in commit order (`sequence`, then `id`): a stored
 * `next_cursor` resumes after the last event read and never skips one that
 * committed later (docs/architecture.md §19).
 */
export const eventList = defineList({
  table: (t) => t.events,
  sort: { sequence: "commitSeq" },
  defaultSort: "sequence",
  resumable: true,
  filters: {
    type: { kind: "enum", field: "type", values: EVENT_TYPES },
    object_type: { kind: "enum", field: "objectType", values: EVENT_OBJECT_TYPES },
    object_id: { kind: "id", field: "objectId" },
    created_at: { kind: "date", field: "createdAt" },
  },
});

const tags = ["events"];

const PAGING =
  "Oldest first, in commit order (`sort=-sequence`: newest first). Keep `meta.next_cursor` to resume: it names the last event of the page even on the last page (an empty page answers the cursor it was given), the next page starts right after it, and an event committed later always comes after it, so nothing repeats or is skipped. Filter by `type`, `object_type`, `object_id` and `created_at_from`/`created_at_to`.";

export const listEventsRoute = listRoute({
  path: "/events",
  tags,
  summary: "Every event: the change feed and audit trail of the whole database (admin)",
  operationId: "listEvents",
  description: `One event per row each write created, updated or deleted, recorded in the same atomic write. ${PAGING}`,
  access: { scope: "admin", guests: false },
  query: eventList.query,
  item: Event,
});

export const listWorkspaceEventsRoute = listRoute({
  path: "/workspaces/{id}/events",
  tags,
  summary: "The events of a workspace and everything it holds",
  operationId: "listWorkspaceEvents",
  description: `For those who may write the workspace (its owners, members granted \`workspaces:write\`, admins): 403 for those who may only read it, 404 when it is unreadable. ${PAGING}`,
  access: { scope: "events:read", guests: false },
  query: eventList.query,
  item: Event,
});

export const listOrganizationEventsRoute = listRoute({
  path: "/organizations/{id}/events",
  tags,
  summary: "The events of an organization and everything it holds",
  operationId: "listOrganizationEvents",
  description: `For those who may write the organization (its members, admins): 403 for those who may only read it, 404 when it is unreadable. ${PAGING}`,
  access: { scope: "events:read", guests: false },
  query: eventList.query,
  item: Event,
});

export const listMyEventsRoute = listRoute({
  path: "/me/events",
  tags,
  summary: "The events of what the caller's subject owns",
  operationId: "listMyEvents",
  description: `For a user: their profile, keys, identities, grants and what they own; for a workspace's or organization's key: that workspace's or organization's events. ${PAGING}`,
  access: { scope: "events:read", guests: false },
  query: eventList.query,
  item: Event,
});
