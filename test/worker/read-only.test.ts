/**
 * Read-only mode (READ_ONLY, for a database cutover): every documented write
 * answers 503 `read_only` with Retry-After, to anyone, and changes no row;
 * reads answer as they do with the mode off; /v1/health reports it; it is off
 * by default.
 */
import { env } from "cloudflare:test";
import { eq, sql } from "drizzle-orm";
import { sign } from "hono/jwt";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, apiWith, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  makeApiKey,
  makeOrganization,
  makeResource,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";
import {
  bodyContent,
  exampleOf,
  fillPath,
  hasBody,
  type Operation,
  operations,
} from "./support/operations";

const RETRY_AFTER = "120";
/** Calls the worker's app as deployed with READ_ONLY=true. */
const frozen = apiWith({
  ...env,
  READ_ONLY: "true",
  READ_ONLY_RETRY_AFTER: RETRY_AFTER,
  JWT_PROVISION_USERS: "true",
});

/** Rows in every table. */
async function rowCounts(db: Database) {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(db.t)) {
    const [row] = (await db.orm
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(table as never)) as { n: number }[];
    counts[name] = row!.n;
  }
  return counts;
}

const WRITES = operations.filter((operation) => operation.method !== "GET");

describe(`read-only mode on ${dialect}`, () => {
  it("every write answers 503 read_only with Retry-After, to admins and guests, and writes nothing", async () => {
    expect(WRITES.length).toBeGreaterThan(25);
    const db = testDatabase();
    const person = await makeUser(db);
    const admin = (await makeApiKey(db, { type: "user", id: person.id }, ["admin"])).key;
    const organization = await makeOrganization(db);
    const workspace = await makeWorkspace(db, { type: "user", id: person.id });
    const resource = await makeResource(db, { type: "workspace", id: workspace.id });
    const team = await makeTeam(db, person.id, [person.id]);
    const existing: Record<string, string> = {
      users: person.id,
      workspaces: workspace.id,
      resources: resource.id,
      teams: team.id,
      organizations: organization.id,
    };
    const pathValue = (operation: Operation) => (param: string) => {
      if (param === "cycle") return "monthly";
      if (param === "userId") return person.id;
      const prefix = operation.path.slice(0, operation.path.indexOf(`{${param}}`) - 1);
      return existing[prefix.split("/").pop()!] ?? crypto.randomUUID();
    };
    const bodyIds = (name: string) =>
      name.includes("workspace")
        ? workspace.id
        : name.includes("organization")
          ? organization.id
          : name.includes("user") || name === "id"
            ? person.id
            : resource.id;

    const before = await rowCounts(db);
    const wrong: string[] = [];
    for (const operation of WRITES) {
      const url = fillPath(operation, pathValue(operation));
      const body = hasBody(operation)
        ? JSON.stringify(exampleOf(bodyContent(operation).schema, bodyIds))
        : undefined;
      for (const credentials of [bearer(admin), {}]) {
        const response = await frozen(url, {
          method: operation.method,
          headers: {
            ...credentials,
            ...(body ? { "content-type": bodyContent(operation).type } : {}),
          },
          body,
        });
        const answer = await json(response);
        const retryAfter = response.headers.get("retry-after");
        // No Server-Timing (SERVER_TIMING is on): the database was never opened.
        const timing = response.headers.get("server-timing");
        if (
          response.status !== 503 ||
          answer.error?.code !== "read_only" ||
          retryAfter !== RETRY_AFTER ||
          timing !== null
        ) {
          wrong.push(
            `${operation.method} ${url} → ${response.status} ${answer.error?.code} Retry-After ${retryAfter} ${timing}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(await rowCounts(db)).toEqual(before);
  }, 60_000);

  it("refuses even a write the unfrozen worker accepts, and a body too large or not JSON", async () => {
    const db = testDatabase();
    const person = await makeUser(db);
    const key = (await makeApiKey(db, { type: "user", id: person.id }, ["admin"])).key;
    const body = { name: "Atelier Café 🎨 東京", slug: `atelier-${crypto.randomUUID()}` };
    const init = {
      method: "POST",
      headers: { ...bearer(key), "content-type": "application/json" },
      body: JSON.stringify(body),
    };
    const refused = await frozen("/v1/workspaces", init);
    expect(refused.status).toBe(503);
    expect((await json(refused)).error).toMatchObject({
      code: "read_only",
      request_id: refused.headers.get("x-request-id"),
    });

    const tooLarge = await frozen("/v1/workspaces", {
      ...init,
      body: JSON.stringify({ ...body, name: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(tooLarge.status).toBe(503);
    const notJson = await frozen("/v1/workspaces", {
      ...init,
      headers: { ...bearer(key), "content-type": "text/plain" },
      body: "name=x",
    });
    expect(notJson.status).toBe(503);
    await tooLarge.body?.cancel();
    await notJson.body?.cancel();

    // The same request, with the mode off (the default): created.
    const accepted = await postJson("/v1/workspaces", body, { headers: bearer(key) });
    expect(accepted.status).toBe(201);
    expect((await json(accepted)).data.name).toBe(body.name);
  });

  it("reads answer as they do with the mode off", async () => {
    const db = testDatabase();
    const person = await makeUser(db);
    const key = (await makeApiKey(db, { type: "user", id: person.id }, ["admin"])).key;
    const workspace = await makeWorkspace(db, { type: "user", id: person.id });
    await makeResource(db, { type: "workspace", id: workspace.id });
    for (const path of [
      `/v1/workspaces/${workspace.id}`,
      `/v1/resources?owner_type=workspace&owner_id=${workspace.id}`,
      "/v1/me",
    ]) {
      const read = await frozen(path, { headers: bearer(key) });
      const usual = await api(path, { headers: bearer(key) });
      expect(read.status, path).toBe(200);
      expect(await read.text(), path).toBe(await usual.text());
    }
    // A guest's read too.
    const guest = await frozen(`/v1/workspaces/${workspace.id}`);
    expect(guest.status).toBe(200);
    await guest.body?.cancel();
  });

  it("reads write nothing either: no API key use recorded, no user provisioned from a token", async () => {
    const db = testDatabase();
    const person = await makeUser(db);
    const lastUsed = async (id: string) =>
      (await db.orm.select().from(db.t.apiKeys).where(eq(db.t.apiKeys.id, id)))[0]!.lastUsedAt;
    const frozenKey = await makeApiKey(db, { type: "user", id: person.id });
    expect((await frozen("/v1/me", { headers: bearer(frozenKey.key) })).status).toBe(200);
    expect(await lastUsed(frozenKey.row.id)).toBeNull();
    // With the mode off, the same read records the key's use.
    const usualKey = await makeApiKey(db, { type: "user", id: person.id });
    expect((await api("/v1/me", { headers: bearer(usualKey.key) })).status).toBe(200);
    expect(await lastUsed(usualKey.row.id)).not.toBeNull();

    // JWT_PROVISION_USERS is on in the frozen app: a token nobody is linked to would create a user.
    const email = `Zoë.Tanaka+${crypto.randomUUID().slice(0, 8)}@example.jp`;
    const token = await sign(
      {
        iss: "https://clerk.hearth-demo.dev",
        sub: `user_2N${crypto.randomUUID().replace(/-/g, "").slice(-20)}`,
        email,
        name: "Zoë 田中 🌸",
        exp: Math.floor(Date.now() / 1000) + 600,
      },
      env.JWT_SECRET,
    );
    const before = await rowCounts(db);
    const refused = await frozen("/v1/me", { headers: bearer(token) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe(RETRY_AFTER);
    expect((await json(refused)).error.code).toBe("read_only");
    expect(await rowCounts(db)).toEqual(before);
    // A token for an existing user reads as usual.
    const known = await sign(
      { sub: person.id, exp: Math.floor(Date.now() / 1000) + 600 },
      env.JWT_SECRET,
    );
    expect((await frozen("/v1/me", { headers: bearer(known) })).status).toBe(200);
  });

  it("/v1/health reports it, and it is off by default", async () => {
    const on = await frozen("/v1/health");
    expect(on.status).toBe(200);
    expect((await json(on)).data).toMatchObject({ status: "ok", read_only: true });

    const off = await api("/v1/health");
    expect(off.status).toBe(200);
    expect((await json(off)).data).toMatchObject({ status: "ok", read_only: false });
  });

  it("the OpenAPI document gives every write the 503 and its Retry-After, and no read", () => {
    const undocumented = WRITES.filter((operation) => {
      const response = operation.spec.responses?.["503"];
      return !response?.headers?.["Retry-After"] || !/read_only/.test(response.description);
    }).map((operation) => `${operation.method} ${operation.path}`);
    expect(undocumented).toEqual([]);
    const reads = operations.filter(
      (operation) => operation.method === "GET" && operation.path !== "/v1/health",
    );
    expect(reads.filter((operation) => operation.spec.responses?.["503"])).toEqual([]);
  });

  it("browsers may read Retry-After, and preflights still answer", async () => {
    const origin = { origin: "https://app.example" };
    const refused = await frozen("/v1/workspaces", { method: "POST", headers: origin });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("access-control-expose-headers")?.toLowerCase()).toContain(
      "retry-after",
    );
    await refused.body?.cancel();
    const preflight = await frozen("/v1/workspaces", {
      method: "OPTIONS",
      headers: { ...origin, "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
  });
});
