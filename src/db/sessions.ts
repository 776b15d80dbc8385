/**
 * D1 read replication: each request's queries run in one D1 session, which
 * starts at the primary, anywhere, or no older than a bookmark the client got
 * from an earlier response. Postgres and MySQL have no sessions.
 */

/** Where a request's D1 session starts. */
export type SessionStart = D1SessionConstraint | D1SessionBookmark;

/**
 * D1 bookmarks are four dash-separated lowercase hex groups, e.g.
 * `00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683`. Checked up
 * front because local D1 accepts any string, and even hands it back as the
 * session's bookmark; the bound on the length keeps abuse out of the driver.
 */
const D1_BOOKMARK = /^[0-9a-f]+(?:-[0-9a-f]+){3}$/;
const D1_BOOKMARK_MAX_LENGTH = 200;

export function isD1Bookmark(value: string): boolean {
  return value.length <= D1_BOOKMARK_MAX_LENGTH && D1_BOOKMARK.test(value);
}

/**
 * Reads start from the client's bookmark (so they see its earlier writes), or
 * on any replica. Writes start at the primary and ignore a bookmark: the
 * primary is never behind one, so the session still reads the client's writes.
 */
export function sessionStart(intent: "read" | "write", bookmark: string | undefined): SessionStart {
  if (intent === "write") return "first-primary";
  return bookmark ?? "first-unconstrained";
}
