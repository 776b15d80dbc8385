import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { openDatabase } from "../../db/database";
import { isD1Bookmark, type SessionStart, sessionStart } from "../../db/sessions";
import { badRequest } from "../../errors";
import type { AppEnv } from "../env";

/** Carries a D1 session's bookmark from a response back into the client's next request. */
export const BOOKMARK_HEADER = "x-d1-bookmark";

const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * Puts this request's database on the context and closes its connection once
 * the response is sent. On D1 the request runs in one session: reads continue
 * from the client's bookmark, and every response (errors too) carries the
 * session's bookmark once the database was queried. Also reports the db
 * Server-Timing metric when enabled.
 */
export const database = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const config = c.get("config");
    const db = openDatabase(c.env, config.database, requestedSession(c));
    // The events of this request's writes carry its id (and, once known, its caller).
    db.author = { ...db.author, requestId: c.get("requestId") };
    c.set("db", db);
    try {
      await next();
    } finally {
      const bookmark = db.bookmark();
      if (bookmark !== null) c.res.headers.set(BOOKMARK_HEADER, bookmark);
      if (config.serverTiming) c.res.headers.append("Server-Timing", db.metrics.toServerTiming());
      afterResponse(c.executionCtx, db.close());
    }
  });

/** Where the request's session starts; a malformed bookmark is refused, whatever the method. */
function requestedSession(c: Context<AppEnv>): SessionStart {
  // An empty header is no bookmark (what a client echoes after a bookmark-less response).
  const bookmark = c.req.header(BOOKMARK_HEADER) || undefined;
  if (bookmark !== undefined && !isD1Bookmark(bookmark)) {
    throw badRequest(
      `The ${BOOKMARK_HEADER} header is not a D1 bookmark: send back the value of an earlier response's ${BOOKMARK_HEADER} header, or omit it`,
    );
  }
  return sessionStart(READ_METHODS.has(c.req.method) ? "read" : "write", bookmark);
}

function afterResponse(
  executionCtx: { waitUntil(promise: Promise<unknown>): void },
  work: Promise<void>,
) {
  const logged = work.catch((error) => console.error("Closing the database failed", error));
  executionCtx.waitUntil(logged);
}
