/**
 * The OpenAPI document says what the server does: every operation names
 * itself, describes itself and its access (scope, guests), and every status
 * the server answers for it, to real and to refused requests, is documented;
 * query parameters are typed as strictly as the server checks them.
 */
import { describe, expect, it } from "vitest";
import { USER_SCOPES } from "../../src/auth/scopes";
import { api, dialect, json, testDatabase } from "./support/api";
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
  documentedStatuses,
  exampleOf,
  fillPath,
  hasBody,
  type Operation,
  openApiDocument,
  operations,
  type Schema,
} from "./support/operations";

const securityOf = (operation: Operation) =>
  (operation.spec.security ?? []) as Record<string, string[]>[];
const acceptsGuests = (operation: Operation) =>
  securityOf(operation).some((requirement) => Object.keys(requirement).length === 0);
/** The alternative scope sets the operation documents (one empty set: no scope). */
const scopeSets = (operation: Operation) =>
  securityOf(operation)
    .filter((requirement) => Object.keys(requirement).length > 0)
    .map((requirement) => requirement.bearer ?? []);
const queryParameters = (operation: Operation) =>
  ((operation.spec.parameters ?? []) as Schema[]).filter((p) => p.in === "query");
const label = (operation: Operation) => `${operation.method} ${operation.path}`;

describe("the OpenAPI document", () => {
  it("names, describes and secures every operation", () => {
    expect(openApiDocument.components?.securitySchemes?.bearer).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    const ids = operations.map((operation) => operation.spec.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(operations.length);
    for (const operation of operations) {
      const { summary, description } = operation.spec;
      expect(summary, label(operation)).toMatch(/\S/);
      expect(description, label(operation)).toMatch(/\S.*\n\nScope: .+\. (Guests may|Guests: 401)/s);
      expect(securityOf(operation).length, label(operation)).toBeGreaterThan(0);
      // The words and the requirement say the same.
      expect(description.includes("Guests may call it"), label(operation)).toBe(
        acceptsGuests(operation),
      );
      for (const scopes of scopeSets(operation)) {
        for (const scope of scopes) expect(description, label(operation)).toContain(`\`${scope}\``);
      }
    }
    // Reading public data needs no credentials; changing anything does.
    const guestOperations = operations.filter(acceptsGuests).map(label);
    expect(guestOperations).toContain("GET /v1/resources");
    expect(guestOperations).toContain("GET /v1/health");
    expect(guestOperations.filter((name) => !name.startsWith("GET "))).toEqual([]);
    expect(guestOperations).not.toContain("GET /v1/api-keys");
    expect(guestOperations).not.toContain("GET /v1/me");
  });

  it("documents 413, 415 and 422 for every operation that takes a body", () => {
    const bodied = operations.filter(hasBody);
    expect(bodied.length).toBeGreaterThan(30);
    for (const operation of bodied) {
      const statuses = documentedStatuses(operation);
      for (const status of [413, 415, 422]) {
        expect(statuses.has(status), `${label(operation)} ${status}`).toBe(true);
      }
    }
  });

  it("types enum and id filters as arrays of their members, one comma-separated parameter", () => {
    const csvParameters = operations.flatMap((operation) =>
      queryParameters(operation)
        .filter((p) => p.schema.type === "array")
        .map((p) => ({ operation, parameter: p })),
    );
    // Every list's enum and id filters, include, and the quote's feature slugs.
    expect(new Set(csvParameters.map(({ operation }) => label(operation))).size).toBeGreaterThan(20);
    for (const { operation, parameter } of csvParameters) {
      const where = `${label(operation)} ${parameter.name}`;
      expect(parameter.style, where).toBe("form");
      expect(parameter.explode, where).toBe(false);
      const { items } = parameter.schema;
      // Members, ids, or a pattern (the quote's feature slugs).
      expect(Array.isArray(items.enum) || items.format === "uuid" || items.pattern, where).toBeTruthy();
    }
    const named = (path: string, name: string) =>
      queryParameters(operations.find((o) => o.method === "GET" && o.path === path)!).find(
        (p) => p.name === name,
      )!.schema;
    expect(named("/v1/collections", "type").items.enum).toEqual(["static", "manual"]);
    expect(named("/v1/collections", "kind").items.enum).toContain("likes");
    expect(named("/v1/collections", "owner_id").items).toMatchObject({ format: "uuid" });
    expect(named("/v1/resources", "include").items.enum).toContain("post");
    expect(named("/v1/teams/{id}/members", "role").items.enum).toContain("owner");
    expect(named("/v1/workspaces", "visibility").items.enum).toEqual(["public", "private"]);
    expect(named("/v1/resources", "limit")).toMatchObject({ type: "integer", maximum: 100 });
  });
});

describe(`every operation answers only documented statuses on ${dialect}`, () => {
  it("to real requests, guests, missing scopes, bad credentials, and bodies too large or not JSON", async () => {
    const db = testDatabase();
    const admin = await makeUser(db);
    const adminKey = (await makeApiKey(db, { type: "user", id: admin.id }, ["admin"])).key;
    const person = await makeUser(db);
    const userKey = (await makeApiKey(db, { type: "user", id: person.id }, USER_SCOPES)).key;
    const noScopes = (await makeApiKey(db, { type: "user", id: person.id }, [])).key;
    const organization = await makeOrganization(db);
    const workspace = await makeWorkspace(db, { type: "user", id: person.id });
    const resource = await makeResource(db, { type: "workspace", id: workspace.id });
    const team = await makeTeam(db, person.id, [person.id]);

    // Ids for path parameters: what creating at the parent path made, else a fixture.
    const created = new Map<string, string>();
    const fixtures: Record<string, string> = {
      users: person.id,
      workspaces: workspace.id,
      resources: resource.id,
      teams: team.id,
      organizations: organization.id,
    };
    // Rows made under their parent but read and changed at the top level.
    const CREATED_AT: Record<string, string> = {
      "/v1/links": "/v1/workspaces/{id}/links",
      "/v1/subscriptions": "/v1/users/{id}/subscriptions",
    };
    const pathValue = (operation: Operation) => (param: string) => {
      if (param === "cycle") return "monthly";
      const prefix = operation.path.slice(0, operation.path.indexOf(`{${param}}`) - 1);
      if (param === "userId") return person.id;
      const collection = prefix.split("/").pop()!;
      const createdAt = CREATED_AT[prefix] ?? prefix;
      return created.get(createdAt) ?? fixtures[collection] ?? crypto.randomUUID();
    };
    const bodyIds = (name: string) =>
      name.includes("workspace")
        ? workspace.id
        : name.includes("organization")
          ? organization.id
          : name.includes("user") || name === "id"
            ? person.id
            : resource.id;
    const body = (operation: Operation) =>
      JSON.stringify(
        exampleOf(operation.spec.requestBody.content["application/json"].schema, bodyIds),
      );

    const failures: string[] = [];
    const call = async (
      operation: Operation,
      headers: Record<string, string>,
      init: { body?: string; contentType?: string } = {},
    ) => {
      const url = fillPath(operation, pathValue(operation));
      const sent = init.body ?? (hasBody(operation) ? body(operation) : undefined);
      const response = await api(url, {
        method: operation.method,
        headers: {
          ...headers,
          ...(sent === undefined ? {} : { "content-type": init.contentType ?? "application/json" }),
        },
        body: sent,
      });
      const answer = await json(response).catch(() => ({}) as Record<string, any>);
      if (!documentedStatuses(operation).has(response.status)) {
        failures.push(`${operation.method} ${url} → ${response.status} ${JSON.stringify(answer)}`);
      }
      return { status: response.status, answer };
    };

    // Reads first, then writes (which create the ids later paths use), deletions last,
    // and last of all those of rows whose deletion cascades to others.
    const CASCADING = /^\/v1\/(workspaces|resources|users|teams|collections|features)\/\{id\}$/;
    const order = { GET: 0, POST: 1, PUT: 2, PATCH: 3, DELETE: 4 } as Record<string, number>;
    const rank = (operation: Operation) =>
      order[operation.method]! + (CASCADING.test(operation.path) ? 1 : 0);
    const sorted = [...operations].sort((a, b) => rank(a) - rank(b));
    const maxBody = "x".repeat(1024 * 1024 + 1);
    // Keys holding exactly some scopes, for checking the documented ones.
    const keys = new Map<string, string>();
    const keyWith = async (scopes: readonly string[]) => {
      const name = [...scopes].sort().join(" ");
      if (!keys.has(name)) {
        keys.set(name, (await makeApiKey(db, { type: "user", id: person.id }, scopes)).key);
      }
      return keys.get(name)!;
    };
    const claims: string[] = [];
    /** Whether the request got past validation, so access decided the answer. */
    const checked = (status: number) => status !== 400 && status !== 422;
    const refusedScope = (answer: Record<string, any>) =>
      answer.error?.code === "insufficient_scope";

    for (const operation of sorted) {
      const name = label(operation);
      const sets = scopeSets(operation);
      const guest = await call(operation, {});
      if (checked(guest.status) && (guest.status === 401) === acceptsGuests(operation)) {
        claims.push(`${name}: a guest got ${guest.status}`);
      }
      const bare = await call(operation, bearer(noScopes));
      const needsScope = sets.some((scopes) => scopes.length > 0);
      if (checked(bare.status) && refusedScope(bare.answer) !== needsScope) {
        claims.push(`${name}: a key without scopes got ${bare.status}`);
      }
      // One of the alternatives lets the caller in (which one may depend on the request).
      const enough: boolean[] = [];
      for (const scopes of sets) {
        const exact = await call(operation, bearer(await keyWith(scopes)));
        enough.push(!refusedScope(exact.answer));
        if (sets.length > 1 || scopes.includes("admin")) continue;
        for (const scope of scopes) {
          const lacking = USER_SCOPES.filter((held) => held !== scope);
          const without = await call(operation, bearer(await keyWith(lacking)));
          if (checked(without.status) && !refusedScope(without.answer)) {
            claims.push(`${name}: ${scope} is not needed (${without.status})`);
          }
        }
      }
      if (sets.length > 0 && !enough.includes(true)) claims.push(`${name}: ${sets} are not enough`);
      await call(operation, { authorization: "Bearer hk_not-a-key" });
      await call(operation, bearer(userKey));
      if (hasBody(operation)) {
        await call(operation, bearer(adminKey), { body: "name=x", contentType: "text/plain" });
        await call(operation, bearer(adminKey), { body: JSON.stringify({ name: maxBody }) });
      }
      const first = await call(operation, bearer(adminKey));
      if (operation.method === "POST" && first.status === 201 && first.answer.data?.id) {
        created.set(operation.path, first.answer.data.id);
      }
      // The same write again: uniqueness and idempotency answers.
      if (hasBody(operation)) await call(operation, bearer(adminKey));
    }
    expect(failures).toEqual([]);
    expect(claims).toEqual([]);
    // Enough of them succeeded for this to be a test of real requests too.
    expect(created.size).toBeGreaterThan(8);
  }, 240_000);
});
