/**
 * Every operation in the OpenAPI document, called with malformed paths, query
 * strings and bodies by an admin (who passes every permission check and so
 * reaches the deepest code), answers a 4xx in the error envelope — never a 500.
 */
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { api, dialect, json, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";

const operations = Object.entries(
  createApp().getOpenAPI31Document({ openapi: "3.1.0", info: { title: "Hearth", version: "1" } })
    .paths ?? {},
).flatMap(([path, item]) =>
  Object.keys(item as object).map((method) => ({ method: method.toUpperCase(), path })),
);

const pathValues = ["not-a-uuid", crypto.randomUUID(), "%00", "..", "a".repeat(300)];
const bodies = [
  "",
  "null",
  "[]",
  '"text"',
  "{}",
  '{"id":1,"name":{"nested":[1,2,3]},"slug":"A B","scopes":"admin","value":"maybe"}',
  JSON.stringify({
    name: "x".repeat(10_000),
    title: 7,
    type: "nope",
    status: "SOMETIMES",
    ids: ["x"],
  }),
  '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}',
];
const queries = [
  "?limit=-1",
  "?limit=abc&cursor=%%%",
  "?sort=__proto__&count=maybe",
  "?include=everything&type=",
  "?created_at_from=yesterday",
];

describe(`no request answers 500 on ${dialect}`, () => {
  it(`covers ${operations.length} operations`, async () => {
    expect(operations.length).toBeGreaterThan(50);
    const db = testDatabase();
    const admin = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id }, ["admin"]))
      .key;
    const failures: string[] = [];
    for (const { method, path } of operations) {
      for (const [index, value] of pathValues.entries()) {
        const url = `/v1${path.replace(/^\/v1/, "")}`.replace(
          /\{[^}]+\}/g,
          encodeURIComponent(value),
        );
        const tries: RequestInit[] =
          method === "GET" || method === "DELETE"
            ? [{}]
            : bodies.map((body) => ({ body, headers: { "content-type": "application/json" } }));
        for (const init of tries) {
          const target = `${url}${queries[index % queries.length]}`;
          const response = await api(target, {
            ...init,
            method,
            headers: { ...bearer(admin), ...(init.headers as Record<string, string>) },
          });
          if (response.status >= 500)
            failures.push(`${method} ${target} ${init.body ?? ""} → ${response.status}`);
          const type = response.headers.get("content-type") ?? "";
          if (response.status >= 400 && !type.startsWith("application/json")) {
            failures.push(`${method} ${target} → ${response.status} ${type}`);
          } else if (response.status >= 400) {
            const body = await json(response);
            if (typeof body.error?.code !== "string")
              failures.push(`${method} ${target} → no envelope`);
          } else {
            await response.body?.cancel();
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
