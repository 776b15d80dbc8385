import { z } from "@hono/zod-openapi";
import type { LINK_SUBJECTS } from "../../db/schema";
import {
  createItemRoute,
  deleteItemRoute,
  listRoute,
  reorderRoute,
  updateItemRoute,
} from "../../http/routes";
import { Id, NoQuery, TrimmedText, Url } from "../../http/schemas";
import { Link, MAX_LINKS } from "./links.shapes";

export type LinkSubject = (typeof LINK_SUBJECTS)[number];

const fields = {
  name: TrimmedText(200),
  url: Url,
  icon: TrimmedText(64).nullable().optional(),
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

const tags = ["links"];

const SUBJECT_PATHS = { workspace: "workspaces", resource: "resources" } as const;
const SUBJECT_NOUNS = { workspace: "Workspace", resource: "Resource" } as const;

/** The routes on one kind of subject's links: `/workspaces/{id}/links`, `/resources/{id}/links`. */
export function subjectLinkRoutes(kind: LinkSubject) {
  const path = `/${SUBJECT_PATHS[kind]}/{id}/links` as const;
  return {
    list: listRoute({
      path,
      tags,
      operationId: `list${SUBJECT_NOUNS[kind]}Links`,
      summary: `The ${kind}'s links by position, all of them (at most ${MAX_LINKS}); needs read on the ${kind}`,
      description: `Not paged: the whole list, in order. A ${kind} you may not read answers 404.`,
      access: { scope: `${SUBJECT_PATHS[kind]}:read`, guests: true },
      query: NoQuery,
      item: Link,
    }),
    create: createItemRoute({
      path,
      tags,
      operationId: `create${SUBJECT_NOUNS[kind]}Link`,
      summary: `Add a link to the ${kind} (last, or at a position); needs write on the ${kind}`,
      description: `Links at or after the position move down one. A ${kind} with ${MAX_LINKS} links answers 409.`,
      access: { scope: `${SUBJECT_PATHS[kind]}:write`, guests: false },
      body: CreateLink,
      item: Link,
    }),
    reorder: reorderRoute({
      path: `${path}/order`,
      tags,
      operationId: `reorder${SUBJECT_NOUNS[kind]}Links`,
      summary: `Reorder the ${kind}'s links: name each of them once; needs write on the ${kind}`,
      description: `\`ids\` must name each of the ${kind}'s links once (422 otherwise).`,
      access: { scope: `${SUBJECT_PATHS[kind]}:write`, guests: false },
      body: LinkOrder,
      list: Link,
    }),
  };
}

export type SubjectLinkRoutes = ReturnType<typeof subjectLinkRoutes>;

export const updateLinkRoute = updateItemRoute({
  versioned: true,
  path: "/links/{id}",
  tags,
  summary: "Change a link's name, url or icon (write on its subject); reorder to move it",
  operationId: "updateLink",
  description: "A link whose subject you may not read answers 404; one you may only read, 403.",
  access: {
    scope: { anyOf: ["workspaces:write", "resources:write"], by: "the link's subject" },
    guests: false,
  },
  body: UpdateLink,
  item: Link,
});

export const deleteLinkRoute = deleteItemRoute({
  versioned: true,
  path: "/links/{id}",
  tags,
  summary: "Remove a link (write on its subject); later links move up",
  operationId: "deleteLink",
  description: "A link whose subject you may not read answers 404; one you may only read, 403.",
  access: {
    scope: { anyOf: ["workspaces:write", "resources:write"], by: "the link's subject" },
    guests: false,
  },
});
