/**
 * Every operation in the OpenAPI document, called with malformed paths, query
 * strings and bodies by an admin (who passes every permission check and so
 * reaches the deepest code), answers a 4xx in the error envelope — never a
 * 500 — and only statuses the document lists for that operation.
 */
import { describe, expect, it } from "vitest";
import { api, dialect, json, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser } from "./support/fixtures";
import {
  documentedStatuses,
  fillPath,
  malformedBodies,
  malformedPathValues,
  malformedQueries,
  operations,
} from "./support/operations";

describe(`no request answers 500 on ${dialect}`, () => {
  it(`covers ${operations.length} operations`, async () => {
    expect(operations.length).toBeGreaterThan(50);
    const db = testDatabase();
    const admin = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id }, ["admin"]))
      .key;
    const failures: string[] = [];
    for (const operation of operations) {
      const { method } = operation;
      for (const [index, value] of malformedPathValues.entries()) {
        const url = fillPath(operation, () => value);
        const tries: RequestInit[] =
          method === "GET" || method === "DELETE"
            ? [{}]
            : malformedBodies.map((body) => ({
                body,
                headers: { "content-type": "application/json" },
              }));
        for (const init of tries) {
          const target = `${url}${malformedQueries[index % malformedQueries.length]}`;
          const response = await api(target, {
            ...init,
            method,
            headers: { ...bearer(admin), ...(init.headers as Record<string, string>) },
          });
          // A `..` value makes the URL another path, which may not serve the method.
          const elsewhere = new URL(target, "http://hearth.test").pathname !== url;
          if (response.status >= 500)
            failures.push(`${method} ${target} ${init.body ?? ""} → ${response.status}`);
          else if (
            !(response.status === 405 && elsewhere) &&
            !documentedStatuses(operation).has(response.status)
          )
            failures.push(`${method} ${target} → ${response.status}, undocumented`);
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
