import { createRoute } from "@hono/zod-openapi";
import { errorResponses, itemEnvelope, jsonBody, jsonResponse } from "../../http/envelopes";
import { deleteItemRoute } from "../../http/routes";
import { IdParams, NoQuery } from "../../http/schemas";
import { PostBody } from "./resources.routes";
import { Post } from "./resources.shapes";

const tags = ["resources"];

export const getPostRoute = createRoute({
  method: "get",
  path: "/resources/{id}/post",
  tags,
  summary: "Get a resource's post",
  request: { params: IdParams, query: NoQuery },
  responses: {
    200: jsonResponse(itemEnvelope(Post), "The post"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const putPostRoute = createRoute({
  method: "put",
  path: "/resources/{id}/post",
  tags,
  summary: "Create or replace a resource's post (omitted optional fields become null)",
  request: { params: IdParams, body: jsonBody(PostBody) },
  responses: {
    200: jsonResponse(itemEnvelope(Post), "The replaced post"),
    201: jsonResponse(itemEnvelope(Post), "The created post"),
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

export const deletePostRoute = deleteItemRoute({
  path: "/resources/{id}/post",
  tags,
  summary: "Remove a resource's post",
});
