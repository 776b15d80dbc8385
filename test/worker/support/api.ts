import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { createApp } from "../../../src/app";
import { loadConfig } from "../../../src/config";
import { type Database, openDatabase } from "../../../src/db/database";

/** Calls the worker exactly as a client would: through its fetch handler. */
export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`http://hearth.test${path}`, init));
}

/**
 * A client of the worker's app deployed with other bindings (`env` changed):
 * each call goes through the app's fetch, and waits for its background work.
 */
export function apiWith(bindings: object) {
  const app = createApp();
  return async (path: string, init?: RequestInit) => {
    const ctx = createExecutionContext();
    const response = await app.request(`http://hearth.test${path}`, init, bindings, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  };
}

export function postJson(path: string, body: unknown, init: RequestInit = {}) {
  return api(path, {
    ...init,
    method: init.method ?? "POST",
    headers: { "content-type": "application/json", ...init.headers },
    body: JSON.stringify(body),
  });
}

/** The database the worker under test uses (D1, Postgres or MySQL), opened directly. */
export function testDatabase(): Database {
  return openDatabase(env, loadConfig(env).database);
}

export const dialect = env.TEST_DIALECT;

/** A response's JSON body, loosely typed for assertions. */
export const json = async (response: Response) => (await response.json()) as Record<string, any>;

/** Whether this suite runs with DATABASE_BATCHING=sequential: one statement per round trip. */
export const sequential = (env.DATABASE_BATCHING as string) === "sequential";

/**
 * The round trips a request made when statements issued together are batched
 * (D1, pipelined Postgres, multi-statement MySQL), from its Server-Timing
 * header. When they are sent in turn (`batches=` present) it is the number of
 * such groups: what the request costs batched, which is what every budget
 * asserted with it means. `queries=` then counts each statement.
 */
export const queriesOf = (response: Response) => {
  const timing = response.headers.get("server-timing") ?? "";
  return Number((/batches=(\d+)/.exec(timing) ?? /queries=(\d+)/.exec(timing))?.[1]);
};

/** The rows the database read for a request, from its Server-Timing header (D1 reports them). */
export const rowsReadOf = (response: Response) =>
  Number(/rows_read=(\d+)/.exec(response.headers.get("server-timing") ?? "")?.[1]);
