/**
 * Route contracts for the usual shapes of endpoint: list, create, get, update
 * and delete one item. Each states its path, parameters, body and responses
 * (envelopes and the errors it may give) once, for validation and OpenAPI alike.
 */
import { createRoute, type z } from "@hono/zod-openapi";
import { errorResponses, itemEnvelope, jsonBody, jsonResponse, listEnvelope } from "./envelopes";
import { IdParams, NoQuery } from "./schemas";

interface Contract<P extends string> {
  path: P;
  tags: string[];
  summary: string;
}

export const listRoute = <P extends string, Q extends z.ZodObject, I extends z.ZodType>(
  c: Contract<P> & { query: Q; item: I },
) =>
  createRoute({
    method: "get",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    request: { query: c.query },
    responses: {
      200: jsonResponse(listEnvelope(c.item), "A page of items"),
      ...errorResponses(400, 401, 403),
    },
  });

export const createItemRoute = <P extends string, B extends z.ZodType, I extends z.ZodType>(
  c: Contract<P> & { body: B; item: I },
) =>
  createRoute({
    method: "post",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    request: { body: jsonBody(c.body) },
    responses: {
      201: jsonResponse(itemEnvelope(c.item), "The created item"),
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  });

export const getItemRoute = <P extends string, I extends z.ZodType>(c: Contract<P> & { item: I }) =>
  createRoute({
    method: "get",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    request: { params: IdParams, query: NoQuery },
    responses: {
      200: jsonResponse(itemEnvelope(c.item), "The item"),
      ...errorResponses(400, 401, 403, 404),
    },
  });

export const updateItemRoute = <P extends string, B extends z.ZodType, I extends z.ZodType>(
  c: Contract<P> & { body: B; item: I },
) =>
  createRoute({
    method: "patch",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    request: { params: IdParams, body: jsonBody(c.body) },
    responses: {
      200: jsonResponse(itemEnvelope(c.item), "The updated item"),
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  });

export const deleteItemRoute = <P extends string>(c: Contract<P>) =>
  createRoute({
    method: "delete",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    request: { params: IdParams, query: NoQuery },
    responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 404) },
  });
