import { createRoute, z } from "@hono/zod-openapi";
import { LINK_SUBJECTS } from "../../db/schema";
import {
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
} from "../../http/envelopes";
import { MAX_LIMIT } from "../../http/list-query";
import { deleteItemRoute, updateItemRoute } from "../../http/routes";
import { Id, IdParams, NoQuery, Timestamp, Url } from "../../http/schemas";

export type LinkSubject = (typeof LINK_SUBJECTS)[number];

/**
 * Links are few per subject: capped at one full page, so a subject's list is
 * always complete in one response (no cursor, no paging parameters).
 */
export const MAX_LINKS = MAX_LIMIT;

export const Link = z
  .object({
    id: Id,
    subject: z.object({ type: z.enum(LINK_SUBJECTS), id: Id }),
    name: z.string(),
    url: z.string(),
    icon: z.string().nullable(),
    position: z.number().int().openapi({ description: "0-based place in the subject's list" }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi("Link");

const fields = {
  name: z.string().trim().min(1).max(200),
  url: Url,
  icon: z.string().trim().min(1).max(64).nullable().optional(),
};

export const CreateLink = z
  .strictObject({
    ...fields,
    position: z.number().int().min(0).max(MAX_LINKS).optional().openapi({
      description: "Where to insert it, moving later links down; default (or past the end): last",
    }),
  })
  .openapi("CreateLink");

export const UpdateLink = z
  .strictObject({ name: fields.name.optional(), url: fields.url.optional(), icon: fields.icon })
  .openapi("UpdateLink");

export const LinkOrder = z
  .strictObject({
    ids: z.array(Id).max(MAX_LINKS).openapi({
      description: "Every link of the subject, each once, in the new order",
    }),
  })
  .openapi("LinkOrder");

const LinkList = listEnvelope(Link);

const tags = ["links"];

const SUBJECT_PATHS = { workspace: "workspaces", resource: "resources" } as const;

/** The routes on one kind of subject's links: `/workspaces/{id}/links`, `/resources/{id}/links`. */
export function subjectLinkRoutes(kind: LinkSubject) {
  const path = `/${SUBJECT_PATHS[kind]}/{id}/links` as const;
  return {
    list: createRoute({
      method: "get",
      path,
      tags,
      summary: `The ${kind}'s links by position, all of them (at most ${MAX_LINKS}); needs read on the ${kind}`,
      request: { params: IdParams, query: NoQuery },
      responses: {
        200: jsonResponse(LinkList, "Every link of the subject, in order"),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    create: createRoute({
      method: "post",
      path,
      tags,
      summary: `Add a link to the ${kind} (last, or at a position); needs write on the ${kind}`,
      request: { params: IdParams, body: jsonBody(CreateLink) },
      responses: {
        201: jsonResponse(itemEnvelope(Link), "The created link"),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    }),
    reorder: createRoute({
      method: "put",
      path: `${path}/order`,
      tags,
      summary: `Reorder the ${kind}'s links: name each of them once; needs write on the ${kind}`,
      request: { params: IdParams, body: jsonBody(LinkOrder) },
      responses: {
        200: jsonResponse(LinkList, "Every link of the subject, in the new order"),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    }),
  };
}

export type SubjectLinkRoutes = ReturnType<typeof subjectLinkRoutes>;

export const updateLinkRoute = updateItemRoute({
  path: "/links/{id}",
  tags,
  summary: "Change a link's name, url or icon (write on its subject); reorder to move it",
  body: UpdateLink,
  item: Link,
});

export const deleteLinkRoute = deleteItemRoute({
  path: "/links/{id}",
  tags,
  summary: "Remove a link (write on its subject); later links move up",
});
