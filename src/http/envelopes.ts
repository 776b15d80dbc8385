/**
 * Response envelopes (docs/architecture.md §4): `{data}` for one item, `{data, meta}` for
 * lists, `{error}` for failures. The Zod schemas document them in OpenAPI.
 */
import { z } from "@hono/zod-openapi";
import { RATE_LIMIT_BUDGETS, RATE_LIMIT_PERIODS } from "./rate-limits";

const errorEnvelope = <D extends z.ZodType>(details: D) =>
  z.object({
    error: z.object({
      code: z.string().openapi({ example: "not_found" }),
      message: z.string().openapi({ example: "Resource not found" }),
      details,
      request_id: z.string(),
    }),
  });

export const ErrorEnvelope = errorEnvelope(z.unknown().optional()).openapi("Error");

/** A 409: when a uniqueness rule was broken, `details.fields` names the colliding fields. */
export const ConflictEnvelope = errorEnvelope(
  z
    .object({ fields: z.array(z.string()).openapi({ example: ["slug"] }) })
    .optional()
    .openapi({ description: "The fields whose values another row already has" }),
).openapi("Conflict");

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

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Bad request: an invalid path or query parameter, a body that is not JSON, or a malformed `Idempotency-Key`",
  401: "Missing credentials where they are needed, or an unusable Authorization header",
  403: "A missing scope (`insufficient_scope`) or permission",
  404: "Not found, or not readable by the caller",
  409: "A conflict with the current state or with another row, or (POST) a request with the same `Idempotency-Key` still running: retry after `Retry-After` seconds for its answer",
  412: "`If-Match` names no current version of the item (`precondition_failed`): it changed since it was read; nothing was written",
  413: "The body is larger than the configured limit",
  415: "The body is not JSON (Content-Type: application/json)",
  422: "The body is not valid, or names rows that do not exist, or (POST) the `Idempotency-Key` was used for another request",
  428: "`If-Match` is required (`precondition_required`, REQUIRE_IF_MATCH is on): send the item's `ETag`",
  429: "Too many requests (`rate_limited`): the caller's budget for this kind of request is spent; retry after `Retry-After` seconds",
  500: "An unexpected failure",
  503: "The API is read-only for maintenance (`read_only`): writes are paused; retry after `Retry-After` seconds",
};

/** Headers documented with an error status. */
const ERROR_HEADERS: Record<number, Record<string, { description: string; schema: object }>> = {
  429: {
    "Retry-After": {
      description:
        "Seconds to wait before retrying: the budget's whole period (when its window ends is not known)",
      schema: { type: "integer", enum: [...RATE_LIMIT_PERIODS] },
    },
    "RateLimit-Policy": {
      description: `The budget that was spent (${Object.keys(RATE_LIMIT_BUDGETS)
        .map((budget) => `\`${budget}\``)
        .join(
          ", ",
        )}), its quota and its window in seconds (draft-ietf-httpapi-ratelimit-headers-10)`,
      schema: { type: "string", example: '"writes";q=300;w=60' },
    },
    RateLimit: {
      description: "Nothing left (`r=0`) for the next `t` seconds at most",
      schema: { type: "string", example: '"writes";r=0;t=60' },
    },
  },
  409: {
    "Retry-After": {
      description:
        "Present when a request with the same `Idempotency-Key` is still running: seconds to wait before retrying",
      schema: { type: "integer", minimum: 1 },
    },
  },
  503: {
    "Retry-After": {
      description: "Seconds to wait before retrying the write",
      schema: { type: "integer", minimum: 1 },
    },
  },
};

/** Error responses for a route contract, in the error envelope. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: ERROR_DESCRIPTIONS[status] ?? "Error",
        ...(ERROR_HEADERS[status] ? { headers: ERROR_HEADERS[status] } : {}),
        content: {
          "application/json": { schema: status === 409 ? ConflictEnvelope : ErrorEnvelope },
        },
      },
    ]),
  );

/** A JSON response for a route contract. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** The `ETag` response header of an item's answer (see src/http/conditional.ts). */
export const ETAG_HEADER = {
  ETag: {
    description:
      "The item's strong entity tag: its version and a digest of this answer. Send it back in `If-None-Match` (304 when unchanged) or `If-Match` (on its conditional writes)",
    schema: { type: "string" as const, example: '"mkq1b9x4.3q2-7wHnGk1bY0aC"' },
  },
};

/** A JSON response for a route contract with the item's `ETag`. */
export const taggedJsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonResponse(schema, description),
  headers: ETAG_HEADER,
});

/** A required JSON request body for a route contract. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});
