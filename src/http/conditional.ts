/**
 * Conditional requests (RFC 9110 §13). An item's answer carries a strong
 * `ETag` made of two parts: the item's version, its `updated_at` in
 * milliseconds (kept to the millisecond on D1, Postgres and MySQL alike), and a
 * digest of the answer's bytes (byte-identical on the three databases), so the
 * same row answers the same tag everywhere and any change to what is answered
 * (an included relation, a computed field) changes the tag: `"<version>.<digest>"`,
 * or `"<digest>"` for an item without `updated_at`.
 *
 * `If-None-Match` on a GET/HEAD compares whole tags (weakly) and answers 304.
 * `If-Match` on a versioned write (see `versionedWrite`) compares versions
 * only: the digest tells representations apart, the version says which state of
 * the row a client read, and only a version can be checked inside the write's
 * own atomic statement (`updated_at in (…)` in its WHERE; see
 * `Database.updateOne`/`deleteOne` and `deleteCascading`), where no concurrent
 * writer can slip between the check and the write. So a tag of the version
 * alone, `"<version>"`, is as good for `If-Match`: that is how a client names
 * an item it only read in a list (links, members, …: no item GET to tag it).
 */
import type { Context, Next } from "hono";
import { createMiddleware } from "hono/factory";
import type { ExpectedVersions } from "../db/database";
import { ApiError, preconditionFailed } from "../errors";
import { bytesToBase64Url } from "./base64url";
import type { AppEnv } from "./env";

/** What `If-Match` asks of the write (versions, or `*`); undefined without the header. */
export type IfMatchCondition = ExpectedVersions | undefined;

/** Bytes of SHA-256 kept in a tag: enough to tell representations apart, short to send. */
const DIGEST_BYTES = 12;
const TAG = /^(W\/)?"([^"]*)"$/;

async function digest(body: string): Promise<string> {
  const hash = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
  return bytesToBase64Url(new Uint8Array(hash).slice(0, DIGEST_BYTES));
}

/** The strong tag of an item answer (`{ data: item }`) whose JSON text is `body`. */
async function entityTag(answer: unknown, body: string): Promise<string> {
  const updatedAt = (answer as { data?: { updated_at?: unknown } }).data?.updated_at;
  const version = typeof updatedAt === "string" ? Date.parse(updatedAt) : Number.NaN;
  const hash = await digest(body);
  return Number.isNaN(version) ? `"${hash}"` : `"${version.toString(36)}.${hash}"`;
}

/**
 * Runs the rest of the request with `c.json` noting the object it answers, so
 * the tag is made from that object and its JSON text (what `c.json` sends,
 * `JSON.stringify` of it) rather than by cloning the response, reading its
 * body back and parsing it again (docs/architecture.md §9, where a point read's
 * time went). Undefined when the handler answered otherwise.
 */
async function runNotingAnswer(
  c: Context<AppEnv>,
  next: Next,
): Promise<{ answer: unknown } | undefined> {
  let noted: { answer: unknown } | undefined;
  const json = c.json;
  c.json = ((answer: unknown, ...rest: unknown[]) => {
    noted = { answer };
    return (json as (...args: unknown[]) => Response)(answer, ...rest);
  }) as typeof c.json;
  await next();
  return noted;
}

/** The tag of an answer made with `c.json` with one of `statuses`; undefined for any other answer. */
async function tagOf(
  c: Context<AppEnv>,
  noted: { answer: unknown } | undefined,
  statuses: number[] = [200],
) {
  if (!statuses.includes(c.res.status) || noted === undefined) return undefined;
  return entityTag(noted.answer, JSON.stringify(noted.answer));
}

/** The entity tags a header lists (`*` stays `*`); anything that is not a tag is ignored. */
function listedTags(header: string): { weak: boolean; opaque: string }[] | "*" {
  if (header.trim() === "*") return "*";
  return header
    .split(",")
    .map((part) => TAG.exec(part.trim()))
    .filter((match) => match !== null)
    .map((match) => ({ weak: match[1] !== undefined, opaque: match[2]! }));
}

/** Whether `If-None-Match` matches the current tag: weak comparison (RFC 9110 §13.1.2). */
function noneMatchHolds(header: string, tag: string): boolean {
  const tags = listedTags(header);
  return tags === "*" || tags.some(({ opaque }) => `"${opaque}"` === tag);
}

/**
 * On a single-item GET (and its HEAD): the answer's `ETag`, and 304 with no
 * body when `If-None-Match` names it.
 */
export const taggedRead = createMiddleware<AppEnv>(async (c, next) => {
  const tag = await tagOf(c, await runNotingAnswer(c, next));
  if (tag === undefined) return;
  c.res.headers.set("ETag", tag);
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch === undefined || !noneMatchHolds(ifNoneMatch, tag)) return;
  const headers = new Headers(c.res.headers);
  headers.delete("Content-Type");
  headers.delete("Content-Length");
  // Replaced, not assigned: Hono's `c.res =` would copy the 200's headers back.
  c.res = undefined;
  c.res = new Response(null, { status: 304, headers });
});

/**
 * The versions `If-Match` accepts: strong tags only (RFC 9110 §13.1.1), each
 * read for its version part (`"<version>.<digest>"` or `"<version>"`); a tag
 * without one (a digest alone is too long to read as one) names no version,
 * so it can match nothing. `*`: any current version (the item must exist).
 * Undefined for no header.
 */
function expectedVersions(header: string | undefined): IfMatchCondition {
  if (header === undefined) return undefined;
  const tags = listedTags(header);
  if (tags === "*") return "*";
  return tags.flatMap(({ weak, opaque }) => {
    const version = /^([0-9a-z]+)(?:\.|$)/.exec(opaque)?.[1];
    const ms = version === undefined || weak ? Number.NaN : Number.parseInt(version, 36);
    return Number.isSafeInteger(ms) ? [new Date(ms)] : [];
  });
}

/**
 * On a versioned write (PATCH/PUT/DELETE of an item with `updated_at`): reads
 * `If-Match` into the versions the write must find (`c.get("expectedVersions")`,
 * which the handler hands to its atomic write) and, on a PUT, `If-None-Match: *`
 * into `createOnly` (the contract allows no other value there); refuses a
 * request with neither when REQUIRE_IF_MATCH is on (428), and tags a 200 or
 * 201 answer like a read.
 */
export const versionedWrite = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("If-Match");
  const createOnly = c.req.method === "PUT" && c.req.header("If-None-Match")?.trim() === "*";
  if (header === undefined && !createOnly && c.get("config").requireIfMatch) {
    throw new ApiError(
      428,
      "Send If-Match with the item's ETag (read it first), or If-None-Match: * to create: this API requires conditional writes",
    );
  }
  // Both: the item must exist and must not, which nothing satisfies (RFC 9110 §13.2.2).
  if (header !== undefined && createOnly) {
    throw preconditionFailed("If-Match and If-None-Match: * exclude each other");
  }
  c.set("expectedVersions", expectedVersions(header));
  c.set("createOnly", createOnly);
  // A PUT's 201 (created) is tagged too: the tag to send with the next write.
  const tag = await tagOf(c, await runNotingAnswer(c, next), [200, 201]);
  if (tag !== undefined) c.res.headers.set("ETag", tag);
});
