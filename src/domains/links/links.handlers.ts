import type { RouteHandler } from "@hono/zod-openapi";
import { OBJECT_DOMAIN, requireScope } from "../../access/engine";
import type { Caller } from "../../auth/caller";
import type { Database } from "../../db/database";
import { ApiError, conflict, forbidden, notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import {
  deleteLink,
  insertLink,
  linkForCaller,
  linksToChange,
  readableLinks,
  reorderLinks,
  updateLink,
} from "./links.queries";
import type {
  deleteLinkRoute,
  LinkSubject,
  SubjectLinkRoutes,
  updateLinkRoute,
} from "./links.routes";
import { MAX_LINKS, toLink, wholeList } from "./links.shapes";

export const listLinks =
  (type: LinkSubject): RouteHandler<SubjectLinkRoutes["list"], AppEnv> =>
  async (c) => {
    const db = c.get("db");
    const { id } = c.req.valid("param");
    const [links] = await db.load(readableLinks(db, c.get("caller"), { type, id }));
    if (!links) throw new ApiError(404, `No ${type} ${id}`);
    return c.json(wholeList(links), 200);
  };

export const addLink =
  (type: LinkSubject): RouteHandler<SubjectLinkRoutes["create"], AppEnv> =>
  async (c) => {
    const db = c.get("db");
    const subject = { type, id: c.req.valid("param").id };
    const body = c.req.valid("json");
    const [links] = await db.load(linksToChange(db, c.get("caller"), subject));
    if (links.length >= MAX_LINKS) throw conflict(`A ${type} has at most ${MAX_LINKS} links`);
    const row = await insertLink(
      db,
      subject,
      { name: body.name, url: body.url, icon: body.icon ?? null },
      body.position,
    );
    return c.json({ data: toLink(row) }, 201);
  };

/** What is wrong with a new order for the links `current`, as validation details. */
function orderProblems(current: string[], ids: string[]) {
  const known = new Set(current);
  const seen = new Set<string>();
  const repeated = ids.filter((id) => seen.has(id) || !seen.add(id));
  const unknown = ids.filter((id) => !known.has(id));
  const missing = current.filter((id) => !seen.has(id));
  const problem = (found: string[], message: string) =>
    found.length > 0 ? [{ location: "json", path: "ids", message, ids: found }] : [];
  return [
    ...problem(unknown, "Not links of this subject"),
    ...problem(missing, "Links of this subject left out"),
    ...problem(repeated, "Named more than once"),
  ];
}

export const reorder =
  (type: LinkSubject): RouteHandler<SubjectLinkRoutes["reorder"], AppEnv> =>
  async (c) => {
    const db = c.get("db");
    const subject = { type, id: c.req.valid("param").id };
    const { ids } = c.req.valid("json");
    const [links] = await db.load(linksToChange(db, c.get("caller"), subject));
    const problems = orderProblems(
      links.map((link) => link.id),
      ids,
    );
    if (problems.length > 0) {
      throw new ApiError(422, `ids must name each of the ${type}'s links once`, problems);
    }
    return c.json(wholeList(await reorderLinks(db, subject, ids)), 200);
  };

/**
 * The link, if the caller may change it: 404 when it may not read its
 * subject, 403 when it may only read it (or lacks the subject's write scope).
 */
async function changeableLink(db: Database, caller: Caller, id: string) {
  if (caller.kind === "guest") throw new ApiError(401, "Sign in to change links");
  const [found] = await db.load(linkForCaller(db, caller, id));
  if (!found?.canRead) throw notFound("Link");
  const { subjectType } = found.link;
  requireScope(caller, OBJECT_DOMAIN[subjectType], "write");
  if (!found.canWrite) throw forbidden(`You may not change this ${subjectType}'s links`);
  return found.link;
}

export const patchLink: RouteHandler<typeof updateLinkRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await changeableLink(db, c.get("caller"), id);
  const body = c.req.valid("json");
  const row = await updateLink(
    db,
    id,
    { name: body.name, url: body.url, icon: body.icon },
    c.get("expectedVersions"),
  );
  // Deleted between the check and the update.
  if (!row) throw notFound("Link");
  return c.json({ data: toLink(row) }, 200);
};

export const removeLink: RouteHandler<typeof deleteLinkRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const link = await changeableLink(db, c.get("caller"), c.req.valid("param").id);
  // Deleted between the check and the delete.
  if (!(await deleteLink(db, link, c.get("expectedVersions")))) throw notFound("Link");
  return c.body(null, 204);
};
