/**
 * Whatever a client sends, the answer is the JSON error envelope (or a success),
 * never a 500 and never plain text.
 */
import { describe, expect, it } from "vitest";
import { api } from "./support/api";

const cases: [string, string, RequestInit?][] = [
  ["unknown path", "/v1/nothing-here"],
  ["path with bad percent-encoding", "/v1/%E0%A4%A"],
  ["path with a null byte", "/v1/health%00"],
  ["very long path", `/v1/${"a".repeat(8000)}`],
  ["unsupported method", "/v1/health", { method: "DELETE" }],
  ["PUT without a body", "/v1/health", { method: "PUT" }],
  [
    "POST with an empty JSON body",
    "/v1/health",
    { method: "POST", headers: { "content-type": "application/json" }, body: "" },
  ],
  [
    "POST with broken JSON",
    "/v1/health",
    { method: "POST", headers: { "content-type": "application/json" }, body: "{" },
  ],
  [
    "POST with a form body",
    "/v1/health",
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "a=1",
    },
  ],
  [
    "POST with binary data",
    "/v1/health",
    {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: new Uint8Array([0, 255, 1]),
    },
  ],
  ["query with odd parameters", "/v1/health?__proto__=1&constructor=2&a[b]=c&%zz=1"],
  [
    "request id with forbidden characters",
    "/v1/health",
    { headers: { "x-request-id": "bad id\twith spaces" } },
  ],
  ["request id far too long", "/v1/health", { headers: { "x-request-id": "x".repeat(5000) } }],
  [
    "garbage authorization header",
    "/v1/health",
    { headers: { authorization: "Bearer \u00ff\u00fe" } },
  ],
  [
    "unknown content encoding",
    "/v1/health",
    {
      method: "POST",
      headers: { "content-type": "application/json", "content-encoding": "br" },
      body: "{}",
    },
  ],
];

describe("malformed requests", () => {
  it.each(cases)("%s → an envelope, never a 500", async (_, path, init) => {
    const response = await api(path, init);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as {
      data?: unknown;
      error?: { code: string; request_id: string };
    };
    if (response.status >= 400) {
      expect(body.error?.code).toMatch(/^[a-z_]+$/);
      expect(body.error?.request_id).toBe(response.headers.get("x-request-id"));
    } else {
      expect(body.data).toBeDefined();
    }
  });
});
