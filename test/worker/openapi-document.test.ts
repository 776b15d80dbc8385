/**
 * The OpenAPI document says what the server does: every operation names
 * itself, describes itself and its access (scope, guests), and every status
 * the server answers for it, to real and to refused requests, is documented;
 * query parameters are typed as strictly as the server checks them.
 */
import { describe, expect, it } from "vitest";
import { USER_SCOPES } from "../../src/auth/scopes";
import { constraintViolation } from "../../src/db/errors";
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
  bodyContent,
  documentedStatuses,
  exampleOf,
  fillPath,
  hasBody,
  inWalkOrder,
  type Operation,
  openApiDocument,
  operations,
  operationValues,
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
      expect(description, label(operation)).toMatch(
        /\S.*\n\nScope: .+\. (Guests may|Guests: 401)/s,
      );
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
    expect(new Set(csvParameters.map(({ operation }) => label(operation))).size).toBeGreaterThan(
      20,
    );
    for (const { operation, parameter } of csvParameters) {
      const where = `${label(operation)} ${parameter.name}`;
      expect(parameter.style, where).toBe("form");
      expect(parameter.explode, where).toBe(false);
      const { items } = parameter.schema;
      // Members, ids, or a pattern (the quote's feature slugs).
      expect(
        Array.isArray(items.enum) || items.format === "uuid" || items.pattern,
        where,
      ).toBeTruthy();
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

    const { created, pathValue, bodyIds } = operationValues({
      person,
      organization,
      workspace,
      resource,
      team,
    });
    const body = (operation: Operation) =>
      JSON.stringify(exampleOf(bodyContent(operation).schema, bodyIds));

    const failures: string[] = [];
    const call = async (
      operation: Operation,
      headers: Record<string, string>,
      init: { body?: string; contentType?: string; query?: string } = {},
    ) => {
      const url = fillPath(operation, pathValue(operation)) + (init.query ?? "");
      const sent = init.body ?? (hasBody(operation) ? body(operation) : undefined);
      const response = await api(url, {
        method: operation.method,
        headers: {
          ...headers,
          ...(sent === undefined
            ? {}
            : { "content-type": init.contentType ?? bodyContent(operation).type }),
        },
        body: sent,
      });
      const answer = await json(response).catch(() => ({}) as Record<string, any>);
      if (!documentedStatuses(operation).has(response.status)) {
        failures.push(`${operation.method} ${url} → ${response.status} ${JSON.stringify(answer)}`);
      }
      return { status: response.status, answer };
    };

    const sorted = inWalkOrder(operations);
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
      // Each query parameter alone, with a value its documented schema allows.
      for (const parameter of queryParameters(operation)) {
        if (parameter.name === "cursor") continue;
        const value = exampleOf(parameter.schema, () => resource.id);
        const query = `?${parameter.name}=${encodeURIComponent(String(value))}`;
        await call(operation, bearer(adminKey), { query });
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

describe(`query strings, timestamps, trimmed names and conflicts on ${dialect}`, () => {
  it("takes documented free-text parameters as any text, and refuses what documented types exclude", async () => {
    const db = testDatabase();
    const key = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id }, ["admin"]))
      .key;
    const failures: string[] = [];
    const lists = operations.filter(
      (o) => o.method === "GET" && !o.path.includes("{") && queryParameters(o).length > 0,
    );
    for (const operation of lists) {
      for (const parameter of queryParameters(operation)) {
        const { schema } = parameter;
        const send = async (value: string) =>
          (
            await api(`${operation.path}?${parameter.name}=${encodeURIComponent(value)}`, {
              headers: bearer(key),
            })
          ).status;
        const where = `${label(operation)} ${parameter.name}`;
        // A cursor is opaque: only what the server issued is one.
        if (
          schema.type === "string" &&
          !schema.enum &&
          !schema.format &&
          parameter.name !== "cursor"
        ) {
          const status = await send("Ünïcode 🍵 text");
          if (status === 400) failures.push(`${where}: documented as text, refused`);
        }
        if (schema.type === "array") {
          for (const value of [
            "not a member",
            "",
            `${exampleOf(schema.items, () => crypto.randomUUID())},`,
          ]) {
            const status = await send(value);
            if (status !== 400)
              failures.push(`${where}=${value}: ${status}, documented as refused`);
          }
        }
        if (schema.type === "integer") {
          for (const value of ["0x10", "1e1", " 5", "2.5"]) {
            const status = await send(value);
            if (status !== 400) failures.push(`${where}=${value}: ${status}, not an integer`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuses a query parameter without a name, like any unknown one", async () => {
    for (const path of ["/v1/resources?=false", "/v1/health?=", "/v1/workspaces?limit=5&=x"]) {
      const response = await api(path);
      expect(response.status, path).toBe(400);
      expect((await json(response)).error.details[0]).toMatchObject({
        location: "query",
        path: "",
      });
    }
    expect((await api("/v1/resources?&limit=5&")).status).toBe(200);
  });

  it("accepts timestamps with an offset, as documented date-times, and stores the instant", async () => {
    const db = testDatabase();
    const user = await makeUser(db);
    const key = (await makeApiKey(db, { type: "user", id: user.id })).key;
    const year = new Date().getUTCFullYear() + 1;
    const response = await api("/v1/api-keys", {
      method: "POST",
      headers: { ...bearer(key), "content-type": "application/json" },
      body: JSON.stringify({
        name: "Clé de déploiement 🚀",
        scopes: ["resources:read"],
        expires_at: `${year}-03-01T09:30:00+01:00`,
      }),
    });
    expect(response.status).toBe(201);
    const created = (await json(response)).data;
    expect(created.expires_at).toBe(`${year}-03-01T08:30:00.000Z`);
    const fetched = await api(`/v1/api-keys/${created.id}`, { headers: bearer(key) });
    expect((await json(fetched)).data.expires_at).toBe(`${year}-03-01T08:30:00.000Z`);
    const schema = openApiDocument.components!.schemas!.CreateApiKey as Schema;
    expect(schema.properties.expires_at).toMatchObject({ type: "string", format: "date-time" });
  });

  it("checks a collection's name after trimming, on creation and on update alike", async () => {
    const db = testDatabase();
    const user = await makeUser(db);
    const key = (await makeApiKey(db, { type: "user", id: user.id })).key;
    const send = (method: string, path: string, body: unknown) =>
      api(path, {
        method,
        headers: { ...bearer(key), "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const longest = `Ça 漢字 ${"é".repeat(194)}`; // 200 characters
    expect(longest.length).toBe(200);
    const tooLong = `${longest}x`;

    const made = await send("POST", "/v1/collections", { name: `  ${longest}  ` });
    expect(made.status).toBe(201);
    const collection = (await json(made)).data;
    expect(collection.name).toBe(longest);
    expect((await send("POST", "/v1/collections", { name: ` ${tooLong} ` })).status).toBe(422);

    const renamed = await send("PATCH", `/v1/collections/${collection.id}`, {
      name: ` ${longest} `,
    });
    expect(renamed.status).toBe(200);
    expect((await json(renamed)).data.name).toBe(longest);
    const refused = await send("PATCH", `/v1/collections/${collection.id}`, {
      name: ` ${tooLong} `,
    });
    expect(refused.status).toBe(422);
    expect((await json(refused)).error.details[0]).toMatchObject({ path: "name", code: "too_big" });
    const stored = await api(`/v1/collections/${collection.id}`, { headers: bearer(key) });
    expect((await json(stored)).data.name).toBe(longest);

    // The document says the limit applies after trimming.
    const schemas = openApiDocument.components!.schemas!;
    for (const name of ["CreateCollection", "UpdateCollection"]) {
      expect((schemas[name] as Schema).properties.name.description).toMatch(/trimmed; 1 to 200/);
    }
  });

  it("reads the colliding columns of composite and primary keys from the database's error", async () => {
    const db = testDatabase();
    const owner = await makeUser(db);
    const team = await makeTeam(db, owner.id, [owner.id]);
    const failure = (write: () => PromiseLike<unknown>) =>
      Promise.resolve(write()).then(
        () => undefined,
        (error: unknown) => constraintViolation(error),
      );
    expect(
      await failure(() =>
        db.orm.insert(db.t.teamMembers).values({ teamId: team.id, userId: owner.id }),
      ),
    ).toEqual({ kind: "unique", columns: ["team_id", "user_id"] });
    expect(
      await failure(() =>
        db.orm
          .insert(db.t.users)
          .values({ id: owner.id, email: `ana.${owner.id}@example.com`, displayName: "Ana" }),
      ),
    ).toEqual({ kind: "unique", columns: ["id"] });
  });

  it("names the colliding fields of a 409 conflict", async () => {
    const db = testDatabase();
    const admin = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id }, ["admin"]))
      .key;
    const send = (method: string, path: string, body: unknown) =>
      api(path, {
        method,
        headers: { ...bearer(admin), "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const unique = crypto.randomUUID().slice(0, 8);
    const created = async (response: Response) =>
      expect(response.status, JSON.stringify(await json(response))).toBe(201);
    const conflictOf = async (response: Response) => {
      expect(response.status).toBe(409);
      return (await json(response)).error;
    };

    const workspace = { name: "Atelier Zoë 🎨", slug: `atelier-${unique}` };
    await created(await send("POST", "/v1/workspaces", workspace));
    const taken = await conflictOf(await send("POST", "/v1/workspaces", workspace));
    expect(taken.details).toEqual({ fields: ["slug"] });
    expect(taken.message).toContain("slug");

    const other = await send("POST", "/v1/workspaces", {
      name: "Zweite",
      slug: `zweite-${unique}`,
    });
    const renamed = await send("PATCH", `/v1/workspaces/${(await json(other)).data.id}`, {
      slug: workspace.slug,
    });
    expect((await conflictOf(renamed)).details).toEqual({ fields: ["slug"] });

    const organization = { name: "Société Générale des Créateurs", slug: `sgc-${unique}` };
    await created(await send("POST", "/v1/organizations", organization));
    const orgTaken = await conflictOf(await send("POST", "/v1/organizations", organization));
    expect(orgTaken.details).toEqual({ fields: ["slug"] });

    const user = { email: `zoe.${unique}@example.com`, display_name: "Zoë 山田" };
    await created(await send("POST", "/v1/users", user));
    expect((await conflictOf(await send("POST", "/v1/users", user))).details).toEqual({
      fields: ["email"],
    });

    const feature = {
      slug: `export-${unique}`,
      name: "Export 📤",
      category: "tools",
      base_price_cents: 0,
    };
    await created(await send("POST", "/v1/features", feature));
    expect((await conflictOf(await send("POST", "/v1/features", feature))).details).toEqual({
      fields: ["slug"],
    });
  });
});
