import { createRoute, z } from "@hono/zod-openapi";
import {
  ENGAGEMENT_ACTIONS,
  ENGAGEMENT_OBJECTS,
  ENGAGEMENT_SUBJECTS,
  MENTION_TARGETS,
} from "../../db/schema";
import {
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
} from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { deleteItemRoute, getItemRoute, listRoute, updateItemRoute } from "../../http/routes";
import { Id, IdParams, NoQuery, Timestamp } from "../../http/schemas";
import { EngagementCounts } from "../resources/resources.shapes";

const Ref = <T extends readonly [string, ...string[]]>(types: T) =>
  z.strictObject({ type: z.enum(types), id: Id });

export const Engagement = z
  .object({
    id: Id,
    subject: z.object({ type: z.enum(ENGAGEMENT_SUBJECTS), id: Id }),
    action: z.enum(ENGAGEMENT_ACTIONS),
    object: z.object({ type: z.enum(ENGAGEMENT_OBJECTS), id: Id }),
    text: z.string().nullable().openapi({ description: "A comment's text; null otherwise" }),
    mentions: z
      .array(z.object({ type: z.enum(MENTION_TARGETS), id: Id }))
      .openapi({ description: "What a mention names; empty otherwise" }),
    activated_at: Timestamp.nullable().openapi({
      description:
        "A subscription: when it became active (it makes its subject a `subscriber`); null while pending. Null for other actions.",
    }),
    created_at: Timestamp,
  })
  .openapi("Engagement");

export const CreateEngagement = z
  .strictObject({
    action: z.enum(ENGAGEMENT_ACTIONS),
    object: Ref(ENGAGEMENT_OBJECTS),
    subject: Ref(["workspace"] as const)
      .optional()
      .openapi({
        description: "A workspace you control to engage as; default the calling user",
      }),
    text: z.string().trim().min(1).max(10_000).optional().openapi({
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
export const createEngagementRoute = createRoute({
  method: "post",
  path: "/engagements",
  tags,
  summary: "Like, comment, repost, follow, subscribe, mention or bookmark something you may read",
  request: { body: jsonBody(CreateEngagement) },
  responses: {
    201: jsonResponse(itemEnvelope(Engagement), "The created engagement"),
    200: jsonResponse(
      itemEnvelope(Engagement),
      "The existing like, repost, follow, subscription or bookmark",
    ),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export const getEngagementRoute = getItemRoute({
  path: "/engagements/{id}",
  tags,
  summary: "Get an engagement whose object you may read",
  item: Engagement,
});

export const ChangeEngagement = z
  .strictObject({
    active: z.boolean().openapi({ description: "Activate (true) or deactivate (false)" }),
  })
  .openapi("ChangeEngagement");

export const updateEngagementRoute = updateItemRoute({
  path: "/engagements/{id}",
  tags,
  summary: "Activate or deactivate a subscription",
  description:
    "Only subscriptions have a state: an active one makes its subject a `subscriber` of the object (and, for a workspace, of what is in it). In a `managed` workspace a subscription is pending until the workspace's owner (whoever controls it) or an admin activates it here; in an `open` one it is active from creation. For a resource or collection the mode and the owner are those of its workspace; for a user, or something not in a workspace, it is managed by whoever controls the owner. 409 for an engagement that is no subscription; 403 for anyone else who can see it.",
  body: ChangeEngagement,
  item: Engagement,
});

export const deleteEngagementRoute = deleteItemRoute({
  path: "/engagements/{id}",
  tags,
  summary: "Undo an engagement you (or a workspace you control) made",
});

export type ObjectPath = "resources" | "workspaces" | "collections" | "users";

const objectListRoute = (object: ObjectPath) =>
  createRoute({
    method: "get",
    path: `/${object}/{id}/engagements`,
    tags,
    summary: `List the engagements with a ${object.slice(0, -1)} you may read`,
    request: { params: IdParams, query: objectEngagementList.query },
    responses: {
      200: jsonResponse(listEnvelope(Engagement), "A page of engagements"),
      ...errorResponses(400, 401, 403, 404),
    },
  });

export const listResourceEngagementsRoute = objectListRoute("resources");
export const listWorkspaceEngagementsRoute = objectListRoute("workspaces");
export const listCollectionEngagementsRoute = objectListRoute("collections");
export const listUserEngagementsRoute = objectListRoute("users");

export const listMyEngagementsRoute = listRoute({
  path: "/me/engagements",
  tags,
  summary: "List the engagements you made (as a user or workspace key)",
  query: subjectEngagementList.query,
  item: Engagement,
});

export const listUserMadeEngagementsRoute = createRoute({
  method: "get",
  path: "/users/{id}/engagements/made",
  tags,
  summary: "List the engagements a user made, with objects you may read",
  request: { params: IdParams, query: subjectEngagementList.query },
  responses: {
    200: jsonResponse(listEnvelope(Engagement), "A page of engagements"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const resourceEngagementCountsRoute = createRoute({
  method: "get",
  path: "/resources/{id}/engagements/counts",
  tags,
  summary: "Count a resource's engagements per action",
  request: { params: IdParams, query: NoQuery },
  responses: {
    200: jsonResponse(itemEnvelope(EngagementCounts), "Engagements per action"),
    ...errorResponses(400, 401, 403, 404),
  },
});
