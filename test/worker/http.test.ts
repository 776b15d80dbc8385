import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { createRoute, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { uuidv7 } from "../../src/db/ids";
import { ApiError } from "../../src/errors";
import { createRouter } from "../../src/http/router";
import { api, dialect } from "./support/api";

const ENVELOPE_KEYS = ["code", "message", "request_id"];

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: Record<string, unknown> };
  for (const key of ENVELOPE_KEYS) expect(body.error).toHaveProperty(key);
  expect(body.error.code).toBe(code);
  expect(body.error.request_id).toBe(response.headers.get("x-request-id"));
  return body.error;
}

describe("foundation routes", () => {
  it("reports health with the dialect in use and db metrics", async () => {
    const response = await api("/v1/health");
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { status: string; database: { dialect: string; ok: boolean } };
    };
    expect(body.data.status).toBe("ok");
    expect(body.data.database).toMatchObject({ dialect, ok: true });
    const timing = response.headers.get("server-timing") ?? "";
    expect(timing).toMatch(
      /^db;dur=\d+(\.\d+)?;desc="queries=1( rows_read=\d+ rows_written=\d+)?"$/,
    );
    if (dialect === "d1") expect(timing).toContain("rows_read=");
  });

  it("serves the OpenAPI document and the reference page", async () => {
    const doc = await api("/openapi.json");
    expect(doc.status).toBe(200);
    const spec = (await doc.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toBe("3.1.0");
    expect(spec.paths).toHaveProperty("/v1/health");

    const page = await api("/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    // Scalar comes from this worker's own assets, never a CDN.
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self';");
    const html = await page.text();
    expect(html).toContain("/openapi.json");
    expect(html).toContain('<script src="/docs/scalar-api-reference.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("sends visitors of the root to the reference page", async () => {
    const response = await api("/", { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/docs");
  });

  it("gives every response a request id, and keeps a well-formed incoming one", async () => {
    const generated = await api("/v1/health");
    expect(generated.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    const kept = await api("/v1/health", { headers: { "x-request-id": "client-trace-42" } });
    expect(kept.headers.get("x-request-id")).toBe("client-trace-42");
  });

  it("answers CORS preflights and exposes the diagnostic headers", async () => {
    const response = await api("/v1/health", {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const simple = await api("/v1/health", { headers: { origin: "https://app.example" } });
    expect(simple.headers.get("access-control-expose-headers")).toContain("Server-Timing");
  });
});

describe("error envelope", () => {
  // Routes that exist only in this test, to exercise each failure path of the real app.
  const Body = z.object({ name: z.string().min(1), count: z.number().int() });
  // Mounted under /v1, they get the API's whole middleware stack (database included).
  const probe = createRouter();
  probe.openapi(
    createRoute({
      method: "post",
      path: "/probe/echo",
      request: { body: { content: { "application/json": { schema: Body } }, required: true } },
      responses: { 200: { description: "Echo" } },
    }),
    (c) => c.json({ data: c.req.valid("json") }, 200),
  );
  probe.openapi(
    createRoute({
      method: "get",
      path: "/probe/items/{id}",
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 200: { description: "Item" } },
    }),
    (c) => c.json({ data: c.req.valid("param") }, 200),
  );
  probe.get("/probe/forbidden", () => {
    throw new ApiError(403, "Not yours");
  });
  probe.get("/probe/crash", () => {
    throw new Error("secret internal detail: password=hunter2");
  });
  probe.get("/probe/duplicate", async (c) => {
    const { orm, t } = c.get("db");
    const slug = `dup-${uuidv7()}`;
    await orm.insert(t.organizations).values({ name: "First", slug });
    await orm.insert(t.organizations).values({ name: "Second", slug });
    return c.json({ data: null });
  });
  probe.get("/probe/missing-reference", async (c) => {
    const { orm, t } = c.get("db");
    await orm
      .insert(t.users)
      .values({ email: `${uuidv7()}@example.com`, displayName: "X", organizationId: uuidv7() });
    return c.json({ data: null });
  });
  const app = createApp();
  app.route("/v1", probe);

  async function call(path: string, init?: RequestInit) {
    const ctx = createExecutionContext();
    const response = await app.request(path, init, env, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  }
  const json = (body: string, extra: Record<string, string> = {}) => ({
    method: "POST",
    headers: { "content-type": "application/json", ...extra },
    body,
  });

  it("unknown routes → 404", async () => {
    await expectError(await call("/v1/no/such/route"), 404, "not_found");
    await expectError(await call("/no-such-page"), 404, "not_found");
  });

  it("malformed JSON → 400", async () => {
    await expectError(await call("/v1/probe/echo", json("{not json")), 400, "bad_request");
  });

  it("a body that is not JSON → 415", async () => {
    const response = await call("/v1/probe/echo", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "name=x",
    });
    await expectError(response, 415, "unsupported_media_type");
  });

  it("an invalid body → 422 naming each field", async () => {
    const error = await expectError(
      await call("/v1/probe/echo", json(JSON.stringify({ name: "", count: 1.5 }))),
      422,
      "validation_failed",
    );
    const paths = (error.details as { path: string }[]).map((d) => d.path).sort();
    expect(paths).toEqual(["count", "name"]);
  });

  it("bad path parameters → 400", async () => {
    const error = await expectError(await call("/v1/probe/items/not-a-uuid"), 400, "bad_request");
    expect(error.details).toEqual([expect.objectContaining({ location: "param", path: "id" })]);
  });

  it("a body over the size limit → 413", async () => {
    const big = JSON.stringify({ name: "x".repeat(2 * 1024 * 1024), count: 1 });
    await expectError(await call("/v1/probe/echo", json(big)), 413, "payload_too_large");
  });

  it("thrown API errors keep their status", async () => {
    const error = await expectError(await call("/v1/probe/forbidden"), 403, "forbidden");
    expect(error.message).toBe("Not yours");
  });

  it("unexpected errors → 500 without leaking the cause", async () => {
    const response = await call("/v1/probe/crash");
    const error = await expectError(response, 500, "internal_error");
    expect(JSON.stringify(error)).not.toContain("hunter2");
  });

  it("unique violations → 409, missing references → 422", async () => {
    await expectError(await call("/v1/probe/duplicate"), 409, "conflict");
    await expectError(await call("/v1/probe/missing-reference"), 422, "validation_failed");
  });
});
