/**
 * Idempotency keys (docs/architecture.md, "Idempotency keys"): a POST under
 * `/v1` sent with `Idempotency-Key` runs once per caller and key; retries
 * within 24 hours get the first answer again, marked `Idempotency-Replayed:
 * true`.
 *
 * - The first request inserts an in-progress row, unique on (caller, key),
 *   before its handler runs, so of two concurrent requests only one runs; the
 *   other answers 409 `conflict` with `Retry-After: 1` (its retry is then
 *   replayed) rather than holding a connection while it waits.
 * - The answer is stored when it is below 500 (4xx too, like Stripe: the same
 *   request gets the same refusal); a 5xx deletes the row so a retry runs.
 * - The same key with another request (method, path and query, body) answers
 *   422; keys of different callers never meet.
 * - A row left in progress longer than `ABANDONED_AFTER_MS` (the worker was
 *   stopped mid-request) no longer holds its key; expired rows are deleted by
 *   the scheduled handler (`pruneIdempotencyKeys`).
 */
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Database } from "../../db/database";
import { constraintViolation } from "../../db/errors";
import { ApiError, badRequest, conflict } from "../../errors";
import type { AppEnv } from "../env";
import { callerKey } from "./rate-limits";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
export const IDEMPOTENCY_REPLAYED_HEADER = "Idempotency-Replayed";

/** How long an answer is replayed. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an unfinished request holds its key: far beyond any request's run. */
const ABANDONED_AFTER_MS = 5 * 60 * 1000;

/**
 * The largest answer stored: MySQL's `text`. A larger one (no POST answers
 * that much today) frees its key, as a 5xx does, instead of failing to store.
 */
const MAX_STORED_BODY_BYTES = 65_535;

/** 1 to 255 visible ASCII characters. */
const WELL_FORMED_KEY = /^[\x21-\x7e]{1,255}$/;

/** The response headers an answer is replayed with (the rest are per request: ids, bookmarks, timing). */
const STORED_HEADERS = ["content-type", "location"];

async function requestHash(c: Context<AppEnv>, caller: string): Promise<string> {
  const url = new URL(c.req.url);
  // A clone: the handler reads the body itself, streamed or parsed.
  const body = new Uint8Array(await c.req.raw.clone().arrayBuffer());
  const head = new TextEncoder().encode(
    `${c.req.method} ${url.pathname}${url.search}\n${caller}\n`,
  );
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Inserts the in-progress row; false when the caller's key already has one. */
async function claim(
  db: Database,
  row: { caller: string; key: string; requestHash: string },
): Promise<boolean> {
  const now = Date.now();
  try {
    await db.orm.insert(db.t.idempotencyKeys).values({
      ...row,
      createdAt: new Date(now),
      expiresAt: new Date(now + IDEMPOTENCY_KEY_TTL_MS),
    });
    return true;
  } catch (error) {
    if (constraintViolation(error)?.kind === "unique") return false;
    throw error;
  }
}

/** Deletes the caller's row for `key` if it no longer holds the key: expired, or abandoned in progress. */
async function releaseStale(db: Database, caller: string, key: string): Promise<boolean> {
  const t = db.t.idempotencyKeys;
  const now = Date.now();
  const result = await db.orm
    .delete(t)
    .where(
      and(
        eq(t.caller, caller),
        eq(t.key, key),
        or(
          lt(t.expiresAt, new Date(now)),
          and(isNull(t.status), lt(t.createdAt, new Date(now - ABANDONED_AFTER_MS))),
        ),
      ),
    );
  return db.changedRows(result) > 0;
}

export const idempotency = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    if (c.req.method !== "POST" || key === undefined) return next();
    if (!WELL_FORMED_KEY.test(key)) {
      throw badRequest(
        `The ${IDEMPOTENCY_KEY_HEADER} header must be 1 to 255 visible ASCII characters`,
      );
    }
    const db = c.get("db");
    const t = db.t.idempotencyKeys;
    const caller = callerKey(c);
    const hash = await requestHash(c, caller);
    const row = { caller, key, requestHash: hash };

    if (
      !(await claim(db, row)) &&
      !((await releaseStale(db, caller, key)) && (await claim(db, row)))
    ) {
      const [stored] = await db.orm
        .select()
        .from(t)
        .where(and(eq(t.caller, caller), eq(t.key, key)))
        .limit(1);
      if (stored && stored.requestHash !== hash) {
        throw new ApiError(
          422,
          `This ${IDEMPOTENCY_KEY_HEADER} was used for another request (method, path, query or body): use a new key for a new request`,
        );
      }
      // Gone meanwhile (its request failed): the client may simply retry.
      if (!stored || stored.status === null) {
        c.header("Retry-After", "1");
        throw conflict(
          `A request with this ${IDEMPOTENCY_KEY_HEADER} is still running: retry in a moment to get its answer`,
        );
      }
      // A 204 has no body to replay, and a Response refuses one.
      const body = stored.status === 204 ? null : stored.responseBody;
      return new Response(body, {
        status: stored.status,
        headers: { ...stored.responseHeaders, [IDEMPOTENCY_REPLAYED_HEADER]: "true" },
      });
    }

    await next();

    const mine = and(eq(t.caller, caller), eq(t.key, key));
    const body = await c.res.clone().text();
    if (c.res.status >= 500 || new TextEncoder().encode(body).length > MAX_STORED_BODY_BYTES) {
      await db.orm.delete(t).where(mine);
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of STORED_HEADERS) {
      const value = c.res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    await db.orm
      .update(t)
      .set({
        status: c.res.status,
        responseBody: body,
        responseHeaders: headers,
      })
      .where(mine);
  });

/** Deletes every expired key: run by the worker's scheduled handler. */
export async function pruneIdempotencyKeys(db: Database, now = new Date()): Promise<number> {
  const t = db.t.idempotencyKeys;
  return db.changedRows(await db.orm.delete(t).where(lt(t.expiresAt, now)));
}
