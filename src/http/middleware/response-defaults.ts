import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

/**
 * Every response but the reference page's (which sets its own): nothing may
 * load from it and no page may frame it, so a JSON answer opened as a
 * document (or sniffed as one) cannot run or show anything.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * A guest's successful read. `private`: the answer carries this request's own
 * headers (x-request-id, the D1 session's bookmark, Server-Timing) that a
 * shared cache would hand to other clients, and under D1 read replication a
 * shared copy could be older than a client's own writes. `no-cache`: what a
 * guest may read follows permission rows that change at any moment (a
 * resource made private must stop being served at once), so a browser may
 * keep the answer but must ask again before each use.
 */
export const GUEST_READ_CACHE = "private, no-cache";

/** Authenticated answers and errors: kept by no cache. */
export const NOT_STORED = "no-store";

const READS = new Set(["GET", "HEAD"]);

/**
 * The `Cache-Control` of a response that does not state its own. A request
 * with `Authorization` is authenticated (or refused): never stored.
 */
function cachePolicy(c: Context<AppEnv>): string {
  const guestRead = READS.has(c.req.method) && c.req.header("authorization") === undefined;
  return guestRead ? GUEST_READ_CACHE : NOT_STORED;
}

/**
 * Headers every response carries, set once the response is made (preflights,
 * 404s and errors included): `X-Content-Type-Options: nosniff`, a
 * restrictive CSP unless the response has its own, and `Cache-Control`: an
 * error is never stored, whatever its route says; a success keeps the
 * `Cache-Control` its route chose (the OpenAPI document and the reference
 * page, the same for everyone) or gets `cachePolicy`'s.
 */
export const responseDefaults = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    await next();
    const { headers, status } = c.res;
    headers.set("X-Content-Type-Options", "nosniff");
    if (!headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", API_CSP);
    if (status >= 400) headers.set("Cache-Control", NOT_STORED);
    else if (!headers.has("Cache-Control")) headers.set("Cache-Control", cachePolicy(c));
  });

/** Adds `names` to the response's `Vary`, each once however often it is added. */
export function vary(headers: Headers, ...names: string[]) {
  const current = (headers.get("Vary") ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const known = new Set(current.map((name) => name.toLowerCase()));
  for (const name of names) {
    if (!known.has(name.toLowerCase())) current.push(name);
    known.add(name.toLowerCase());
  }
  headers.set("Vary", current.join(", "));
}

/**
 * Every answer of the API depends on its `Authorization` header (a guest's
 * reads see what is public, a caller's what it may read, a bad header 401),
 * so caches must keep answers apart by it. Runs just outside authentication:
 * answers made before it (read-only 503, 405, a malformed bookmark) do not.
 */
export const varyByCaller = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    await next();
    vary(c.res.headers, "Authorization");
  });
