/**
 * HTTP defaults every response keeps: HEAD for every GET path of the OpenAPI
 * document (the GET's status and headers, no body, no write), 405 with
 * `Allow` for every method a documented path does not serve (before
 * credentials and read-only mode), and the safety headers: nosniff, a CSP,
 * `Cache-Control` by who asked and how it went, `Vary` without repeats.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { REFERENCE_PAGE_CSP } from "../../src/domains/docs/reference-page";
import { API_CSP, GUEST_READ_CACHE, NOT_STORED } from "../../src/http/middleware/response-defaults";
import { api, dialect, json, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";
import { fillPath, openApiDocument, operations } from "./support/operations";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

/** Every documented path, filled with a random id where it takes one. */
const paths = Object.keys(openApiDocument.paths ?? {}).map((path) => ({
  template: path,
  url: fillPath({ method: "GET", path, spec: {} }, () => crypto.randomUUID()),
}));

/** A template as a pattern of the concrete paths it matches, as routing reads it. */
const pattern = (template: string) => new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);

/**
 * What a concrete path serves by the document alone: the methods of every
 * template it matches (`/things/order` also matches `/things/{id}`), HEAD
 * with GET, OPTIONS everywhere (CORS preflights).
 */
function documentedMethods(url: string): string[] {
  const served = new Set(
    operations.filter((operation) => pattern(operation.path).test(url)).map((o) => o.method),
  );
  if (served.has("GET")) served.add("HEAD");
  served.add("OPTIONS");
  return [...METHODS, "OPTIONS"].filter((method) => served.has(method));
}

/** Headers that differ between any two requests, whatever the method. */
const PER_REQUEST = new Set(["x-request-id", "server-timing", "x-d1-bookmark"]);
const stableHeaders = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => !PER_REQUEST.has(name)));

async function adminKey() {
  const db = testDatabase();
  return (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id }, ["admin"])).key;
}

/** The app as deployed with other variables (CORS allowlist, read-only mode). */
function appWith(vars: Record<string, string>) {
  const app = createApp();
  const appEnv = { ...env, ...vars } as never;
  return async (path: string, init?: RequestInit) => {
    const ctx = createExecutionContext();
    const response = await app.request(`http://hearth.test${path}`, init, appEnv, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  };
}

describe("HEAD", () => {
  it("answers every GET path of the document with the GET's status and headers, without a body", async () => {
    const key = await adminKey();
    const reads = paths.filter(({ template }) => openApiDocument.paths![template]!.get);
    expect(reads.length).toBeGreaterThan(20);
    const failures: string[] = [];
    let queried = 0;
    for (const { url } of reads) {
      const callers: Record<string, string>[] = [{}, bearer(key)];
      for (const headers of callers) {
        const get = await api(url, { headers });
        const getBody = new Uint8Array(await get.arrayBuffer());
        const head = await api(url, { method: "HEAD", headers });
        const who = "authorization" in headers ? "admin" : "guest";
        if (head.status !== get.status)
          failures.push(`HEAD ${url} (${who}) → ${head.status}, GET → ${get.status}`);
        if (head.body !== null || (await head.text()) !== "")
          failures.push(`HEAD ${url} (${who}) has a body`);
        expect.soft(stableHeaders(head), `HEAD ${url} (${who})`).toEqual(stableHeaders(get));
        // A HEAD may state the length the GET's body has, never another.
        const length = head.headers.get("content-length");
        if (length !== null && Number(length) !== getBody.byteLength)
          failures.push(`HEAD ${url} (${who}) Content-Length ${length}, GET ${getBody.byteLength}`);
        // D1 reports what a request that queried wrote: a HEAD writes nothing (the GET recorded the key's use).
        const written = /rows_written=(\d+)/.exec(head.headers.get("server-timing") ?? "")?.[1];
        if (written !== undefined) queried++;
        if (written !== undefined && written !== "0")
          failures.push(`HEAD ${url} (${who}) wrote ${written} rows`);
      }
    }
    expect(failures).toEqual([]);
    if (dialect === "d1") expect(queried).toBeGreaterThan(reads.length);
  }, 60_000);

  it("answers the reference page and the OpenAPI document too", async () => {
    for (const path of ["/docs", "/openapi.json"]) {
      const head = await api(path, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe("");
      expect(stableHeaders(head)).toEqual(stableHeaders(await api(path)));
    }
  });
});

describe("405 Method Not Allowed", () => {
  const unserved = paths.flatMap(({ url }) => {
    const allowed = documentedMethods(url);
    return METHODS.filter((method) => !allowed.includes(method)).map((method) => ({
      method,
      url,
      allow: allowed.join(", "),
    }));
  });

  it("answers every documented path asked with a method it does not serve, with Allow", async () => {
    expect(unserved.length).toBeGreaterThan(90);
    const failures: string[] = [];
    for (const { method, url, allow } of unserved) {
      // No credentials, bad ones, a body: none of it is looked at.
      const credentials: Record<string, string>[] = [{}, { authorization: "Bearer not-a-key" }];
      for (const headers of credentials) {
        const response = await api(url, {
          method,
          headers: { ...headers, "content-type": "application/json" },
          body: method === "HEAD" || method === "GET" ? undefined : "{not json",
        });
        const where = `${method} ${url}${"authorization" in headers ? " (bad key)" : ""}`;
        if (response.status !== 405) failures.push(`${where} → ${response.status}`);
        if (response.headers.get("allow") !== allow)
          failures.push(`${where} Allow: ${response.headers.get("allow")}, expected ${allow}`);
        if (response.headers.get("cache-control") !== NOT_STORED)
          failures.push(`${where} Cache-Control: ${response.headers.get("cache-control")}`);
        if (method === "HEAD") {
          if ((await response.text()) !== "") failures.push(`${where} has a body`);
        } else {
          const body = await json(response);
          if (body.error?.code !== "method_not_allowed")
            failures.push(`${where} code ${body.error?.code}`);
          if (body.error?.request_id !== response.headers.get("x-request-id"))
            failures.push(`${where} request_id`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it("answers 405, not the read-only 503: the method is never served, whenever asked", async () => {
    const frozen = appWith({ READ_ONLY: "true" });
    const { method, url, allow } = unserved.find((pair) => pair.method === "PATCH")!;
    const response = await frozen(url, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect(response.headers.get("retry-after")).toBeNull();
  });

  it("covers the routes outside /v1, and leaves unknown paths to 404", async () => {
    for (const path of ["/docs", "/openapi.json", "/"]) {
      const response = await api(path, { method: "POST" });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    }
    const health = await api("/v1/health", { method: "DELETE" });
    expect(health.status).toBe(405);
    expect(health.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    for (const method of ["GET", "PATCH"]) {
      const unknown = await api("/v1/no/such/route", { method });
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get("allow")).toBeNull();
    }
    // A documented path with one segment more matches no template.
    const deeper = await api("/v1/health/more", { method: "DELETE" });
    expect(deeper.status).toBe(404);
  });

  it("is answered to a preflight's request like any other: CORS headers on it", async () => {
    const response = await api("/v1/health", {
      method: "PUT",
      headers: { origin: "https://app.example" },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("safety headers", () => {
  it("guests' reads: nosniff, the API's CSP, revalidated private caching, Vary on Authorization", async () => {
    const response = await api("/v1/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe(API_CSP);
    expect(response.headers.get("cache-control")).toBe(GUEST_READ_CACHE);
    expect(response.headers.get("vary")).toBe("Authorization");
  });

  it("authenticated answers are not stored", async () => {
    const key = await adminKey();
    const response = await api("/v1/health", { headers: bearer(key) });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe(NOT_STORED);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("vary")).toBe("Authorization");
  });

  it("errors are not stored, whoever asked", async () => {
    const badKey = await api("/v1/health", { headers: { authorization: "Bearer hk_nope" } });
    expect(badKey.status).toBe(401);
    const missing = await api(`/v1/resources/${crypto.randomUUID()}`);
    expect(missing.status).toBe(404);
    const unknown = await api("/no/such/page");
    expect(unknown.status).toBe(404);
    for (const response of [badKey, missing, unknown]) {
      expect(response.headers.get("cache-control")).toBe(NOT_STORED);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe(API_CSP);
    }
  });

  it("the reference page keeps its own CSP; it and the document are cacheable by anyone", async () => {
    const page = await api("/docs");
    expect(page.headers.get("content-security-policy")).toBe(REFERENCE_PAGE_CSP);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const document = await api("/openapi.json", { headers: { authorization: "Bearer x" } });
    expect(document.headers.get("content-security-policy")).toBe(API_CSP);
    for (const response of [page, document]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=300");
      // Neither depends on who asks.
      expect(response.headers.get("vary")).toBeNull();
    }
  });

  it("with a CORS allowlist, answers vary by Origin too, each name once", async () => {
    const call = appWith({ CORS_ORIGINS: "https://app.example" });
    const read = await call("/v1/health", { headers: { origin: "https://app.example" } });
    expect(read.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(read.headers.get("vary")).toBe("Authorization, Origin");
    const preflight = await call("/v1/health", {
      method: "OPTIONS",
      headers: {
        origin: "https://app.example",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("vary")).toBe("Origin, Access-Control-Request-Headers");
    expect(preflight.headers.get("x-content-type-options")).toBe("nosniff");
    const document = await call("/openapi.json", { headers: { origin: "https://elsewhere" } });
    expect(document.headers.get("access-control-allow-origin")).toBeNull();
    expect(document.headers.get("vary")).toBe("Origin");
    // With any origin allowed, the answer does not depend on it.
    expect(
      (await api("/openapi.json", { headers: { origin: "https://a" } })).headers.get("vary"),
    ).toBeNull();
  });
});
