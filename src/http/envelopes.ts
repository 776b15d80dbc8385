/**
 * Response envelopes (docs/architecture.md §4): `{data}` for one item, `{data, meta}` for
 * lists, `{error}` for failures. The Zod schemas document them in OpenAPI.
 */
import { z } from "@hono/zod-openapi";

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "not_found" }),
      message: z.string().openapi({ example: "Resource not found" }),
      details: z.unknown().optional(),
      request_id: z.string(),
    }),
  })
  .openapi("Error");

export const itemEnvelope = <T extends z.ZodType>(data: T) => z.object({ data });

export const ListMeta = z
  .object({
    limit: z.number().int(),
    next_cursor: z.string().nullable(),
    has_more: z.boolean(),
    total: z.number().int().optional(),
  })
  .openapi("ListMeta");

export const listEnvelope = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), meta: ListMeta });

/** The error responses every route may give, for its OpenAPI contract. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: "Error", content: { "application/json": { schema: ErrorEnvelope } } },
    ]),
  );

/** A JSON response for a route contract. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A required JSON request body for a route contract. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});
