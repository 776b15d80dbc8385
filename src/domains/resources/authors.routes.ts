import { createRoute } from "@hono/zod-openapi";
import { AUTHOR_TYPES } from "../../db/schema";
import {
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
} from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { Id, IdParams, NoQuery } from "../../http/schemas";
import { AuthorBody } from "./resources.routes";
import { Author } from "./resources.shapes";

export const authorList = defineList({
  table: (t) => t.resourceAuthors,
  sort: { created_at: "id" },
  defaultSort: "created_at",
  filters: { type: { kind: "enum", field: "authorType", values: AUTHOR_TYPES } },
});

const AuthorParams = IdParams.extend({
  authorId: Id.openapi({ param: { name: "authorId", in: "path" } }),
});

const tags = ["resources"];

export const listAuthorsRoute = createRoute({
  method: "get",
  path: "/resources/{id}/authors",
  tags,
  summary: "List a resource's authors",
  request: { params: IdParams, query: authorList.query },
  responses: {
    200: jsonResponse(listEnvelope(Author), "A page of authors"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const addAuthorRoute = createRoute({
  method: "post",
  path: "/resources/{id}/authors",
  tags,
  summary: "Credit a user or workspace as an author (needs write on the resource)",
  request: { params: IdParams, body: jsonBody(AuthorBody) },
  responses: {
    201: jsonResponse(itemEnvelope(Author), "The author row"),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

export const removeAuthorRoute = createRoute({
  method: "delete",
  path: "/resources/{id}/authors/{authorId}",
  tags,
  summary: "Remove an author row (needs write on the resource)",
  request: { params: AuthorParams, query: NoQuery },
  responses: { 204: { description: "Removed" }, ...errorResponses(400, 401, 403, 404) },
});
