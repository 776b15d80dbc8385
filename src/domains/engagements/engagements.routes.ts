import { z } from "@hono/zod-openapi";
import {
  ENGAGEMENT_ACTIONS,
  ENGAGEMENT_OBJECTS,
  ENGAGEMENT_SUBJECTS,
  MENTION_TARGETS,
} from "../../db/schema";
import { defineList } from "../../http/list-query";
import {
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
  upsertItemRoute,
} from "../../http/routes";
import { Id, TrimmedText } from "../../http/schemas";
import { EngagementCounts } from "../resources";
import { Engagement } from "./engagements.shapes";

const Ref = <T extends readonly [string, ...string[]]>(types: T) =>
  z.strictObject({ type: z.enum(types), id: Id });

export const CreateEngagement = z
  .strictObject({
    action: z.enum(ENGAGEMENT_ACTIONS),
    object: Ref(ENGAGEMENT_OBJECTS),
    subject: Ref(["workspace"] as const)
      .optional()
      .openapi({
        description: "A workspace you control to engage as; default the calling user",
      }),
    text: TrimmedText(10_000).optional().openapi({
      description: "Required for a comment, refused otherwise",
    }),
    mentions: z.array(Ref(MENTION_TARGETS)).min(1).max(50).optional().openapi({
      description:
        "Required for a mention, refused otherwise; every target must be one you may read (422 otherwise, as for one that does not exist)",
    }),
  })
  .superRefine((body, ctx) => {
    const needs = (field: "text" | "mentions", action: string) => {
      const present = body[field] !== undefined;
      if (present !== (body.action === action)) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: present ? `Only a ${action} has ${field}` : `A ${action} needs ${field}`,
        });
      }
    };
    needs("text", "comment");
    needs("mentions", "mention");
  })
  .openapi("CreateEngagement");

/** Engagements newest first; the path names the object or the subject. */
const listing = <F extends "object_type" | "subject_type">(by: F) =>
  defineList({
    table: (t) => t.engagements,
    sort: { created_at: "id" },
    defaultSort: "-created_at",
    filters: {
      action: { kind: "enum", field: "action", values: ENGAGEMENT_ACTIONS },
      ...(by === "object_type"
        ? { object_type: { kind: "enum", field: "objectType", values: ENGAGEMENT_OBJECTS } }
        : { subject_type: { kind: "enum", field: "subjectType", values: ENGAGEMENT_SUBJECTS } }),
    },
  });

/** Engagements with one object: filter by action or subject type. */
export const objectEngagementList = listing("subject_type");
/** Engagements made by one subject: filter by action or object type. */
export const subjectEngagementList = listing("object_type");

const tags = ["engagements"];

/** Singleton actions are idempotent: repeating one answers the existing engagement (200). */
export const createEngagementRoute = upsertItemRoute({
  path: "/engagements",
  tags,
  operationId: "createEngagement",
  summary: "Like, comment, repost, follow, subscribe, mention or bookmark something you may read",
  description:
    "Engages as the calling user, or as a workspace you control (`subject`). The object must exist and be readable by you (404 otherwise), which also needs the read scope of its kind. Likes, reposts, follows, subscriptions and bookmarks are singletons: repeating one answers the existing engagement with 200.",
  access: { scope: "engagements:write", guests: false },
  body: CreateEngagement,
  item: Engagement,
});

export const getEngagementRoute = getItemRoute({
  path: "/engagements/{id}",
  tags,
  operationId: "getEngagement",
  summary: "Get an engagement whose object you may read",
  description: "An engagement whose object you may not read answers 404, as if it did not exist.",
  access: { scope: "engagements:read", guests: true },
  item: Engagement,
});

export const ChangeEngagement = z
  .strictObject({
    active: z.boolean().openapi({ description: "Activate (true) or deactivate (false)" }),
  })
  .openapi("ChangeEngagement");

export const updateEngagementRoute = updateItemRoute({
  versioned: true,
  path: "/engagements/{id}",
  tags,
  summary: "Activate or deactivate a subscription",
  operationId: "updateEngagement",
  access: { scope: "engagements:write", guests: false },
  description:
    "Only subscriptions have a state: an active one makes its subject a `subscriber` of the object (and, for a workspace, of what is in it). In a `managed` workspace a subscription is pending until the workspace's owner (whoever controls it) or an admin activates it here; in an `open` one it is active from creation. For a resource or collection the mode and the owner are those of its workspace; for a user, or something not in a workspace, it is managed by whoever controls the owner. 409 for an engagement that is no subscription; 403 for anyone else who can see it.",
  body: ChangeEngagement,
  item: Engagement,
});

export const deleteEngagementRoute = deleteItemRoute({
  versioned: true,
  path: "/engagements/{id}",
  tags,
  operationId: "deleteEngagement",
  summary: "Undo an engagement you (or a workspace you control) made",
  description:
    "Only the engagement's subject (or a controller of the subject workspace) may undo it; anyone else who can see it gets 403.",
  access: { scope: "engagements:write", guests: false },
});

export type ObjectPath = "resources" | "workspaces" | "collections" | "users";

/** The scope reading each kind of object needs (users' engagements need none of their own). */
const OBJECT_SCOPES = {
  resources: ["engagements:read", "resources:read"],
  workspaces: ["engagements:read", "workspaces:read"],
  collections: ["engagements:read", "collections:read"],
  users: "engagements:read",
} as const;

const OPERATION_NOUNS = {
  resources: "Resource",
  workspaces: "Workspace",
  collections: "Collection",
  users: "User",
} as const;

const objectListRoute = (object: ObjectPath) =>
  listRoute({
    path: `/${object}/{id}/engagements`,
    tags,
    operationId: `list${OPERATION_NOUNS[object]}Engagements`,
    summary: `List the engagements with a ${object.slice(0, -1)} you may read`,
    description: `Newest first; filter by \`action\` and \`subject_type\`. A ${object.slice(0, -1)} you may not read answers 404.`,
    access: { scope: OBJECT_SCOPES[object], guests: true },
    query: objectEngagementList.query,
    item: Engagement,
  });

export const listResourceEngagementsRoute = objectListRoute("resources");
export const listWorkspaceEngagementsRoute = objectListRoute("workspaces");
export const listCollectionEngagementsRoute = objectListRoute("collections");
export const listUserEngagementsRoute = objectListRoute("users");

export const listMyEngagementsRoute = listRoute({
  path: "/me/engagements",
  tags,
  operationId: "listMyEngagements",
  summary: "List the engagements you made (as a user or workspace key)",
  description:
    "Newest first; filter by `action` and `object_type`. Engagements with objects you may no longer read are left out.",
  access: { scope: "engagements:read", guests: false },
  query: subjectEngagementList.query,
  item: Engagement,
});

export const listUserMadeEngagementsRoute = listRoute({
  path: "/users/{id}/engagements/made",
  tags,
  operationId: "listUserMadeEngagements",
  summary: "List the engagements a user made, with objects you may read",
  description:
    "Newest first; filter by `action` and `object_type`. Engagements with objects you may not read are left out; an unknown user answers 404.",
  access: { scope: "engagements:read", guests: true },
  query: subjectEngagementList.query,
  item: Engagement,
});

export const resourceEngagementCountsRoute = getItemRoute({
  path: "/resources/{id}/engagements/counts",
  tags,
  operationId: "countResourceEngagements",
  summary: "Count a resource's engagements per action",
  description:
    "The same counts as `include=counts` on the resource. A resource you may not read answers 404.",
  access: { scope: ["engagements:read", "resources:read"], guests: true },
  item: EngagementCounts,
});
