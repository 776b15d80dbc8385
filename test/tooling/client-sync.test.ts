/**
 * The typed client's committed types (src/client/openapi.ts) are what
 * openapi-typescript makes of the document the app serves at /openapi.json:
 * a contract changed without `npm run client:generate` fails here.
 */
import { describe, expect, it } from "vitest";
import { committedClientTypes, generateClientTypes } from "../../scripts/lib/client-types";

describe("the typed client", () => {
  it("is generated from the app's current OpenAPI document", async () => {
    const committed = committedClientTypes();
    expect(
      committed,
      "src/client/openapi.ts is missing: run npm run client:generate",
    ).not.toBeNull();
    // Compared whole, a difference would print 460 kB: say where the first one is instead.
    const generated = await generateClientTypes();
    const lines = [generated.split("\n"), committed!.split("\n")] as const;
    const first = lines[0].findIndex((line, i) => line !== lines[1][i]);
    expect(
      { first_difference_at_line: first === -1 ? null : first + 1, line: lines[1][first] },
      "src/client/openapi.ts is out of date: run npm run client:generate and commit it",
    ).toEqual({ first_difference_at_line: null, line: undefined });
    expect(committed!.length).toBe(generated.length);
  }, 60_000);
});
