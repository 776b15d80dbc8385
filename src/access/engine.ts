/**
 * The permission engine (docs/architecture.md §6): one definition of the resolution that
 * serves both point decisions (one query) and list filters (one SQL predicate
 * in the list's own query, before LIMIT).
 *
 * For a caller, an object and an action:
 *   1. `admin` scope: allowed (no SQL at all).
 *   2. Owner override: the caller controls the object's owner.
 *   3. Permission rows on the object, then its parent, then its grandparent;
 *      within one object by principal level; at each level deny beats allow.
 *   4. No row decided: read is allowed for public objects; write and delete denied.
 * The scope check comes first and is the caller's own (see `requireScope`).
 */
import { and, eq, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { type Caller, hasScope, isAdmin, userIdOf } from "../auth/caller";
import { ADMIN_SCOPE, type Domain } from "../auth/scopes";
import type { Database } from "../db/database";
import { planOf } from "../db/plan";
import type { Tables } from "../db/schema";
import { alias, FALSE, lit, prerender, TRUE } from "../db/sql";
import { ApiError } from "../errors";
import {
  type CallerSql,
  callerSql,
  controls,
  controlsWorkspaceRow,
  is,
  principalLevel,
  principalMatch,
} from "./principals";

export type ObjectKind = "resource" | "workspace" | "collection" | "organization";
/**
 * `manage` is changing who may do what on an object (its permission rows):
 * owners and admins only, whatever the rows say, so a key can never grant
 * itself access.
 */
export type Verb = "read" | "write" | "delete" | "manage";

/** The verbs permission rows speak of: actions are `<domain>:<verb>`. */
export const ACTION_VERBS = ["read", "write", "delete"] as const;

export const OBJECT_DOMAIN: Record<ObjectKind, Domain> = {
  resource: "resources",
  workspace: "workspaces",
  collection: "collections",
  organization: "identities",
};

/** The permission action a verb on an object kind checks: `resources:read`, … */
export const actionFor = (kind: ObjectKind, verb: Verb) => `${OBJECT_DOMAIN[kind]}:${verb}`;

/** A SQL value: an expression or column, or a type name written as a literal. */
type Value = SQLWrapper | string;

/** How one object kind sits in the hierarchy, in terms of one row of its table. */
interface ObjectShape {
  id: SQLWrapper;
  /** (object type, object id) of the object, its parent and its grandparent. */
  chain: [Value, Value][];
  /** Whether the caller controls the object's owner: the owner override. */
  controlled: SQL;
  /** The workspace the object lives in, for follower/subscriber principals. */
  workspaceId: SQL | undefined;
  /** Readable when no row decides. */
  isPublic: SQL;
}

type Row = {
  [K in ObjectKind]: K extends "resource"
    ? Tables["resources"]
    : K extends "workspace"
      ? Tables["workspaces"]
      : K extends "collection"
        ? Tables["collections"]
        : Tables["organizations"];
};

const tableOf = (t: Tables, kind: ObjectKind) =>
  ({
    resource: t.resources,
    workspace: t.workspaces,
    collection: t.collections,
    organization: t.organizations,
  })[kind];

function shapeOf<K extends ObjectKind>(c: CallerSql, kind: K, row: Row[K]): ObjectShape {
  switch (kind) {
    case "resource":
    case "collection": {
      // Outside an existing workspace: held by a user or an organization (a
      // workspace owner that is gone leaves it readable by rows alone).
      const r = row as Tables["resources"] | Tables["collections"];
      return {
        id: r.id,
        chain: [
          [kind, r.id],
          [r.ownerType, r.ownerId],
        ],
        controlled: controls(c, r.ownerType, r.ownerId),
        workspaceId: sql`case when ${is(r.ownerType, "workspace")} then ${r.ownerId} end`,
        isPublic: and(is(r.status, "LISTED"), sql`${r.ownerType} <> ${lit("workspace")}`)!,
      };
    }
    case "workspace": {
      const w = row as Tables["workspaces"];
      return {
        id: w.id,
        chain: [
          ["workspace", w.id],
          [w.ownerType, w.ownerId],
        ],
        controlled: controlsWorkspaceRow(c, w),
        workspaceId: sql`${w.id}`,
        isPublic: is(w.visibility, "public"),
      };
    }
    default: {
      const o = row as Tables["organizations"];
      return {
        id: o.id,
        chain: [["organization", o.id]],
        controlled: controls(c, "organization", o.id),
        workspaceId: undefined,
        // Organization profiles are public.
        isPublic: TRUE,
      };
    }
  }
}

/**
 * The value of the first deciding permission row (step 3), or NULL. "First" is
 * the least rank of (link depth, principal level, deny before allow), taken as
 * `min()` of one number rather than `order by … limit 1`: SQLite sorts the
 * latter in a temporary b-tree even when nothing matches, which D1 bills as a
 * row read per decision (one per row of every permission-filtered page).
 */
function rowDecision(c: CallerSql, kind: ObjectKind, shape: ObjectShape, action: string): SQL {
  const { table: p, from } = alias(c.t.permissions, `access_p_${kind}`);
  const value = (v: Value) => (typeof v === "string" ? lit(v) : v);
  const at = ([type, id]: [Value, Value]) =>
    sql`(${p.objectType} = ${value(type)} and ${p.objectId} = ${value(id)})`;
  const principal = principalMatch(c, p, { kind, id: shape.id, workspaceId: shape.workspaceId });
  // Principal levels are 1–6: (depth × 8 + level) × 2 + 0 for deny, 1 for allow.
  const allowBit = sql`case when ${is(p.value, "deny")} then 0 else 1 end`;
  /** The first deciding row on any of `links`: the nearest link first. */
  const firstRow = (links: [Value, Value][]) => {
    const depth = sql`case ${sql.join(
      links.map((link, index) => sql`when ${at(link)} then ${sql.raw(String(index))}`),
      sql` `,
    )} end`;
    const where = and(
      is(p.action, action),
      sql`${p.value} in (${lit("allow")}, ${lit("deny")})`,
      or(...links.map(at)),
      principal,
    );
    const level = links.length > 1 ? sql`${depth} * 8 + ${principalLevel(p)}` : principalLevel(p);
    // `count(*)` keeps SQLite from its min() shortcut, which reads a row per lookup that finds none.
    const rank = sql`min((${level}) * 2 + ${allowBit})`;
    const value = sql`case ${rank} % 2 when 0 then ${lit("deny")} else ${lit("allow")} end`;
    return sql`(select case when count(*) > 0 then ${value} end from ${from} where ${where})`;
  };
  if (c.db.indexesCorrelatedOr) return firstRow(shape.chain);
  // One lookup per link, each an index seek; the first link with a row decides.
  return sql`coalesce(${sql.join(
    shape.chain.map((link) => firstRow([link])),
    sql`, `,
  )})`;
}

/**
 * Steps 2–4 as one boolean SQL expression over a row of the object's table.
 * `action` defaults to the verb's action on the kind; creating something inside
 * a workspace asks for the new thing's action (`resources:write`) there.
 */
function decision<K extends ObjectKind>(
  c: CallerSql,
  kind: K,
  row: Row[K],
  verb: Verb,
  action = actionFor(kind, verb),
): SQL {
  // Aliased tables are made per query: nothing to reuse.
  if (!Object.values(c.t).includes(row)) return buildDecision(c, kind, row, verb, action);
  let byCaller = renderedDecisions.get(row);
  if (!byCaller) {
    byCaller = new Map();
    renderedDecisions.set(row, byCaller);
  }
  const key = JSON.stringify([c.caller.kind, c.caller.subject, kind, verb, action]);
  let rendered = byCaller.get(key);
  if (!rendered) {
    if (byCaller.size >= MAX_RENDERED_PER_TABLE) byCaller.delete(byCaller.keys().next().value!);
    rendered = prerender(c.db, buildDecision(c, kind, row, verb, action));
    byCaller.set(key, rendered);
  }
  return rendered;
}

/**
 * Decisions rendered once per isolate, by table (one per dialect) and then by
 * caller, verb and action: the SQL depends on nothing else, as every fact it
 * weighs (rows, teams, follows) is read when the query runs. Rendering it is
 * most of a point read's CPU otherwise.
 */
const renderedDecisions = new WeakMap<object, Map<string, SQL>>();
const MAX_RENDERED_PER_TABLE = 500;

function buildDecision<K extends ObjectKind>(
  c: CallerSql,
  kind: K,
  row: Row[K],
  verb: Verb,
  action: string,
): SQL {
  const shape = shapeOf(c, kind, row);
  if (verb === "manage") return shape.controlled;
  const decided = decide(c, kind, shape, verb, action);
  if (kind !== "resource" && kind !== "collection") return decided;
  return sql`coalesce(${inOwningWorkspace(c, kind, row as Tables["resources"], verb, action)}, ${decided})`;
}

/** Steps 2–4 over an object's shape. */
function decide(c: CallerSql, kind: ObjectKind, shape: ObjectShape, verb: Verb, action: string) {
  const fallback =
    verb === "read" ? sql`case when ${shape.isPublic} then 'allow' else 'deny' end` : sql`'deny'`;
  return sql`(${shape.controlled} or coalesce(${rowDecision(c, kind, shape, action)}, ${fallback}) = 'allow')`;
}

/**
 * The decision on a resource or collection held by a workspace, reading the
 * workspace's row only when its visibility is needed and no copy of it is at
 * hand (db/copies.ts: a resource's `workspace_visibility`). Whether the caller
 * controls the workspace and which organization owns it (the grandparent link)
 * are seeks of workspaces' owner indexes that read nothing when they find
 * nothing, so a resource in a workspace owned by a user costs only its own row
 * (docs/architecture.md §6). Nothing decides over the workspace's row as a
 * whole: Postgres turned an EXISTS doing so into a hashed subplan deciding
 * every workspace. A workspace that does not exist has no visibility and no
 * owner: the object is then readable by its own rows (and its link to the
 * workspace's id) alone. Null for objects outside a workspace (the caller's
 * shape decides those).
 */
function inOwningWorkspace(
  c: CallerSql,
  kind: "resource" | "collection",
  r: Tables["resources"] | Tables["collections"],
  verb: Verb,
  action: string,
): SQL {
  const w = c.t.workspaces;
  const { table: wo, from: organizationFrom } = alias(w, "access_owner_org");
  const { table: wv, from: visibilityFrom } = alias(w, "access_owner_ws");
  const stored = sql`(select ${wv.visibility} from ${visibilityFrom} where ${wv.id} = ${r.ownerId})`;
  const visibility =
    kind === "resource"
      ? sql`coalesce(${(r as Tables["resources"]).workspaceVisibility}, ${stored})`
      : stored;
  const organization = sql`(select ${wo.ownerId} from ${organizationFrom} where ${is(wo.ownerType, "organization")} and ${wo.id} = ${r.ownerId})`;
  const workspaceId = sql`${r.ownerId}`;
  const workspaceLinks: [Value, Value][] = [
    ["workspace", r.ownerId],
    ["organization", organization],
  ];
  const workspaceRows = rowDecision(
    c,
    "workspace",
    { id: r.ownerId, chain: workspaceLinks, controlled: FALSE, workspaceId, isPublic: FALSE },
    actionFor("workspace", "read"),
  );
  // Whether the workspace is readable (step 3 on its links, else its visibility; the
  // caller's control, weighed first for the object, is known to be false here), with
  // `visibility` evaluated once: its row is read for it when no copy is at hand. Null
  // (not readable) when the workspace does not exist.
  const workspaceReadable = sql`(case ${visibility} when ${lit("public")} then 1 when ${lit("private")} then 0 end) + (case ${workspaceRows} when ${lit("allow")} then 2 when ${lit("deny")} then -2 else 0 end) > 0`;
  const shape: ObjectShape = {
    id: r.id,
    chain: [[kind, r.id], ...workspaceLinks],
    controlled: controls(c, "workspace", r.ownerId),
    workspaceId,
    isPublic: and(is(r.status, "LISTED"), workspaceReadable)!,
  };
  return sql`case when ${is(r.ownerType, "workspace")} then ${decide(c, kind, shape, verb, action)} end`;
}

/** The scope a verb on an object kind needs: permission rows belong to the permissions domain. */
const scopeDomain = (kind: ObjectKind, verb: Verb): Domain =>
  verb === "manage" ? "permissions" : OBJECT_DOMAIN[kind];

/** The refusal of a caller without `scope`: 401 for guests, 403 otherwise. */
function missingScope(caller: Caller, scope: string): ApiError {
  if (caller.kind === "guest") return new ApiError(401, "Sign in to do this");
  return new ApiError(403, `This needs the ${scope} scope`, undefined, "insufficient_scope");
}

/** Throws (401 for guests, 403 otherwise) unless the caller's scopes allow the verb. */
export function requireScope(caller: Caller, domain: Domain, verb: Verb) {
  const scopeVerb = verb === "read" ? "read" : "write";
  if (!hasScope(caller, domain, scopeVerb)) throw missingScope(caller, `${domain}:${scopeVerb}`);
}

/**
 * The `admin` scope itself, for what no domain's scope covers (the whole
 * database, in a transfer). Anyone else is answered with `refusal`: by default
 * as a missing scope (401 for guests, 403 `insufficient_scope`).
 */
export function requireAdmin(
  caller: Caller,
  refusal: () => ApiError = () => missingScope(caller, ADMIN_SCOPE),
) {
  if (!isAdmin(caller)) throw refusal();
}

/**
 * Writes only admins make (the catalogue of actions, features, user accounts):
 * the domain's write scope first (401/403 as `requireScope`), then 403 unless admin.
 */
export function requireAdminWrite(caller: Caller, domain: Domain, what: string) {
  requireScope(caller, domain, "write");
  requireAdmin(caller, () => new ApiError(403, `Only admins may ${what}`));
}

/**
 * Rows that belong to one user (their features, subscriptions, profile): the
 * user themself or an admin, after the scope check. Anyone else is answered
 * with `refusal` (a 404 where the row's existence is private, else a 403).
 */
export function requireSelfOrAdmin(
  caller: Caller,
  domain: Domain,
  verb: Verb,
  userId: string,
  refusal: () => ApiError,
) {
  requireScope(caller, domain, verb);
  if (!isAdmin(caller) && userIdOf(caller) !== userId) throw refusal();
}

/**
 * Whether the caller may `verb` each row of `kind`'s (unaliased) table, as SQL:
 * a list's filter, or a check of an object reached through another row (a
 * link's subject) whose id is not known up front. Undefined for admins (no
 * filter). Checks the verb's scope first, as `authorization` does.
 */
export function resolveVerbPredicate(
  db: Database,
  caller: Caller,
  kind: ObjectKind,
  verb: Verb,
): SQL | undefined {
  requireScope(caller, scopeDomain(kind, verb), verb);
  return resolveVerbPredicateIgnoringScopes(db, caller, kind, verb);
}

/** The rows of `kind`'s table the caller may read (see `resolveVerbPredicate`): a list's filter. */
export const resolveReadPredicate = (db: Database, caller: Caller, kind: ObjectKind) =>
  resolveVerbPredicate(db, caller, kind, "read");

/**
 * `resolveVerbPredicate` without the scope check, for the few questions scopes
 * do not answer: whether a row a body names exists for the caller (scopes say
 * which endpoints a key may call, not what exists for it); whether it controls
 * a workspace or object as part of another domain's operation (acting as a
 * workspace in an engagement, activating a subscription, a workspace's
 * subscription mode), which the endpoint's own scope covers; and a link's
 * subject, whose kind (and so scope) is known only once the row is found.
 */
export function resolveVerbPredicateIgnoringScopes(
  db: Database,
  caller: Caller,
  kind: ObjectKind,
  verb: Verb,
): SQL | undefined {
  if (isAdmin(caller)) return undefined;
  return decision(callerSql(caller, db), kind, tableOf(db.t, kind) as never, verb);
}

/**
 * The one query that loads an object together with the caller's right to a
 * verb on it, and the check that turns its result into the object or an error:
 * absent or unreadable → 404 (as if absent), readable but not allowed → 403.
 * Handlers that need more data in the same round trip batch `query` with it.
 */
export function authorization<K extends ObjectKind>(
  db: Database,
  caller: Caller,
  kind: K,
  id: string,
  verb: Verb,
) {
  requireScope(caller, scopeDomain(kind, verb), verb);
  const table = tableOf(db.t, kind) as Row[K];
  const c = callerSql(caller, db);
  const admin = isAdmin(caller);
  const canRead = admin ? TRUE : decision(c, kind, table, "read");
  // A read's right is the right to read: selected once, since the database
  // would evaluate the same decision again (half a point read's query time).
  const onlyRead = admin || verb === "read";
  const query = db.orm
    .select({
      row: table as never,
      canRead: sql<unknown>`case when ${canRead} then 1 else 0 end`,
      ...(onlyRead
        ? {}
        : { canDo: sql<unknown>`case when ${decision(c, kind, table, verb)} then 1 else 0 end` }),
    })
    .from(table as never)
    .where(eq((table as Tables["resources"]).id, id))
    .limit(1) as unknown as PromiseLike<unknown[]>;

  type Found = { row: Row[K]["$inferSelect"]; canRead: unknown; canDo?: unknown };
  const check = (rows: unknown[]): Row[K]["$inferSelect"] => {
    const found = rows[0] as Found | undefined;
    if (!found || Number(found.canRead) !== 1) throw new ApiError(404, `No ${kind} ${id}`);
    if (!onlyRead && Number(found.canDo) !== 1) {
      throw new ApiError(403, `You may not ${verb} this ${kind}`);
    }
    return found.row;
  };
  return planOf(query, check);
}

/** Loads one object for a verb in one query, enforcing the engine (see `authorization`). */
export async function authorize<K extends ObjectKind>(
  db: Database,
  caller: Caller,
  kind: K,
  id: string,
  verb: Verb,
): Promise<Row[K]["$inferSelect"]> {
  const [row] = await db.load(authorization(db, caller, kind, id, verb));
  return row;
}

/**
 * Whether the caller may manage permission rows on the object named by
 * `(type, id)` columns (of a permission row): it controls that object's owner.
 * Undefined for admins.
 */
export function resolveManagePredicate(
  db: Database,
  caller: Caller,
  type: SQLWrapper,
  id: SQLWrapper,
): SQL | undefined {
  if (isAdmin(caller)) return undefined;
  const c = callerSql(caller, db);
  const kinds: ObjectKind[] = ["resource", "workspace", "collection", "organization"];
  return or(
    ...kinds.map((kind) => {
      const { table, from } = alias(tableOf(db.t, kind) as Tables["resources"], `managed_${kind}`);
      const owns = decision(c, kind, table as never, "manage");
      return sql`(${is(type, kind)} and exists (select 1 from ${from} where ${table.id} = ${id} and ${owns}))`;
    }),
  );
}

export type Owner = { type: "user" | "organization" | "workspace"; id: string };

/**
 * May the caller create something of `domain` owned by `owner`? Itself, an
 * organization it belongs to, or a workspace it controls — or, for a
 * workspace, one whose rows allow it `<domain>:write`. Admins may name any
 * owner that exists. One query. An owner that does not exist (or that the
 * caller may not even read) is a 422; one it may not use is a 403.
 */
export async function authorizeCreation(
  db: Database,
  caller: Caller,
  domain: Domain,
  owner: Owner,
): Promise<void> {
  await db.load(creationAuthorization(db, caller, domain, owner));
}

/**
 * `authorizeCreation` as a plan, for handlers that load it with other reads.
 */
export function creationAuthorization(db: Database, caller: Caller, domain: Domain, owner: Owner) {
  requireScope(caller, domain, "write");
  const c = callerSql(caller, db);
  const admin = isAdmin(caller);
  const { t } = db;
  let query: PromiseLike<{ readable: unknown; allowed: unknown }[]>;
  if (owner.type === "workspace") {
    const w = t.workspaces;
    query = db.orm
      .select({
        readable: sql`case when ${admin ? TRUE : decision(c, "workspace", w, "read")} then 1 else 0 end`,
        allowed: sql`case when ${admin ? TRUE : decision(c, "workspace", w, "write", `${domain}:write`)} then 1 else 0 end`,
      })
      .from(w)
      .where(eq(w.id, owner.id));
  } else {
    const table = owner.type === "user" ? t.users : t.organizations;
    // User profiles are public; an organization is read through the engine.
    const readable =
      admin || owner.type === "user" ? TRUE : decision(c, "organization", t.organizations, "read");
    query = db.orm
      .select({
        readable: sql`case when ${readable} then 1 else 0 end`,
        allowed: sql`case when ${admin ? TRUE : controls(c, owner.type, table.id)} then 1 else 0 end`,
      })
      .from(table)
      .where(eq(table.id, owner.id));
  }
  const check = (rows: { readable: unknown; allowed: unknown }[]) => {
    const [found] = rows;
    if (!found || Number(found.readable) !== 1) {
      throw new ApiError(422, `No ${owner.type} ${owner.id}`, [
        { location: "json", path: "owner.id", message: `No such ${owner.type}` },
      ]);
    }
    if (Number(found.allowed) !== 1) {
      throw new ApiError(403, `You may not create ${domain} for this ${owner.type}`);
    }
  };
  return planOf(query, check);
}
