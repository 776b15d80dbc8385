/**
 * The dialect adapter on the real database under test (D1, Postgres or MySQL):
 * atomic writes, chunked inserts, RETURNING, upserts, text search, counts and
 * relational queries behave the same on all three.
 */
import { and, count, eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/db/ids";
import { prerender } from "../../src/db/sql";
import { toApiError } from "../../src/http/error-handler";
import { dialect, sequential, testDatabase } from "./support/api";
import { makeUser } from "./support/fixtures";

const unique = (label: string) => `${label}-${uuidv7()}`;

describe(`database adapter on ${dialect}`, () => {
  it("prerenders a fragment to the same SQL and bound values, and the same rows", async () => {
    const db = testDatabase();
    const { users } = db.t;
    const { id } = await makeUser(db);
    const fragment = and(
      eq(users.id, id),
      sql`${users.email} like ${"%@%"}`,
      sql`(select count(*) from ${users} where ${users.id} = ${id}) = ${1}`,
    )!;
    const query = (where: typeof fragment) =>
      db.orm
        .select({ id: users.id })
        .from(users)
        .where(and(sql`${1} = ${1}`, where));
    const direct = query(fragment);
    const prerendered = query(prerender(db, fragment));
    expect(prerendered.toSQL()).toEqual(direct.toSQL());
    expect(await prerendered).toEqual([{ id }]);
    await db.close();
  });

  it("atomic writes leave nothing behind when one statement fails", async () => {
    const db = testDatabase();
    const { t } = db;
    const slug = unique("org");
    const email = `${unique("user")}@example.com`;
    await expect(
      db.atomic((orm) => [
        orm.insert(t.organizations).values({ name: "Kept?", slug }),
        orm.insert(t.users).values({ email, displayName: "Kept?" }),
        // Same slug again: the unique index fails the whole write.
        orm.insert(t.organizations).values({ name: "Duplicate", slug }),
      ]),
    ).rejects.toThrow();
    const orgs = await db.orm.select().from(t.organizations).where(eq(t.organizations.slug, slug));
    const users = await db.orm.select().from(t.users).where(eq(t.users.email, email));
    expect(orgs).toEqual([]);
    expect(users).toEqual([]);
    await db.close();
  });

  it("runs an atomic write's statements in order, in one round trip", async () => {
    // Under `auto`, Postgres pipelines a transaction's commit too once pipelining has
    // worked for the URL (until then the commit waits, in case a proxy refuses it).
    const warmUp = testDatabase();
    await warmUp.read((orm) => [
      orm.select().from(warmUp.t.users).limit(1),
      orm.select().from(warmUp.t.users).limit(1),
    ]);
    await warmUp.close();
    const db = testDatabase();
    const { organizations: orgs } = db.t;
    const slug = unique("org");
    const results = await db.atomic((orm) => [
      orm.insert(orgs).values({ name: "Draft", slug }),
      orm.update(orgs).set({ name: "Renamed" }).where(eq(orgs.slug, slug)),
      orm.select({ name: orgs.name }).from(orgs).where(eq(orgs.slug, slug)),
      orm.delete(orgs).where(eq(orgs.slug, `${slug}-absent`)),
      ...db.upsert(
        orm,
        orgs,
        { name: "Upserted", slug },
        { target: [orgs.slug], set: { name: "Upserted" } },
      ),
    ]);
    // One batch: one round trip batched; sent in turn, begin, the commit number (the
    // upsert records its event), five statements, the event and commit.
    expect(db.metrics.batches).toBe(1);
    expect(db.metrics.queries).toBe(sequential ? 9 : 1);
    expect(results).toHaveLength(6);
    expect(results[2]).toEqual([{ name: "Renamed" }]);
    const [reads, stored] = await db.read((orm) => [
      orm.select({ name: orgs.name }).from(orgs).where(eq(orgs.slug, slug)),
      orm.select({ n: count() }).from(orgs).where(eq(orgs.slug, slug)),
    ]);
    expect(db.metrics.batches).toBe(2);
    expect(db.metrics.queries).toBe(sequential ? 11 : 2);
    expect(reads).toEqual([{ name: "Upserted" }]);
    expect(stored).toEqual([{ n: 1 }]);
    await db.close();
  });

  it.runIf(dialect === "mysql")(
    "gives each of several MySQL queries sent together the row shape it asked for",
    async () => {
      const db = testDatabase();
      const user = await makeUser(db);
      const before = db.metrics.queries;
      const orm = db.orm as unknown as {
        execute(query: ReturnType<typeof sql>): Promise<[unknown[], unknown]>;
      };
      // Started in the same tick (`then` starts a Drizzle query), so they travel
      // as one multi-statement query (sent in turn: one query each).
      const [[raw], typed] = await Promise.all([
        orm.execute(sql`select 1 as one, 'a' as letter`),
        db.orm
          .select({ name: db.t.users.displayName })
          .from(db.t.users)
          .where(eq(db.t.users.id, user.id))
          .then((rows) => rows),
      ]);
      expect(db.metrics.queries - before).toBe(sequential ? 2 : 1);
      expect(raw).toEqual([{ one: 1, letter: "a" }]);
      expect(typed).toEqual([{ name: user.displayName }]);
      await db.close();
    },
  );

  it("a failed atomic write maps to 409, not 500", async () => {
    const db = testDatabase();
    const slug = unique("org");
    const error = await db
      .atomic((orm) => [
        orm.insert(db.t.organizations).values({ name: "A", slug }),
        orm.insert(db.t.organizations).values({ name: "B", slug }),
      ])
      .catch((e: unknown) => e);
    expect(toApiError(error).status).toBe(409);
    await db.close();
  });

  it.for([
    // 7 columns → at most 14 rows per statement on D1.
    { limit: "100 bound parameters", count: 250, description: "bulk", d1Statements: 18 },
    // 20 KB of three-byte characters per row: five rows would pass 100 KB.
    { limit: "100 KB", count: 12, description: "語".repeat(20_000 / 3), d1Statements: 3 },
  ])("chunks multi-row inserts under D1's $limit per statement", async (c) => {
    const db = testDatabase();
    const { t } = db;
    const category = unique("bulk").slice(0, 32);
    const rows = Array.from({ length: c.count }, (_, i) => ({
      slug: `${category}:${i}`.slice(0, 64),
      name: `Action ${i}`,
      description: c.description,
      category,
    }));
    const statements = db.insertChunks(db.orm, t.permissionActions, rows);
    if (dialect === "d1") expect(statements.length).toBe(c.d1Statements);
    await db.atomic(() => statements);
    const [row] = await db.orm
      .select({ n: count() })
      .from(t.permissionActions)
      .where(eq(t.permissionActions.category, category));
    expect(row?.n).toBe(c.count);
    expect(typeof row?.n).toBe("number");
    await db.close();
  });

  it("skips rows whose key exists with ignoreDuplicates, and only those", async () => {
    const db = testDatabase();
    const { t } = db;
    const category = unique("seed").slice(0, 32);
    const action = (i: number, name: string) => ({
      id: uuidv7(),
      slug: `${category}:${i}`.slice(0, 64),
      name,
      category,
    });
    const first = Array.from({ length: 30 }, (_, i) => action(i, `Première ${i} ✨`));
    await db.atomic((orm) => db.insertChunks(orm, t.permissionActions, first));
    // The same ids again with other names, plus five new rows: the old rows stay as they were.
    const again = [
      ...first.map((row) => ({ ...row, name: "changed" })),
      ...Array.from({ length: 5 }, (_, i) => action(30 + i, `新しい ${i}`)),
    ];
    await db.atomic((orm) =>
      db.insertChunks(orm, t.permissionActions, again, { ignoreDuplicates: true }),
    );
    const rows = await db.orm
      .select({ name: t.permissionActions.name })
      .from(t.permissionActions)
      .where(eq(t.permissionActions.category, category));
    expect(rows).toHaveLength(35);
    expect(rows.filter((row) => row.name === "changed")).toEqual([]);
    // Without it a duplicate key fails the whole write.
    const error = await db
      .atomic((orm) => db.insertChunks(orm, t.permissionActions, again))
      .catch((e: unknown) => e);
    expect(toApiError(error).status).toBe(409);
    await db.close();
  });

  it("returns inserted rows with dates, JSON and booleans as JavaScript values", async () => {
    const db = testDatabase();
    const { t } = db;
    const [user] = await db.insertReturning(t.users, [
      { email: `${unique("u")}@example.com`, displayName: "Ada", theme: { accent: "#f60" } },
    ]);
    expect(user?.theme).toEqual({ accent: "#f60" });
    expect(user?.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(user!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    const [subscription] = await db.insertReturning(t.userSubscriptions, [
      {
        userId: user!.id,
        activeFeatures: ["a", "b"],
        active: true,
        cycleStart: new Date(1_700_000_000_123),
      },
    ]);
    expect(subscription).toMatchObject({
      active: true,
      activeFeatures: ["a", "b"],
      discountPct: 0,
    });
    expect(subscription?.cycleStart?.getTime()).toBe(1_700_000_000_123);
    await db.close();
  });

  it("upserts update the existing row instead of failing", async () => {
    const db = testDatabase();
    const { t } = db;
    const slug = unique("act").slice(0, 64);
    const write = (name: string) =>
      db.atomic((orm) => [
        ...db.upsert(
          orm,
          t.permissionActions,
          { slug, name, category: "test" },
          {
            target: [t.permissionActions.slug],
            set: { name },
          },
        ),
      ]);
    await write("first");
    await write("second");
    const rows = await db.orm
      .select()
      .from(t.permissionActions)
      .where(eq(t.permissionActions.slug, slug));
    expect(rows.map((r) => r.name)).toEqual(["second"]);
    await db.close();
  });

  it("searches text case-insensitively with wildcards taken literally", async () => {
    const db = testDatabase();
    const { t } = db;
    const category = unique("search").slice(0, 32);
    const names = ["Ab%c", "AB_d", "abxc", "zzz"];
    await db.atomic((orm) => [
      orm
        .insert(t.permissionActions)
        .values(names.map((name) => ({ slug: `${category}:${name}`, name, category }))),
    ]);
    const search = async (term: string) => {
      const rows = await db.orm
        .select({ name: t.permissionActions.name })
        .from(t.permissionActions)
        .where(
          and(
            eq(t.permissionActions.category, category),
            db.containsText(t.permissionActions.name, term),
          ),
        );
      return rows.map((row) => row.name).sort();
    };
    expect(await search("ab")).toEqual(["AB_d", "Ab%c", "abxc"]);
    expect(await search("%")).toEqual(["Ab%c"]);
    expect(await search("_")).toEqual(["AB_d"]);
    await db.close();
  });

  // MariaDB refuses outer references in derived tables, which Drizzle's relational
  // queries use for one-to-one relations; many-relations work everywhere.
  it("runs relational queries with embedded relations in one round trip", async () => {
    const db = testDatabase();
    const { t } = db;
    const resourceId = uuidv7();
    const owner = uuidv7();
    await db.atomic((orm) => [
      orm.insert(t.resources).values({
        id: resourceId,
        ownerType: "user",
        ownerId: owner,
        type: "post",
        title: "Hello",
      }),
      orm.insert(t.posts).values({ resourceId, body: "Body" }),
      orm.insert(t.resourceAuthors).values([
        { resourceId, authorType: "user", authorId: owner, role: "author" },
        { resourceId, authorType: "workspace", authorId: uuidv7(), role: "publisher" },
      ]),
    ]);
    const before = db.metrics.queries;
    const resource = await db.orm.query.resources.findFirst({
      where: eq(t.resources.id, resourceId),
      with: { authors: true, ...(dialect === "mysql" ? {} : { post: true as const }) },
    });
    expect(db.metrics.queries - before).toBe(1);
    if (dialect !== "mysql") {
      expect((resource as { post?: { body: string } } | undefined)?.post?.body).toBe("Body");
    }
    expect(resource?.status).toBe("LISTED");
    expect(resource?.authors.map((a) => a.role).sort()).toEqual(["author", "publisher"]);
    await db.close();
  });

  it("keeps every column of joined rows whose column names collide", async () => {
    const db = testDatabase();
    const { t } = db;
    const resourceId = uuidv7();
    const authorRowId = uuidv7();
    await db.atomic((orm) => [
      orm.insert(t.resources).values({
        id: resourceId,
        ownerType: "user",
        ownerId: uuidv7(),
        type: "song",
        title: unique("joined"),
      }),
      orm.insert(t.resourceAuthors).values({
        id: authorRowId,
        resourceId,
        authorType: "user",
        authorId: uuidv7(),
      }),
    ]);
    const rows = await db.orm
      .select()
      .from(t.resources)
      .innerJoin(t.resourceAuthors, eq(t.resourceAuthors.resourceId, t.resources.id))
      .where(eq(t.resources.id, resourceId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.resources.id).toBe(resourceId);
    expect(rows[0]?.resource_authors.id).toBe(authorRowId);
    expect(rows[0]?.resources.type).toBe("song");
    await db.close();
  });

  it("keeps column order when a selected column's name looks like a number", async () => {
    const db = testDatabase();
    const user = await makeUser(db);
    const [row] = await db.orm
      .select({ id: db.t.users.id, zero: sql<number>`0`, name: db.t.users.displayName })
      .from(db.t.users)
      .where(eq(db.t.users.id, user.id));
    expect(row).toEqual({ id: user.id, zero: 0, name: user.displayName });
    await db.close();
  });

  it("counts round trips and, on D1, rows read and written", async () => {
    const db = testDatabase();
    await db.orm
      .select()
      .from(db.t.permissionActions)
      .where(like(db.t.permissionActions.slug, "none:%"))
      .limit(1);
    expect(db.metrics.queries).toBe(1);
    expect(db.metrics.reportsRows).toBe(dialect === "d1");
    expect(db.metrics.toServerTiming()).toMatch(/^db;dur=[\d.]+;desc="queries=1/);
    await db.close();
  });

  it.runIf(dialect === "postgres")(
    "turns off Postgres JIT, which costs seconds on permission-filtered lists",
    async () => {
      const db = testDatabase();
      const orm = db.orm as unknown as {
        execute(query: ReturnType<typeof sql>): Promise<{ rows: { jit: string }[] }>;
      };
      const { rows } = await orm.execute(sql`show jit`);
      expect(rows).toEqual([{ jit: "off" }]);
      await db.close();
    },
  );
});
