import type { RouteHandler } from "@hono/zod-openapi";
import { authorization, authorize } from "../../access/engine";
import { notFound } from "../../errors";
import type { AppEnv } from "../../http/env";
import { deletePost, postOf, writePost } from "./posts.queries";
import type { deletePostRoute, getPostRoute, putPostRoute } from "./posts.routes";
import { toPost } from "./resources.shapes";

export const getPost: RouteHandler<typeof getPostRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const access = authorization(db, c.get("caller"), "resource", id, "read");
  const [, post] = await db.load(access, postOf(db, id));
  if (!post) throw notFound("Post");
  return c.json({ data: toPost(post) }, 200);
};

export const putPost: RouteHandler<typeof putPostRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  const access = authorization(db, c.get("caller"), "resource", id, "write");
  const [, existing] = await db.load(access, postOf(db, id));
  const expected = c.get("expectedVersions");
  const createOnly = c.get("createOnly");
  const post = toPost(await writePost(db, id, c.req.valid("json"), expected, createOnly));
  // Under If-Match the write only replaces; under If-None-Match: * it only creates.
  const replaced = createOnly ? false : existing !== undefined || expected !== undefined;
  return replaced ? c.json({ data: post }, 200) : c.json({ data: post }, 201);
};

export const removePost: RouteHandler<typeof deletePostRoute, AppEnv> = async (c) => {
  const db = c.get("db");
  const { id } = c.req.valid("param");
  await authorize(db, c.get("caller"), "resource", id, "write");
  if (!(await deletePost(db, id, c.get("expectedVersions")))) throw notFound("Post");
  return c.body(null, 204);
};
