/**
 * How statements issued together reach the database (DATABASE_BATCHING):
 * `/v1/health` says which form is in use, and under `auto` a server that
 * refuses the batched form gets every statement in turn from the first
 * refusal on: a MySQL connection without multi-statement queries (as behind a
 * proxy that strips the capability), and Postgres behind a proxy that refuses
 * pipelining. Requests answer as before and atomic writes stay atomic; an
 * ordinary SQL error in a batch is that request's error and changes nothing.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { count, eq, inArray, type SQL, sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { createApp } from "../../src/app";
import { type Bindings, loadConfig } from "../../src/config";
import { type Database, openDatabase } from "../../src/db/database";
import type { Batching } from "../../src/db/drivers/batching";
import { uuidv7 } from "../../src/db/ids";
import { api, dialect, json, sequential, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeResource, makeUser } from "./support/fixtures";

const db = testDatabase();

describe("/v1/health", () => {
  it("reports how statements issued together reach the database", async () => {
    const expected = {
      d1: "batch",
      postgres: sequential ? "sequential" : "pipeline",
      mysql: sequential ? "sequential" : "multi-statement",
    }[dialect];
    const health = await json(await api("/v1/health"));
    expect(health.data.database).toMatchObject({ dialect, ok: true, batching: expected });
  });
});

describe.runIf(dialect === "mysql" && !sequential)(
  "a MySQL server refusing multi-statement queries",
  () => {
    /**
     * The suite's URL with multiple statements off for the connection: the server
     * then parses a multi-statement query as one statement and refuses it
     * (ER_PARSE_ERROR) before running any of it. The isolate remembers the
     * refusal per URL: `connectTimeout` (harmless) gives each test a URL of its own.
     */
    function refusingEnv(test: number): Bindings {
      const url = new URL(env.DATABASE_URL!);
      url.searchParams.set("flags", "-MULTI_STATEMENTS");
      url.searchParams.set("connectTimeout", String(10_000 + test));
      return { ...env, DATABASE_URL: url.toString() };
    }

    it("retries the first refused write in turn, and a failing atomic write leaves nothing", () =>
      // Refused (1), probed (1), then in turn: start transaction, the first insert,
      // the failing one; then the rollback.
      refusedWriteStaysAtomic(refusingEnv(1), {
        batched: "multi-statement",
        duplicate: "ER_DUP_ENTRY",
        roundTrips: 6,
      }));

    it("answers requests as the batched worker does, and health reports sequential", () =>
      answersInTurnLikeTheBatchedWorker(refusingEnv(2), "multi-statement"));
  },
);

describe.runIf(dialect === "postgres" && !sequential)(
  "a proxy refusing Postgres pipelining",
  () => {
    /**
     * The suite's database through a proxy that answers a query arriving before
     * the previous one's ReadyForQuery with FATAL 08P01 and closes the connection
     * (test/support/pipelining-refusing-proxy.ts). The isolate remembers a
     * refusal per URL: `application_name` gives each test a URL of its own.
     */
    function refusingEnv(test: number): Bindings {
      const url = new URL(inject("pipeliningRefusingPostgresUrl"));
      url.searchParams.set("application_name", `hearth-refused-${test}`);
      return { ...env, DATABASE_URL: url.toString() };
    }
    const open = (bindings: Bindings) => openDatabase(bindings, loadConfig(bindings).database);

    it("sends the refused reads again in turn, and the URL stays sequential", async () => {
      const [user] = await db.insertReturning(db.t.users, [
        { email: `${uuidv7()}@ñandú.example`, displayName: "Ñandú 🐦 北京" },
      ]);
      const first = open(refusingEnv(1));
      expect(first.batching()).toBe("pipeline");
      const [rows, [counted]] = await first.read((orm) => [
        orm.select().from(first.t.users).where(eq(first.t.users.id, user!.id)),
        orm.select({ n: count() }).from(first.t.users).where(eq(first.t.users.id, user!.id)),
      ]);
      await first.close();
      expect(rows.map((row) => row.displayName)).toEqual(["Ñandú 🐦 北京"]);
      expect(counted).toEqual({ n: 1 });
      expect(first.batching()).toBe("sequential");
      // Refused (1), probed (2: one select, then two pipelined), then in turn (2).
      expect(first.metrics.toServerTiming()).toMatch(/desc="queries=5 batches=1"/);

      const second = open(refusingEnv(1));
      expect(second.batching()).toBe("sequential");
      await second.close();
    });

    it("sends a refused atomic write again in turn; a failing one leaves nothing", () =>
      // Refused (1: the commit held back), probed (2), then in turn: start
      // transaction, the first insert, the failing one; then the rollback.
      refusedWriteStaysAtomic(refusingEnv(2), {
        batched: "pipeline",
        duplicate: "23505",
        roundTrips: 7,
      }));

    it("answers requests as the pipelined worker does, and health reports sequential", () =>
      answersInTurnLikeTheBatchedWorker(refusingEnv(3), "pipeline"));
  },
);

describe.runIf(dialect === "postgres" && !sequential)("an SQL error in a Postgres pipeline", () => {
  const execute = (database: Database, statement: SQL) =>
    (database.orm as unknown as { execute(q: SQL): Promise<unknown> }).execute(statement);
  /**
   * The suite's own server, with a URL of its own, after two pipelined reads
   * were answered: from then on writes are pipelined too (commit included).
   */
  async function directDatabase(test: number): Promise<Database> {
    const url = new URL(env.DATABASE_URL!);
    url.searchParams.set("application_name", `hearth-sql-error-${test}`);
    const bindings = { ...env, DATABASE_URL: url.toString() };
    const database = openDatabase(bindings, loadConfig(bindings).database);
    await Promise.all([execute(database, sql`select 1`), execute(database, sql`select 2`)]);
    return database;
  }
  const codeOf = (outcome: PromiseSettledResult<unknown>) =>
    outcome.status === "rejected"
      ? (outcome.reason as { cause?: { code?: string } }).cause?.code
      : "ok";

  it("is that statement's error: no probe, and pipelining stays", async () => {
    const database = await directDatabase(1);
    // Issued in the same tick: one pipelined group.
    const outcomes = await Promise.allSettled([
      execute(database, sql`select 1`),
      execute(
        database,
        sql`do $$ begin raise exception 'could not serialize' using errcode = '40001'; end $$`,
      ),
      execute(database, sql`select 1 / 0`),
    ]);
    expect(outcomes.map(codeOf)).toEqual(["ok", "40001", "22012"]);
    // The warm-up and the group, each one round trip.
    expect(database.metrics.queries).toBe(2);

    const owner = await makeUser(db);
    const first = { id: uuidv7(), email: `${uuidv7()}@ex.com`, displayName: "Ana María 🌻" };
    const failing = database.atomic((orm) => [
      orm.insert(database.t.users).values(first),
      orm.insert(database.t.users).values({ id: uuidv7(), email: owner.email, displayName: "Dup" }),
    ]);
    await expect(failing).rejects.toMatchObject({ cause: { code: "23505" } });
    await database.close();
    // The write's group, its commit included, and the rollback.
    expect(database.metrics.queries).toBe(4);
    expect(database.batching()).toBe("pipeline");
    expect(await db.orm.select().from(db.t.users).where(eq(db.t.users.id, first.id))).toEqual([]);
    const again = await directDatabase(1);
    expect(again.batching()).toBe("pipeline");
    await again.close();
  });

  it("of the connection class (08) is probed, and pipelining stays when the probe passes", async () => {
    const database = await directDatabase(2);
    const outcomes = await Promise.allSettled([
      execute(database, sql`select 1`),
      execute(database, sql`do $$ begin raise exception 'lost' using errcode = '08006'; end $$`),
    ]);
    await database.close();
    expect(outcomes.map(codeOf)).toEqual(["ok", "08006"]);
    // The warm-up (1), the group (1) and the probe (2), which pipelining passes.
    expect(database.metrics.queries).toBe(4);
    expect(database.batching()).toBe("pipeline");
  });
});

/**
 * The first group sent to a database refusing the batched form is a write whose
 * second insert fails (the email is taken): sent again in turn after the
 * refusal, it fails there and leaves nothing. The URL is sequential from then
 * on, and a good atomic write commits whole.
 */
async function refusedWriteStaysAtomic(
  refusing: Bindings,
  expected: { batched: Batching; duplicate: string; roundTrips: number },
) {
  const first = openDatabase(refusing, loadConfig(refusing).database);
  expect(first.batching()).toBe(expected.batched);
  const written = { id: uuidv7(), email: `${uuidv7()}@例え.jp`, displayName: "Zoë 🌱 山田" };
  const failing = first.atomic((orm) => [
    orm.insert(first.t.users).values(written),
    orm.insert(first.t.users).values({ id: uuidv7(), email: written.email, displayName: "Dup" }),
  ]);
  await expect(failing).rejects.toMatchObject({ cause: { code: expected.duplicate } });
  await first.close();
  expect(first.batching()).toBe("sequential");
  expect(first.metrics.queries).toBe(expected.roundTrips);
  expect(await db.orm.select().from(db.t.users).where(eq(db.t.users.id, written.id))).toEqual([]);

  const second = openDatabase(refusing, loadConfig(refusing).database);
  expect(second.batching()).toBe("sequential");
  const ids = [uuidv7(), uuidv7()];
  await second.atomic((orm) =>
    ids.map((id) =>
      orm
        .insert(second.t.users)
        .values({ id, email: `${id}@example.com`, displayName: "Søren 🦊" }),
    ),
  );
  const [rows, again] = await second.read((orm) => [
    orm.select().from(second.t.users).where(inArray(second.t.users.id, ids)),
    orm.select().from(second.t.users).where(eq(second.t.users.id, ids[0]!)),
  ]);
  await second.close();
  expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
  expect(again).toHaveLength(1);
  // start transaction, two inserts, commit; then two selects: 6 round trips in 2 batches.
  expect(second.metrics.toServerTiming()).toMatch(/desc="queries=6 batches=2"/);
}

/**
 * Requests to a worker whose database refuses the batched form answer as the
 * batched worker's do, each group of statements one round trip per statement
 * once the first refused group was sent again, and `/v1/health` reports
 * `sequential` from then on.
 */
async function answersInTurnLikeTheBatchedWorker(refusing: Bindings, batched: Batching) {
  const app = createApp();
  const call = async (path: string, init?: RequestInit) => {
    const ctx = createExecutionContext();
    const response = await app.request(path, init, refusing, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  };
  expect((await json(await call("/v1/health"))).data.database.batching).toBe(batched);

  const owner = await makeUser(db);
  const { key } = await makeApiKey(db, { type: "user", id: owner.id });
  const resource = await makeResource(db, { type: "user", id: owner.id });
  const comment = await call("/v1/engagements", {
    method: "POST",
    headers: { ...bearer(key), "content-type": "application/json" },
    body: JSON.stringify({
      action: "comment",
      object: { type: "resource", id: resource.id },
      text: "很好 👍 déjà vu",
    }),
  });
  expect(comment.status).toBe(201);

  // Reads issued together, one batch each (one round trip when batched), and
  // here one round trip per statement: the access check and the counts; the
  // object check, the page with its comments, its mentions, and its count.
  for (const [path, statements] of [
    [`/v1/resources/${resource.id}/engagements/counts`, 2],
    [`/v1/resources/${resource.id}/engagements?count=true`, 4],
  ] as const) {
    const inTurn = await call(path, { headers: bearer(key) });
    expect(inTurn.status).toBe(200);
    expect(await inTurn.text()).toBe(await (await api(path, { headers: bearer(key) })).text());
    expect(inTurn.headers.get("server-timing")).toMatch(`desc="queries=${statements} batches=1"`);
  }
  const page = await json(
    await call(`/v1/resources/${resource.id}/engagements`, { headers: bearer(key) }),
  );
  expect(page.data[0].text).toBe("很好 👍 déjà vu");
  expect((await json(await call("/v1/health"))).data.database.batching).toBe("sequential");
  // The batched worker on the suite's own URL is untouched.
  expect((await json(await api("/v1/health"))).data.database.batching).toBe(batched);
}
