/**
 * Ids a request body names (authors, mentions, collection items, members,
 * permission subjects, owners…): each must name a row the caller may read.
 * One definition of "readable" per kind of row, from the engine, and one check
 * that answers 422 the same way for a row that is absent and one that is
 * hidden, so a body cannot be used to learn what exists.
 */
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { type Caller, isAdmin, userIdOf } from "../auth/caller";
import type { Database } from "../db/database";
import type { Tables } from "../db/schema";
import { FALSE, lit } from "../db/sql";
import { ApiError } from "../errors";
import { resolveVerbPredicateIgnoringScopes } from "./engine";

export const REFERENCE_KINDS = [
  "user",
  "organization",
  "workspace",
  "resource",
  "collection",
  "team",
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** One id a body names, and where (`authors[0].id`) for the error's details. */
export interface Reference {
  type: ReferenceKind;
  id: string;
  path: string;
}

export const referenceTable = (t: Tables, kind: ReferenceKind) =>
  ({
    user: t.users,
    organization: t.organizations,
    workspace: t.workspaces,
    resource: t.resources,
    collection: t.collections,
    team: t.teams,
  })[kind];

/**
 * The teams the caller owns or belongs to, over the unaliased `teams` table:
 * teams are no engine objects, and nobody else sees them. Undefined for admins.
 */
export function visibleTeams(db: Database, caller: Caller): SQL | undefined {
  if (isAdmin(caller)) return undefined;
  const userId = userIdOf(caller);
  if (!userId) return FALSE;
  const { teams, teamMembers: m } = db.t;
  return or(
    eq(teams.ownerUserId, userId),
    sql`exists (select 1 from ${m} where ${m.teamId} = ${teams.id} and ${m.userId} = ${userId})`,
  );
}

/**
 * The rows of `kind`'s (unaliased) table the caller may read, as SQL; undefined
 * when all of them (admins; users, whose profiles are public). Scopes are not
 * weighed: they say which endpoints a key may call, not what exists for it.
 */
export function readableRows(db: Database, caller: Caller, kind: ReferenceKind): SQL | undefined {
  if (isAdmin(caller)) return undefined;
  switch (kind) {
    case "user":
      return undefined;
    case "team":
      return visibleTeams(db, caller);
    default:
      return resolveVerbPredicateIgnoringScopes(db, caller, kind, "read");
  }
}

/** The 422 for references that name nothing the caller may read. */
export function unreadableReferences(missing: Reference[]): ApiError {
  const [first] = missing;
  return new ApiError(
    422,
    missing.length === 1 ? `No ${first!.type} ${first!.id}` : "Some named rows do not exist",
    missing.map((ref) => ({ location: "json", path: ref.path, message: `No such ${ref.type}` })),
  );
}

/**
 * The check of every reference in a body: its statements (one per kind named)
 * go into the request's first `db.read`, so it costs no round trip of its own,
 * and `check` takes their results and throws the 422 for any reference that is
 * absent or unreadable — the two alike.
 */
export function referenceCheck(db: Database, caller: Caller, references: Reference[]) {
  const kinds = REFERENCE_KINDS.filter((kind) => references.some((ref) => ref.type === kind));
  const statements = kinds.map((kind) => {
    const table = referenceTable(db.t, kind) as Tables["resources"];
    const ids = [...new Set(references.filter((ref) => ref.type === kind).map((ref) => ref.id))];
    return db.orm
      .select({ id: table.id, type: sql<string>`${lit(kind)}` })
      .from(table)
      .where(and(inArray(table.id, ids), readableRows(db, caller, kind)));
  });
  const check = (results: readonly unknown[]) => {
    const found = new Set(
      (results as { type: string; id: string }[][]).flat().map((row) => `${row.type}:${row.id}`),
    );
    const missing = references.filter((ref) => !found.has(`${ref.type}:${ref.id}`));
    if (missing.length > 0) throw unreadableReferences(missing);
  };
  return {
    statements: statements as PromiseLike<unknown[]>[],
    read: check,
    check,
  };
}
