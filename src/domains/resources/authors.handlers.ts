import type { RouteHandler } from "@hono/zod-openapi";
import { authorization, authorize } from "../../access/engine";
import { referenceCheck } from "../../access/references";
import { notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { addAuthor, authorPage, authorReferences, removeAuthor } from "./authors.queries";
import type { addAuthorRoute, listAuthorsRoute, removeAuthorRoute } from "./authors.routes";
import { toAuthor } from "./resources.shapes";

export const listAuthors: RouteHandler<typeof listAuthorsRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const access = authorization(db, c.get("caller"), "resource", id, "read");
  const [, page] = await db.load(access, authorPage(db, id, c.req.valid("query")));
  return c.json(page, 200);
};

export const createAuthor: RouteHandler<typeof addAuthorRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const caller = c.get("caller");
  const { id } = c.req.valid("param");
  const author = c.req.valid("json");
  const resource = authorization(db, caller, "resource", id, "write");
  const named = referenceCheck(db, caller, authorReferences([author], ""));
  await db.load(resource, named);
  const row = await addAuthor(db, id, author);
  return c.json({ data: toAuthor(row) }, 201);
};

export const deleteAuthor: RouteHandler<typeof removeAuthorRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id, authorId } = c.req.valid("param");
  await authorize(db, c.get("caller"), "resource", id, "write");
  if (!(await removeAuthor(db, id, authorId, c.get("expectedVersions")))) {
    throw notFound("Author");
  }
  return c.body(null, 204);
};
