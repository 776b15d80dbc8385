/**
 * The authorization matrix (docs/architecture.md §6): one case per rule of the resolution,
 * against the real database under test. Point decisions go through
 * `authorize`, lists through `resolveReadPredicate` in the list's own query.
 */
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  authorize,
  authorizeCreation,
  type ObjectKind,
  type Owner,
  resolveReadPredicate,
  resolveVerbPredicate,
  resolveVerbPredicateIgnoringScopes,
  type Verb,
} from "../../src/access/engine";
import { type Caller, GUEST } from "../../src/auth/caller";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import { ApiError } from "../../src/errors";
import { defineList } from "../../src/http/list-query";
import { dialect, testDatabase } from "./support/api";
import {
  callerFor,
  engage,
  ensureActions,
  grant,
  makeOrganization,
  makeResource,
  makeResources,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

type Outcome = "allow" | 401 | 403 | 404;

async function outcome(
  db: Database,
  caller: Caller,
  kind: ObjectKind,
  id: string,
  verb: Verb,
): Promise<Outcome> {
  try {
    await authorize(db, caller, kind, id, verb);
    return "allow";
  } catch (error) {
    if (error instanceof ApiError && [401, 403, 404].includes(error.status)) {
      return error.status as Outcome;
    }
    throw error;
  }
}

const asUser = (id: string, scopes?: string[]) => callerFor({ type: "user", id }, scopes);
const ADMIN_ONLY = ["admin"];

describe(`permission engine on ${dialect}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces", "collections", "identities"]);
  });

  it("admin scope allows everything, even on private objects", async () => {
    const owner = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const resource = await makeResource(db, { type: "workspace", id: ws.id }, "UNLISTED");
    const admin = callerFor({ type: "user", id: (await makeUser(db)).id }, ADMIN_ONLY);
    for (const verb of ["read", "write", "delete"] as const) {
      expect(await outcome(db, admin, "resource", resource.id, verb)).toBe("allow");
      expect(await outcome(db, admin, "workspace", ws.id, verb)).toBe("allow");
    }
  });

  it("owners may read, write and delete, even against a deny row naming them", async () => {
    const owner = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const resource = await makeResource(db, { type: "workspace", id: ws.id }, "UNLISTED");
    await grant(
      db,
      { type: "user", id: owner.id },
      { type: "resource", id: resource.id },
      "resources:write",
      "deny",
    );
    for (const verb of ["read", "write", "delete"] as const) {
      expect(await outcome(db, asUser(owner.id), "resource", resource.id, verb)).toBe("allow");
    }
  });

  it("members of an organization control what the organization owns", async () => {
    const org = await makeOrganization(db);
    const member = await makeUser(db, org.id);
    const outsider = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "organization", id: org.id }, "private");
    const resource = await makeResource(db, { type: "workspace", id: ws.id });
    expect(await outcome(db, asUser(member.id), "resource", resource.id, "write")).toBe("allow");
    expect(await outcome(db, asUser(outsider.id), "resource", resource.id, "read")).toBe(404);
    const orgKey = callerFor({ type: "organization", id: org.id });
    expect(await outcome(db, orgKey, "workspace", ws.id, "delete")).toBe("allow");
  });

  it("guests read public content and nothing else; they never write", async () => {
    const owner = await makeUser(db);
    const open = await makeWorkspace(db, { type: "user", id: owner.id }, "public");
    const closed = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const listed = await makeResource(db, { type: "workspace", id: open.id }, "LISTED");
    const unlisted = await makeResource(db, { type: "workspace", id: open.id }, "UNLISTED");
    const hidden = await makeResource(db, { type: "workspace", id: closed.id }, "LISTED");
    expect(await outcome(db, GUEST, "workspace", open.id, "read")).toBe("allow");
    expect(await outcome(db, GUEST, "resource", listed.id, "read")).toBe("allow");
    expect(await outcome(db, GUEST, "resource", unlisted.id, "read")).toBe(404);
    expect(await outcome(db, GUEST, "workspace", closed.id, "read")).toBe(404);
    // LISTED, but its workspace is private: its owner is not readable.
    expect(await outcome(db, GUEST, "resource", hidden.id, "read")).toBe(404);
    expect(await outcome(db, GUEST, "resource", listed.id, "write")).toBe(401);
  });

  it("readable but not writable answers 403; unreadable answers 404", async () => {
    const owner = await makeUser(db);
    const stranger = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id });
    const resource = await makeResource(db, { type: "workspace", id: ws.id });
    const secret = await makeResource(db, { type: "workspace", id: ws.id }, "UNLISTED");
    expect(await outcome(db, asUser(stranger.id), "resource", resource.id, "read")).toBe("allow");
    expect(await outcome(db, asUser(stranger.id), "resource", resource.id, "write")).toBe(403);
    expect(await outcome(db, asUser(stranger.id), "resource", resource.id, "delete")).toBe(403);
    expect(await outcome(db, asUser(stranger.id), "resource", secret.id, "write")).toBe(404);
  });

  it("a user's deny beats their team's allow on the same object", async () => {
    const owner = await makeUser(db);
    const alice = await makeUser(db);
    const bob = await makeUser(db);
    const team = await makeTeam(db, owner.id, [alice.id, bob.id]);
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const object = { type: "resource" as const, id: resource.id };
    await grant(db, { type: "team", id: team.id }, object, "resources:write", "allow");
    await grant(db, { type: "user", id: alice.id }, object, "resources:write", "deny");
    expect(await outcome(db, asUser(alice.id), "resource", resource.id, "write")).toBe(403);
    expect(await outcome(db, asUser(bob.id), "resource", resource.id, "write")).toBe("allow");
  });

  it("a team's deny beats the organization's allow", async () => {
    const org = await makeOrganization(db);
    const owner = await makeUser(db);
    const inTeam = await makeUser(db, org.id);
    const notInTeam = await makeUser(db, org.id);
    const team = await makeTeam(db, owner.id, [inTeam.id]);
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const object = { type: "resource" as const, id: resource.id };
    await grant(db, { type: "organization", id: org.id }, object, "resources:write", "allow");
    await grant(db, { type: "team", id: team.id }, object, "resources:write", "deny");
    expect(await outcome(db, asUser(inTeam.id), "resource", resource.id, "write")).toBe(403);
    expect(await outcome(db, asUser(notInTeam.id), "resource", resource.id, "write")).toBe("allow");
  });

  it("team membership changes access at once", async () => {
    const owner = await makeUser(db);
    const joiner = await makeUser(db);
    const team = await makeTeam(db, owner.id, []);
    const resource = await makeResource(db, { type: "user", id: owner.id }, "UNLISTED");
    await grant(
      db,
      { type: "team", id: team.id },
      { type: "resource", id: resource.id },
      "resources:read",
      "allow",
    );
    expect(await outcome(db, asUser(joiner.id), "resource", resource.id, "read")).toBe(404);
    await db.orm.insert(db.t.teamMembers).values({ teamId: team.id, userId: joiner.id });
    expect(await outcome(db, asUser(joiner.id), "resource", resource.id, "read")).toBe("allow");
  });

  it("rows on the resource beat rows on its workspace, which beat rows on the organization", async () => {
    const org = await makeOrganization(db);
    const owner = await makeUser(db);
    const reader = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "organization", id: org.id }, "private");
    const denied = await makeResource(db, { type: "workspace", id: ws.id });
    const inherited = await makeResource(db, { type: "workspace", id: ws.id });
    const who = { type: "user" as const, id: reader.id };
    // Organization (grandparent) denies, workspace (parent) allows, one resource denies again.
    await grant(db, who, { type: "organization", id: org.id }, "resources:read", "deny");
    await grant(db, who, { type: "workspace", id: ws.id }, "resources:read", "allow");
    await grant(db, who, { type: "resource", id: denied.id }, "resources:read", "deny");
    expect(await outcome(db, asUser(reader.id), "resource", denied.id, "read")).toBe(404);
    expect(await outcome(db, asUser(reader.id), "resource", inherited.id, "read")).toBe("allow");
    expect(owner.id).not.toBe(reader.id);
  });

  it("a deny on the organization reaches resources of its workspaces when nothing nearer decides", async () => {
    const org = await makeOrganization(db);
    const ws = await makeWorkspace(db, { type: "organization", id: org.id }, "public");
    const resource = await makeResource(db, { type: "workspace", id: ws.id });
    const reader = await makeUser(db);
    expect(await outcome(db, asUser(reader.id), "resource", resource.id, "read")).toBe("allow");
    await grant(
      db,
      { type: "static", id: "user" },
      { type: "organization", id: org.id },
      "resources:read",
      "deny",
    );
    expect(await outcome(db, asUser(reader.id), "resource", resource.id, "read")).toBe(404);
    // Guests are not `user`: the public default still lets them read.
    expect(await outcome(db, GUEST, "resource", resource.id, "read")).toBe("allow");
  });

  it("follower-only content: readable after following the workspace, not before, not for guests", async () => {
    const owner = await makeUser(db);
    const fan = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id });
    const resource = await makeResource(db, { type: "workspace", id: ws.id });
    const object = { type: "resource" as const, id: resource.id };
    await grant(db, { type: "static", id: "follower" }, object, "resources:read", "allow");
    await grant(db, { type: "static", id: "user" }, object, "resources:read", "deny");
    await grant(db, { type: "static", id: "guest" }, object, "resources:read", "deny");
    expect(await outcome(db, asUser(fan.id), "resource", resource.id, "read")).toBe(404);
    expect(await outcome(db, GUEST, "resource", resource.id, "read")).toBe(404);
    const follow = await engage(db, fan.id, "follow", { type: "workspace", id: ws.id });
    expect(await outcome(db, asUser(fan.id), "resource", resource.id, "read")).toBe("allow");
    await db.orm.delete(db.t.engagements).where(eq(db.t.engagements.id, follow.id));
    expect(await outcome(db, asUser(fan.id), "resource", resource.id, "read")).toBe(404);
  });

  it("subscriber rows apply to subscribers of the object itself", async () => {
    const owner = await makeUser(db);
    const subscriber = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id });
    const resource = await makeResource(db, { type: "workspace", id: ws.id }, "UNLISTED");
    await grant(
      db,
      { type: "static", id: "subscriber" },
      { type: "resource", id: resource.id },
      "resources:read",
      "allow",
    );
    expect(await outcome(db, asUser(subscriber.id), "resource", resource.id, "read")).toBe(404);
    await engage(db, subscriber.id, "subscribe", { type: "resource", id: resource.id });
    expect(await outcome(db, asUser(subscriber.id), "resource", resource.id, "read")).toBe("allow");
  });

  it("`unset` rows have no say", async () => {
    const owner = await makeUser(db);
    const reader = await makeUser(db);
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const object = { type: "resource" as const, id: resource.id };
    await grant(db, { type: "user", id: reader.id }, object, "resources:read", "unset");
    await grant(db, { type: "static", id: "user" }, object, "resources:read", "deny");
    expect(await outcome(db, asUser(reader.id), "resource", resource.id, "read")).toBe(404);
  });

  it("allow rows open writes that are otherwise denied", async () => {
    const owner = await makeUser(db);
    const editor = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const resource = await makeResource(db, { type: "workspace", id: ws.id });
    expect(await outcome(db, asUser(editor.id), "resource", resource.id, "write")).toBe(404);
    await grant(
      db,
      { type: "user", id: editor.id },
      { type: "workspace", id: ws.id },
      "resources:read",
      "allow",
    );
    await grant(
      db,
      { type: "user", id: editor.id },
      { type: "workspace", id: ws.id },
      "resources:write",
      "allow",
    );
    expect(await outcome(db, asUser(editor.id), "resource", resource.id, "write")).toBe("allow");
    expect(await outcome(db, asUser(editor.id), "resource", resource.id, "delete")).toBe(403);
  });

  it("the scope check comes first: without resources:read, no rows help", async () => {
    const owner = await makeUser(db);
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const narrow = asUser(owner.id, ["identities:read"]);
    expect(await outcome(db, narrow, "resource", resource.id, "read")).toBe(403);
    expect(() => resolveReadPredicate(db, narrow, "resource")).toThrow(ApiError);
    const readOnly = asUser(owner.id, ["resources:read"]);
    expect(await outcome(db, readOnly, "resource", resource.id, "write")).toBe(403);
  });

  it("a verb's predicate checks the verb's scope; only the form named so weighs none", async () => {
    const owner = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const narrow = asUser(owner.id, ["resources:read"]);
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ApiError ? error.status : error;
      }
    };
    expect(refusal(() => resolveVerbPredicate(db, narrow, "workspace", "read"))).toBe(403);
    expect(refusal(() => resolveVerbPredicate(db, narrow, "resource", "write"))).toBe(403);
    expect(refusal(() => resolveVerbPredicate(db, GUEST, "resource", "write"))).toBe(401);
    // What exists for the key (a body's references), which its scopes do not decide.
    const { workspaces } = db.t;
    const readable = await db.orm
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(
        and(
          eq(workspaces.id, ws.id),
          resolveVerbPredicateIgnoringScopes(db, narrow, "workspace", "read"),
        ),
      );
    expect(readable).toEqual([{ id: ws.id }]);
  });

  it("workspace keys control their workspace and nothing else", async () => {
    const owner = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const other = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const resource = await makeResource(db, { type: "workspace", id: ws.id }, "UNLISTED");
    const key = callerFor({ type: "workspace", id: ws.id });
    expect(await outcome(db, key, "resource", resource.id, "write")).toBe("allow");
    expect(await outcome(db, key, "workspace", other.id, "read")).toBe(404);
  });
});

describe(`creating things for an owner on ${dialect}`, () => {
  async function creation(db: Database, caller: Caller, owner: Owner): Promise<Outcome | 422> {
    try {
      await authorizeCreation(db, caller, "resources", owner);
      return "allow";
    } catch (error) {
      if (error instanceof ApiError && [401, 403, 422].includes(error.status)) {
        return error.status as 403 | 422;
      }
      throw error;
    }
  }

  it("allows oneself, one's organization and controlled workspaces, and nothing else", async () => {
    const db = testDatabase();
    await ensureActions(db, ["resources"]);
    const org = await makeOrganization(db);
    const member = await makeUser(db, org.id);
    const other = await makeUser(db);
    const own = await makeWorkspace(db, { type: "user", id: member.id }, "private");
    const shared = await makeWorkspace(db, { type: "user", id: other.id }, "public");
    const closed = await makeWorkspace(db, { type: "user", id: other.id }, "private");
    const me = asUser(member.id);
    expect(await creation(db, me, { type: "user", id: member.id })).toBe("allow");
    expect(await creation(db, me, { type: "user", id: other.id })).toBe(403);
    expect(await creation(db, me, { type: "organization", id: org.id })).toBe("allow");
    expect(await creation(db, asUser(other.id), { type: "organization", id: org.id })).toBe(403);
    expect(await creation(db, me, { type: "workspace", id: own.id })).toBe("allow");
    expect(await creation(db, me, { type: "workspace", id: shared.id })).toBe(403);
    expect(await creation(db, me, { type: "workspace", id: closed.id })).toBe(422);
    expect(await creation(db, me, { type: "workspace", id: crypto.randomUUID() })).toBe(422);
    await grant(
      db,
      { type: "user", id: member.id },
      { type: "workspace", id: shared.id },
      "resources:write",
      "allow",
    );
    expect(await creation(db, me, { type: "workspace", id: shared.id })).toBe("allow");
    expect(await creation(db, GUEST, { type: "workspace", id: shared.id })).toBe(401);
  });
});

describe(`permission-filtered lists on ${dialect}`, () => {
  const resourceList = defineList({
    table: (t) => t.resources,
    sort: { created_at: "id" },
    defaultSort: "created_at",
  });

  it("keep pages full when most rows are filtered out, in one round trip", async () => {
    const db = testDatabase();
    await ensureActions(db, ["resources"]);
    const owner = await makeUser(db);
    const reader = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    const rows = await makeResources(db, { type: "workspace", id: ws.id }, 30);
    const readable = rows.filter((_, index) => index % 3 === 0).map((row) => row.id);
    for (const id of readable) {
      await grant(
        db,
        { type: "user", id: reader.id },
        { type: "resource", id },
        "resources:read",
        "allow",
      );
    }
    const caller = asUser(reader.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const before = db.metrics.queries;
      const where = and(
        resolveReadPredicate(db, caller, "resource"),
        eq(db.t.resources.ownerId, ws.id),
      );
      const page = await resourceList.run(db, { limit: 4, sort: "created_at", cursor }, where);
      expect(db.metrics.queries - before).toBe(1);
      if (page.meta.has_more) expect(page.data).toHaveLength(4);
      seen.push(...page.data.map((row) => row.id));
      cursor = page.meta.next_cursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(readable);
  });

  it("count the rows the caller may read, not the table", async () => {
    const db = testDatabase();
    const owner = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id });
    await makeResources(db, { type: "workspace", id: ws.id }, 7, "LISTED");
    await makeResources(db, { type: "workspace", id: ws.id }, 5, "UNLISTED");
    const where = and(
      resolveReadPredicate(db, GUEST, "resource"),
      eq(db.t.resources.ownerId, ws.id),
    );
    const page = await resourceList.run(db, { limit: 5, sort: "created_at", count: true }, where);
    expect(page.meta).toMatchObject({ total: 7, has_more: true });
    expect(page.data).toHaveLength(5);
  });

  it.runIf(dialect === "d1")("read rows in proportion to the page, not the table", async () => {
    const db = testDatabase();
    const owner = await makeUser(db);
    const ws = await makeWorkspace(db, { type: "user", id: owner.id });
    const rowsRead = async () => {
      const before = db.metrics.rowsRead;
      const where = and(
        resolveReadPredicate(db, GUEST, "resource"),
        eq(db.t.resources.ownerId, ws.id),
      );
      await resourceList.run(db, { limit: 10, sort: "created_at" }, where);
      return db.metrics.rowsRead - before;
    };
    await makeResources(db, { type: "workspace", id: ws.id }, 100);
    const small = await rowsRead();
    await makeResources(db, { type: "workspace", id: ws.id }, 900);
    const large = await rowsRead();
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThan(small * 2);
  });

  it.runIf(dialect === "postgres")(
    "decide only the owning workspaces of the rows a page looks at, on Postgres",
    async () => {
      const db = testDatabase();
      const { workspaces, resources } = db.t;
      const user = await makeUser(db);
      await ensureActions(db, ["resources", "workspaces"]);
      // Many workspaces, each owning resources: Postgres once planned the owner
      // check as a hashed subplan deciding every workspace for every page.
      const workspaceIds = Array.from({ length: 1000 }, () => uuidv7());
      const resourceIds: string[] = [];
      await db.atomic((orm) => [
        ...db.insertChunks(
          orm,
          workspaces,
          workspaceIds.map((id) => ({
            id,
            name: "Bulk",
            slug: `bulk-${id}`,
            ownerType: "user" as const,
            ownerId: uuidv7(),
          })),
        ),
        ...db.insertChunks(
          orm,
          resources,
          workspaceIds.flatMap((ownerId) =>
            Array.from({ length: 5 }, () => {
              const id = uuidv7();
              resourceIds.push(id);
              return { id, ownerType: "workspace" as const, ownerId, type: "post", title: "Bulk" };
            }),
          ),
        ),
      ]);
      const orm = db.orm as unknown as {
        execute(query: SQL): Promise<{ rows: Record<string, string>[] }>;
      };
      await orm.execute(sql`analyze ${workspaces}, ${resources}`);
      const query = db.orm
        .select({ id: resources.id })
        .from(resources)
        .where(resolveReadPredicate(db, asUser(user.id), "resource"))
        .orderBy(sql`${resources.id} desc`)
        .limit(20);
      const { rows } = await orm.execute(sql`explain ${query.getSQL()}`);
      const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan).toContain("access_owner_ws");
      expect(plan).not.toMatch(/Seq Scan on workspaces access_owner_ws/);
      await db.orm.delete(resources).where(inArray(resources.id, resourceIds));
      await db.orm.delete(workspaces).where(inArray(workspaces.id, workspaceIds));
      await db.close();
    },
  );

  it.runIf(dialect === "mysql")(
    "look up a signed-in caller's permission rows by index seeks on MySQL/MariaDB",
    async () => {
      const db = testDatabase();
      const { permissions } = db.t;
      const user = await makeUser(db);
      await ensureActions(db, ["resources", "workspaces"]);
      // Statistics like a database in use: many rows per action, about one per object.
      const ids = Array.from({ length: 400 }, () => uuidv7());
      await db.orm.insert(permissions).values(
        ids.map((id, index) => ({
          id,
          subjectType: "static" as const,
          subjectId: "guest",
          objectType: index % 2 ? ("resource" as const) : ("workspace" as const),
          objectId: uuidv7(),
          action: index % 2 ? "resources:read" : "workspaces:read",
          value: "allow" as const,
        })),
      );
      const orm = db.orm as unknown as { execute(query: SQL): Promise<[Record<string, any>[]]> };
      await orm.execute(sql`analyze table ${permissions}`);
      const query = db.orm
        .select({ id: db.t.resources.id })
        .from(db.t.resources)
        .where(resolveReadPredicate(db, asUser(user.id), "resource"))
        .limit(20);
      const [plan] = await orm.execute(sql`explain ${query.getSQL()}`);
      const lookups = plan.filter((step) => String(step.table).startsWith("access_p_"));
      // In a workspace: the resource's own rows, the workspace's and its owner's, then the
      // workspace's own two; owned elsewhere: the resource's own rows and its owner's.
      expect(lookups).toHaveLength(7);
      for (const step of lookups) expect(step.key).toBe("permissions_tuple_uq");
      await db.orm.delete(permissions).where(inArray(permissions.id, ids));
      await db.close();
    },
  );
});
