/**
 * A typed HTTP client for the API: openapi-fetch at run time, over the types
 * openapi-typescript generated from /openapi.json (./openapi.ts). Every path,
 * parameter, body and response is typed, and so is every error body: the
 * document declares each failure as the error envelope. Hono's `hc` was not
 * used: the app's type does not carry routes mounted with separate `route()`
 * calls, so `hc<App>` knows none of them.
 */
import createClient, { type Client, type ClientOptions, type FetchOptions } from "openapi-fetch";
import type { components, operations, paths } from "./openapi";

export type { components, operations, paths };

/** The API's schemas by name (`Schemas["Resource"]`, `Schemas["User"]`, …). */
export type Schemas = components["schemas"];

/** Every failure's body: `{ error: { code, message, details?, request_id } }`. */
export type ErrorEnvelope = Schemas["Error"];

export type HearthClient = Client<paths>;

export interface HearthClientOptions extends ClientOptions {
  /** The API's origin, e.g. `http://localhost:8787` (paths start with `/v1`). */
  baseUrl: string;
  /** An API key (`hk_…`) or a JWT, sent as `Authorization: Bearer …`. */
  token?: string;
}

export function createHearthClient({ token, ...options }: HearthClientOptions): HearthClient {
  const client = createClient<paths>(options);
  if (token) {
    client.use({
      onRequest({ request }) {
        request.headers.set("authorization", `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}

/** A failure answered by the API, with its status and envelope. */
export class HearthError extends Error {
  constructor(
    readonly status: number,
    readonly envelope: ErrorEnvelope,
  ) {
    super(`${status} ${envelope.error.code}: ${envelope.error.message}`);
    this.name = "HearthError";
  }
}

type ListBody = { data: unknown[]; meta: { next_cursor: string | null } };

/** The paths whose GET answers a page: `{ data: [...], meta: { next_cursor, … } }`. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends {
    get: { responses: { 200: { content: { "application/json": ListBody } } } };
  }
    ? P
    : never;
}[keyof paths];

type ListOperation<P extends ListPath> = paths[P]["get"];

/** One item of the pages `path` answers. */
export type ListItem<P extends ListPath> =
  ListOperation<P>["responses"][200]["content"]["application/json"]["data"][number];

/**
 * Every item of a list, page after page: follows `meta.next_cursor` until the
 * last page. `init` is the first request's (filters, sort, limit, path
 * parameters); a failure throws a HearthError.
 */
export async function* listAll<P extends ListPath>(
  client: HearthClient,
  path: P,
  ...[init]: Partial<FetchOptions<ListOperation<P>>> extends FetchOptions<ListOperation<P>>
    ? [init?: FetchOptions<ListOperation<P>>]
    : [init: FetchOptions<ListOperation<P>>]
): AsyncGenerator<ListItem<P>, void, undefined> {
  // The path is one of a union, which openapi-fetch's overloads cannot take at once.
  const get = client.GET as unknown as (
    path: string,
    init: Record<string, any>,
  ) => Promise<{ data?: ListBody; error?: ErrorEnvelope; response: Response }>;
  const params = (init as { params?: { query?: object } } | undefined)?.params;
  let cursor: string | undefined;
  do {
    const query = cursor === undefined ? params?.query : { ...params?.query, cursor };
    const { data, error, response } = await get(path, { ...init, params: { ...params, query } });
    if (!data) throw new HearthError(response.status, error!);
    yield* data.data as ListItem<P>[];
    cursor = data.meta.next_cursor ?? undefined;
  } while (cursor !== undefined);
}
