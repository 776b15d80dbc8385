import { itemEnvelope, jsonBody, jsonResponse } from "../../http/envelopes";
import { deleteItemRoute, operation } from "../../http/routes";
import { IdParams, NoQuery } from "../../http/schemas";
import { PostBody } from "./resources.routes";
import { Post } from "./resources.shapes";

const tags = ["resources"];

export const getPostRoute = operation({
  method: "get",
  path: "/resources/{id}/post",
  tags,
  summary: "Get a resource's post",
  operationId: "getResourcePost",
  description: "A resource without a post, or one you may not read, answers 404.",
  access: { scope: "resources:read", guests: true },
  request: { params: IdParams, query: NoQuery },
  responses: {
    200: jsonResponse(itemEnvelope(Post), "The post"),
  },
});

export const putPostRoute = operation({
  method: "put",
  path: "/resources/{id}/post",
  tags,
  summary: "Create or replace a resource's post (omitted optional fields become null)",
  operationId: "putResourcePost",
  description:
    "Answers 201 when the resource had no post, 200 when it replaced one. Needs write on the resource.",
  access: { scope: "resources:write", guests: false },
  request: { params: IdParams, body: jsonBody(PostBody) },
  responses: {
    200: jsonResponse(itemEnvelope(Post), "The replaced post"),
    201: jsonResponse(itemEnvelope(Post), "The created post"),
  },
});

export const deletePostRoute = deleteItemRoute({
  path: "/resources/{id}/post",
  tags,
  summary: "Remove a resource's post",
  operationId: "deleteResourcePost",
  description: "Needs write on the resource; a resource without a post answers 404.",
  access: { scope: "resources:write", guests: false },
});
