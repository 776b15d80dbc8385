import { deleteItemRoute, getItemRoute, putItemRoute } from "../../http/routes";
import { PostBody } from "./resources.routes";
import { Post } from "./resources.shapes";

const tags = ["resources"];

export const getPostRoute = getItemRoute({
  path: "/resources/{id}/post",
  tags,
  summary: "Get a resource's post",
  operationId: "getResourcePost",
  description: "A resource without a post, or one you may not read, answers 404.",
  access: { scope: "resources:read", guests: true },
  item: Post,
});

export const putPostRoute = putItemRoute({
  versioned: true,
  path: "/resources/{id}/post",
  tags,
  summary: "Create or replace a resource's post (omitted optional fields become null)",
  operationId: "putResourcePost",
  description:
    "Answers 201 when the resource had no post, 200 when it replaced one. Needs write on the resource. With `If-Match` it only replaces: a resource without a post answers 412.",
  access: { scope: "resources:write", guests: false },
  body: PostBody,
  item: Post,
});

export const deletePostRoute = deleteItemRoute({
  versioned: true,
  path: "/resources/{id}/post",
  tags,
  summary: "Remove a resource's post",
  operationId: "deleteResourcePost",
  description: "Needs write on the resource; a resource without a post answers 404.",
  access: { scope: "resources:write", guests: false },
});
