/**
 * Route contracts. Every operation goes through `operation`, which makes its
 * `operationId`, description and access (the scope it needs, whether guests may
 * call it) required, turns the access into the OpenAPI `security` requirement
 * and a sentence of the description, and adds the error statuses the shared
 * middleware may answer on any such operation (see `standardErrors`).
 *
 * The builders cover the shapes of endpoint the API has: list, get, create,
 * upsert (201, or 200 for the item that exists), put (201, or 200 replaced),
 * set (put, 200), update (patch) and delete one item, and reorder, at the top
 * level (`/things`, `/things/{id}`) or under a parent (`/things/{id}/parts`,
 * `/things/{id}/parts/{partId}`). They all configure one core (`contract`):
 * each `{name}` of the path is an id parameter unless `params` says otherwise,
 * and `errors` adds statuses only the handler answers. Each states its path,
 * parameters, body and responses once, for validation and OpenAPI alike. Call
 * `operation` directly only for a truly unique shape.
 */
import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import { ADMIN_SCOPE, type Scope } from "../auth/scopes";
import { taggedRead, versionedWrite } from "./conditional";
import {
  ETAG_HEADER,
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
  taggedJsonResponse,
} from "./envelopes";
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_REPLAYED_HEADER } from "./middleware/idempotency";
import { Id, NoQuery } from "./schemas";

/** The name of the bearer security scheme in the OpenAPI document. */
export const BEARER_SCHEME = "bearer";

/** Who may call an operation. */
export interface Access {
  /**
   * The scope an API key or token needs (`admin` holds every scope); a list:
   * every one of them; `anyOf`: one of them, chosen `by` what the request
   * reaches (a link's subject, …); `null`: none, whatever the caller's scopes.
   */
  scope:
    | Scope
    | readonly [Scope, ...Scope[]]
    | { anyOf: readonly [Scope, ...Scope[]]; by: string }
    | null;
  /** Guests (no `Authorization` header) may call it, and see only what is public. */
  guests: boolean;
}

/** What every operation states about itself, beyond its request and responses. */
export interface Description {
  /** Stable and unique: typed clients name their methods after it. */
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  access: Access;
}

/** The alternative sets of scopes that let a caller in (one empty set: no scope needed). */
export function scopeAlternatives(access: Access): (readonly Scope[])[] {
  const { scope } = access;
  if (scope === null) return [[]];
  if (typeof scope === "string") return [[scope]];
  if ("anyOf" in scope) return scope.anyOf.map((one) => [one]);
  return [scope as readonly Scope[]];
}

/**
 * OpenAPI security requirements: the bearer scheme with the scopes it needs
 * (one requirement per alternative), and `{}` (no credentials) when guests may call.
 */
export function securityOf(access: Access): Record<string, string[]>[] {
  const bearer = scopeAlternatives(access).map((scopes) => ({ [BEARER_SCHEME]: [...scopes] }));
  return access.guests ? [{}, ...bearer] : bearer;
}

const code = (scopes: readonly Scope[]) => scopes.map((s) => `\`${s}\``).join(" and ");

/** The access rule in words, appended to every operation's description. */
export function accessStatement(access: Access): string {
  const alternatives = scopeAlternatives(access);
  const scope =
    alternatives[0]!.length === 0
      ? "Scope: none needed."
      : alternatives[0]![0] === ADMIN_SCOPE
        ? "Scope: `admin`."
        : alternatives.length > 1
          ? `Scope: ${alternatives.map(code).join(" or ")} (or \`admin\`), by ${(access.scope as { by: string }).by}.`
          : `Scope: ${code(alternatives[0]!)} (or \`admin\`).`;
  const guests = access.guests
    ? "Guests may call it and see only what is public."
    : "Guests: 401 (send `Authorization: Bearer <API key or token>`).";
  return `${scope} ${guests}`;
}

const BODY_METHODS = new Set(["post", "put", "patch"]);

/**
 * Statuses the shared middleware may answer on any operation, whatever its
 * handler does: 400 for a refused query parameter name, 401 for an unusable
 * `Authorization` header, 403 for a missing scope, 404 for a missing path
 * object (or one a body names that the caller may not see), 413/415/422 for
 * bodies (too large, not JSON, invalid), 409 for a write a concurrent one beat,
 * 429 for a spent rate-limit budget, 503 for a write while the API is
 * read-only (READ_ONLY), and 500, the
 * envelope of an unexpected failure (the database down, a bug).
 */
function standardErrors(route: RouteConfig & { access: Access }): number[] {
  const hasBody = route.request?.body !== undefined;
  return [
    400,
    401,
    ...(route.access.scope === null ? [] : [403]),
    ...(route.path.includes("{") || hasBody ? [404] : []),
    ...(route.method === "get" ? [] : [409]),
    ...(hasBody || BODY_METHODS.has(route.method) ? [413, 415] : []),
    ...(hasBody || route.method === "post" ? [422] : []),
    429,
    // Never for anything a client sends; documented because a failing database can cause it.
    500,
    ...(route.method === "get" ? [] : [503]),
  ];
}

/** The request header of every POST but those that opt out (src/http/middleware/idempotency.ts). */
const IdempotencyKeyHeaders = z.object({
  [IDEMPOTENCY_KEY_HEADER]: z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/)
    .optional()
    .openapi({
      param: { name: IDEMPOTENCY_KEY_HEADER, in: "header" },
      description:
        "Makes retries of this POST safe: the first answer (below 500) for this caller and key is stored for 24 hours and returned to every retry with `Idempotency-Replayed: true`, without running the request again. The same key with another request answers 422; while the first request runs, 409 with `Retry-After: 1`. 1 to 255 visible ASCII characters, e.g. a UUID.",
      example: "5f0c1e52-8f3c-4b9e-9b1c-0d6f2a7c4e11",
    }),
});

/** The header of a success answered from an idempotency key's stored answer. */
const REPLAYED_HEADER = {
  [IDEMPOTENCY_REPLAYED_HEADER]: {
    description:
      "`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`",
    schema: { type: "string", enum: ["true"] },
  },
};

/**
 * A POST's contract: the `Idempotency-Key` request header, the replay header
 * on its successes. The router runs the idempotency middleware exactly on the
 * contracts that declare the header.
 */
function withIdempotencyKey<R extends RouteConfig>(route: R, idempotencyKey: boolean): R {
  if (route.method !== "post" || !idempotencyKey) return route;
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, response]) => [
      status,
      Number(status) < 300
        ? {
            ...response,
            headers: { ...(response as { headers?: object }).headers, ...REPLAYED_HEADER },
          }
        : response,
    ]),
  );
  return { ...route, request: { ...route.request, headers: IdempotencyKeyHeaders }, responses };
}

/**
 * One operation's contract: `createRoute` with the facts every operation must
 * state (see `Description`), the `security` they imply and the standard errors.
 * `errors` adds statuses only this operation's handler answers.
 */
export function operation<
  P extends string,
  R extends Omit<RouteConfig, "path" | "security" | "description" | "operationId"> & {
    path: P;
  } & Description & {
      errors?: number[];
      /** `false`: a POST whose answer must never be stored (it carries a secret), so it takes no key. */
      idempotencyKey?: false;
    },
>({ access, errors = [], idempotencyKey = undefined, ...route }: R) {
  const documented = new Set(Object.keys(route.responses).map(Number));
  const statuses = [...new Set([...standardErrors({ ...route, access }), ...errors])]
    .filter((status) => !documented.has(status))
    .sort((a, b) => a - b);
  return createRoute({
    ...(withIdempotencyKey(route as unknown as RouteConfig, idempotencyKey !== false) as Omit<
      R,
      "access" | "errors" | "idempotencyKey"
    >),
    description: `${route.description}\n\n${accessStatement(access)}`,
    security: securityOf(access),
    // Errors are thrown, never returned: handlers are typed by the success responses alone.
    responses: { ...route.responses, ...errorResponses(...statuses) } as R["responses"],
  });
}

/** The names between braces in a path: `/teams/{id}/members/{userId}` → `"id" | "userId"`. */
type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** A path's parameters, each an id. */
export type PathParams<P extends string> = z.ZodObject<
  { [Name in ParamNames<P>]: typeof Id },
  z.core.$strip
>;

/** The parameters of a path whose every `{name}` is an id (none for a path without any). */
export function pathParams<P extends string>(path: P): PathParams<P> {
  const names = Array.from(path.matchAll(/\{(\w+)\}/g), ([, name]) => name!);
  const shape = Object.fromEntries(
    names.map((name) => [name, Id.openapi({ param: { name, in: "path" } })]),
  );
  return z.object(shape) as unknown as PathParams<P>;
}

/**
 * What every builder takes: the operation's facts, its path, the statuses only
 * its handler answers (`errors`) and, for a path parameter that is not an id,
 * the path's `params` (by default each `{name}` is an id: `pathParams`).
 */
type Contract<P extends string, R extends z.ZodObject> = Description & {
  path: P;
  params?: R;
  errors?: number[];
  idempotencyKey?: false;
};

/** The core every builder configures: the path's parameters, then the builder's request and responses. */
const contract = <
  P extends string,
  M extends "get" | "post" | "put" | "patch" | "delete",
  R extends z.ZodObject,
  Req extends NonNullable<RouteConfig["request"]>,
  Res extends RouteConfig["responses"],
>({
  params,
  request,
  ...c
}: Contract<P, R> & {
  method: M;
  request: Req;
  responses: Res;
  middleware?: RouteConfig["middleware"];
}) => operation({ ...c, request: { params: (params ?? pathParams(c.path)) as R, ...request } });

/** A page of items: `/things`, or under a parent (`/things/{id}/parts`). */
export const listRoute = <
  P extends string,
  Q extends z.ZodObject,
  I extends z.ZodType,
  R extends z.ZodObject = PathParams<P>,
>({
  query,
  item,
  ...c
}: Contract<P, R> & { query: Q; item: I }) =>
  contract({
    ...c,
    method: "get",
    request: { query },
    responses: {
      200: jsonResponse(
        listEnvelope(item),
        "The items, with the list's meta (its cursor when paged)",
      ),
    },
  });

const IfNoneMatch = z.object({
  "if-none-match": z.string().optional().openapi({
    description:
      "ETags of the item the caller holds (or `*`): when one is current, 304 with no body",
    example: '"mkq1b9x4.3q2-7wHnGk1bY0aC"',
  }),
});

const IfMatch = z.object({
  "if-match": z.string().optional().openapi({
    description:
      "ETags of the item (or `*`) the write is based on: when none is its current version, 412 and nothing is written. Required when REQUIRE_IF_MATCH is on (428 without it)",
    example: '"mkq1b9x4.3q2-7wHnGk1bY0aC"',
  }),
});

const IfMatchOrNone = IfMatch.extend({
  "if-none-match": z.literal("*").optional().openapi({
    description:
      "`*`: only create: when the item exists, 412 and nothing is written. Meets REQUIRE_IF_MATCH for a create. No other value is accepted (400)",
  }),
});

/**
 * What a versioned write (an item with `updated_at`, whose handler hands
 * `expectedVersions` to its atomic write) adds to its contract: `If-Match`,
 * 412 and 428, and the middleware that reads the header and tags the answer.
 * A PUT (which may create) only replaces under `If-Match`: with no item there,
 * 412 (see `Database.replaceOne`); and takes `If-None-Match: *` to only
 * create (`c.var.createOnly`, see `Database.insertNew`).
 */
const versioning = (versioned: boolean | undefined, method: "post" | "put" | "patch" | "delete") =>
  versioned
    ? {
        headers: method === "put" ? IfMatchOrNone : IfMatch,
        middleware: [versionedWrite],
        errors: [412, 428],
      }
    : { headers: undefined, middleware: undefined, errors: [] };

/**
 * One item, with its `ETag` (304 when `If-None-Match` names it); `query` for
 * what a read may take (`include`, …), by default nothing.
 */
export const getItemRoute = <
  P extends string,
  I extends z.ZodType,
  Q extends z.ZodObject = typeof NoQuery,
  R extends z.ZodObject = PathParams<P>,
>({
  item,
  query,
  ...c
}: Contract<P, R> & { item: I; query?: Q }) =>
  contract({
    ...c,
    method: "get",
    middleware: [taggedRead],
    request: { query: (query ?? NoQuery) as Q, headers: IfNoneMatch },
    responses: {
      200: taggedJsonResponse(itemEnvelope(item), "The item"),
      304: {
        description: "Not modified: `If-None-Match` names the current ETag",
        headers: ETAG_HEADER,
      },
    },
  });

type ItemAnswer<I extends z.ZodType> = ReturnType<
  typeof jsonResponse<ReturnType<typeof itemEnvelope<I>>>
>;

/** A builder of `method` writes that take a JSON body and answer the item with each status of `answers`. */
const writeRoute =
  <M extends "post" | "put" | "patch", S extends 200 | 201>(
    method: M,
    answers: Record<S, string>,
  ) =>
  <
    P extends string,
    B extends z.ZodType,
    I extends z.ZodType,
    R extends z.ZodObject = PathParams<P>,
  >({
    body,
    item,
    versioned,
    errors = [],
    ...c
  }: Contract<P, R> & { body: B; item: I; versioned?: boolean }) => {
    const conditional = versioning(versioned, method);
    const answer = versioned ? taggedJsonResponse : jsonResponse;
    return contract({
      ...c,
      method,
      errors: [...errors, ...conditional.errors],
      ...(conditional.middleware ? { middleware: conditional.middleware } : {}),
      request: { body: jsonBody(body), headers: conditional.headers },
      responses: Object.fromEntries(
        Object.entries<string>(answers).map(([status, text]) => [
          status,
          answer(itemEnvelope(item), text),
        ]),
      ) as Record<S, ItemAnswer<I>>,
    });
  };

export const createItemRoute = writeRoute("post", { 201: "The created item" });
/** Creates the item (201), or answers the one that exists, changed as the body says (200). */
export const upsertItemRoute = writeRoute("post", {
  200: "The existing item",
  201: "The created item",
});
/** Creates (201) or replaces (200) the item at the path; `versioned`: honours `If-Match` (see `versioning`). */
export const putItemRoute = writeRoute("put", {
  200: "The replaced item",
  201: "The created item",
});
/**
 * Sets the value at the path whole, whether or not it was set before: 200
 * either way; `versioned`: honours `If-Match` (see `versioning`).
 */
export const setItemRoute = writeRoute("put", { 200: "The item as set" });
/** Changes the fields the body gives; `versioned`: honours `If-Match` (see `versioning`). */
export const updateItemRoute = writeRoute("patch", { 200: "The updated item" });

/** Deletes the item; `versioned`: honours `If-Match` (see `versioning`). */
export const deleteItemRoute = <P extends string, R extends z.ZodObject = PathParams<P>>({
  versioned,
  errors = [],
  ...c
}: Contract<P, R> & { versioned?: boolean }) => {
  const conditional = versioning(versioned, "delete");
  return contract({
    ...c,
    method: "delete",
    errors: [...errors, ...conditional.errors],
    ...(conditional.middleware ? { middleware: conditional.middleware } : {}),
    request: { query: NoQuery, headers: conditional.headers },
    responses: { 204: { description: "Deleted" } },
  });
};

type ReorderResponses<I> = [I] extends [z.ZodType]
  ? { 200: ReturnType<typeof jsonResponse<ReturnType<typeof listEnvelope<I>>>> }
  : { 204: { description: string } };

/**
 * `PUT …/order`: the body names every item once; answers the items in their
 * new order (`list`), or nothing. Not conditional: the order belongs to no one
 * item's version, and a body that no longer names exactly the items is refused.
 */
export const reorderRoute = <
  P extends `${string}/order`,
  B extends z.ZodType,
  I extends z.ZodType | undefined = undefined,
  R extends z.ZodObject = PathParams<P>,
>({
  body,
  list,
  ...c
}: Contract<P, R> & { body: B; list?: I }) =>
  contract({
    ...c,
    method: "put",
    request: { body: jsonBody(body) },
    responses: (list
      ? { 200: jsonResponse(listEnvelope(list), "The items in their new order") }
      : { 204: { description: "Reordered" } }) as ReorderResponses<I>,
  });
