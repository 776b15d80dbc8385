/**
 * Route contracts for the usual shapes of endpoint: list, create, get, update
 * and delete one item, at the top level (`/things`, `/things/{id}`) or under a
 * parent (`/things/{id}/parts`, `/things/{id}/parts/{partId}`: pass `params`).
 * Each states its path, parameters, body and responses (envelopes and the
 * errors it may give) once, for validation and OpenAPI alike.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, itemEnvelope, jsonBody, jsonResponse, listEnvelope } from "./envelopes";
import { IdParams, NoQuery } from "./schemas";

interface Contract<P extends string> {
  path: P;
  tags: string[];
  summary: string;
  description?: string;
}

/** No path parameters: the default for top-level lists and creations. */
const NoParams = z.object({});

/** A parent in the path can be missing or unreadable: 404 joins the errors. */
const parentErrors = (params: z.ZodObject | undefined) => (params ? [404] : []);

export const listRoute = <
  P extends string,
  Q extends z.ZodObject,
  I extends z.ZodType,
  R extends z.ZodObject = typeof NoParams,
>(
  c: Contract<P> & { query: Q; item: I; params?: R },
) =>
  createRoute({
    method: "get",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    description: c.description,
    request: { params: (c.params ?? NoParams) as R, query: c.query },
    responses: {
      200: jsonResponse(listEnvelope(c.item), "A page of items"),
      ...errorResponses(400, 401, 403, ...parentErrors(c.params)),
    },
  });

export const createItemRoute = <
  P extends string,
  B extends z.ZodType,
  I extends z.ZodType,
  R extends z.ZodObject = typeof NoParams,
>(
  c: Contract<P> & { body: B; item: I; params?: R },
) =>
  createRoute({
    method: "post",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    description: c.description,
    request: { params: (c.params ?? NoParams) as R, body: jsonBody(c.body) },
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
    description: c.description,
    request: { params: IdParams, query: NoQuery },
    responses: {
      200: jsonResponse(itemEnvelope(c.item), "The item"),
      ...errorResponses(400, 401, 403, 404),
    },
  });

export const updateItemRoute = <
  P extends string,
  B extends z.ZodType,
  I extends z.ZodType,
  R extends z.ZodObject = typeof IdParams,
>(
  c: Contract<P> & { body: B; item: I; params?: R },
) =>
  createRoute({
    method: "patch",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    description: c.description,
    request: { params: (c.params ?? IdParams) as R, body: jsonBody(c.body) },
    responses: {
      200: jsonResponse(itemEnvelope(c.item), "The updated item"),
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  });

export const deleteItemRoute = <P extends string, R extends z.ZodObject = typeof IdParams>(
  c: Contract<P> & {
    params?: R /** When deleting may be refused as a conflict. */;
    conflicts?: true;
  },
) =>
  createRoute({
    method: "delete",
    path: c.path,
    tags: c.tags,
    summary: c.summary,
    description: c.description,
    request: { params: (c.params ?? IdParams) as R, query: NoQuery },
    responses: {
      204: { description: "Deleted" },
      ...errorResponses(400, 401, 403, 404, ...(c.conflicts ? [409] : [])),
    },
  });
