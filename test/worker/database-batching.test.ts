/**
 * How statements issued together reach the database (DATABASE_BATCHING):
 * `/v1/health` says which form is in use, and under `auto` a MySQL server that
 * refuses multi-statement queries (a connection without them, as behind a
 * proxy that strips the capability) gets every statement in turn from the
 * first refusal on: requests answer as before and atomic writes stay atomic.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { type Bindings, loadConfig } from "../../src/config";
import { openDatabase } from "../../src/db/database";
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

    it("retries the first refused write in turn, and a failing atomic write leaves nothing", async () => {
      const refusing = refusingEnv(1);
      const first = openDatabase(refusing, loadConfig(refusing).database);
      expect(first.batching()).toBe("multi-statement");
      const written = { id: uuidv7(), email: `${uuidv7()}@例え.jp`, displayName: "Zoë 🌱 山田" };
      // The refused group is this write; its second statement fails (the email is taken).
      const failing = first.atomic((orm) => [
        orm.insert(first.t.users).values(written),
        orm
          .insert(first.t.users)
          .values({ id: uuidv7(), email: written.email, displayName: "Dup" }),
      ]);
      await expect(failing).rejects.toMatchObject({ cause: { code: "ER_DUP_ENTRY" } });
      await first.close();
      expect(first.batching()).toBe("sequential");
      // Refused (1), probed (1), then in turn: start transaction, the first insert, the
      // failing one; then the rollback.
      expect(first.metrics.queries).toBe(6);
      expect(await db.orm.select().from(db.t.users).where(eq(db.t.users.id, written.id))).toEqual(
        [],
      );

      // The same URL is sequential from the start now, and a good write commits whole.
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
    });

    it("answers requests as the batched worker does, and health reports sequential", async () => {
      const refusing = refusingEnv(2);
      const app = createApp();
      const call = async (path: string, init?: RequestInit) => {
        const ctx = createExecutionContext();
        const response = await app.request(path, init, refusing, ctx);
        await waitOnExecutionContext(ctx);
        return response;
      };
      expect((await json(await call("/v1/health"))).data.database.batching).toBe("multi-statement");

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
        expect(inTurn.headers.get("server-timing")).toMatch(
          `desc="queries=${statements} batches=1"`,
        );
      }
      const page = await json(
        await call(`/v1/resources/${resource.id}/engagements`, { headers: bearer(key) }),
      );
      expect(page.data[0].text).toBe("很好 👍 déjà vu");
      expect((await json(await call("/v1/health"))).data.database.batching).toBe("sequential");
      // The batched worker on the suite's own URL is untouched.
      expect((await json(await api("/v1/health"))).data.database.batching).toBe("multi-statement");
    });
  },
);
