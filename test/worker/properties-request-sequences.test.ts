/**
 * Properties of random request sequences: creates, patches, deletes, lists
 * and reads of resources and collections, by random callers (guests, the
 * owner, an organization member, a workspace key, a read-only key, an
 * outsider, an admin), with any text a client could send (control
 * characters, NUL, lone surrogates, blank, past the documented length). No
 * request answers 5xx; every listed item equals its single-item read by the
 * same caller; a deleted item is in no list and reads 404; and the admin's
 * list of the scene holds exactly the items the sequence created and did not delete.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  makeApiKey,
  makeOrganization,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";
import {
  type Kind,
  PROPERTY_TEST_TIMEOUT,
  propertyRuns,
  type Row,
  realisticText,
  titleText,
} from "./support/properties";

const KINDS: Kind[] = ["resources", "collections"];
const CALLERS = [
  "guest",
  "owner",
  "member",
  "workspaceKey",
  "readOnly",
  "outsider",
  "admin",
] as const;
type CallerName = (typeof CALLERS)[number];

/** Text a client may send for a title or name: valid, or anything JSON can carry. */
const anyText = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: titleText(max) },
    fc.string({ unit: "binary", maxLength: 8 }),
    fc.constantFrom("", "   ", "\u0000", "a\u0000b", "\ud800", "x\udfff", "\t\n"),
    realisticText(4).map((text) => `${"é".repeat(max)}${text}`),
  );

/** One request of a sequence; `target` picks among the items created so far, or a stranger. */
type Step =
  | { op: "create"; kind: Kind; caller: CallerName; body: Row }
  | { op: "patch"; kind: Kind; caller: CallerName; target: number; body: Row }
  | { op: "delete" | "get"; kind: Kind; caller: CallerName; target: number }
  | { op: "list"; kind: Kind; caller: CallerName; sort: string; status?: string };

/** Mostly callers that may write (so sequences get past refusals), sometimes any. */
const caller = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("owner", "member", "workspaceKey", "admin") },
  { weight: 2, arbitrary: fc.constantFrom(...CALLERS) },
) as fc.Arbitrary<CallerName>;
/** One of the items created so far (by position, modulo their number), or now and then a stranger (-1). */
const target = fc.oneof(
  { weight: 9, arbitrary: fc.nat(100) },
  { weight: 1, arbitrary: fc.constant(-1) },
);
/** Valid values mostly; an invalid one now and then. */
const mostly = <T>(valid: readonly T[], invalid: T) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constant(invalid) },
  );
const status = mostly(["LISTED", "UNLISTED"], "DRAFT");
const owner = mostly(["self", "organization", "workspace"], "user");

const resourceFields = {
  type: mostly(["post", "song", "album", "status"], "video"),
  title: anyText(300),
  excerpt: fc.option(realisticText(40)),
  status,
};
const collectionFields = {
  name: anyText(200),
  description: fc.option(realisticText(40)),
  status,
};

const kind = fc.constantFrom(...KINDS);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.record({
        op: fc.constant("create" as const),
        kind: fc.constant("resources" as const),
        caller,
        body: fc.record({ ...resourceFields, owner }, { requiredKeys: ["type", "title"] }),
      }),
      fc.record({
        op: fc.constant("create" as const),
        kind: fc.constant("collections" as const),
        caller,
        body: fc.record({ ...collectionFields, owner }, { requiredKeys: ["name"] }),
      }),
    ),
  },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.record({
        op: fc.constant("patch" as const),
        kind: fc.constant("resources" as const),
        caller,
        target,
        body: fc.record(resourceFields, { requiredKeys: [] }),
      }),
      fc.record({
        op: fc.constant("patch" as const),
        kind: fc.constant("collections" as const),
        caller,
        target,
        body: fc.record(collectionFields, { requiredKeys: [] }),
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom("delete" as const, "get" as const),
      kind,
      caller,
      target,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        op: fc.constant("list" as const),
        kind,
        caller,
        sort: fc.constantFrom("created_at", "-created_at", "title", "-name"),
        status: fc.constantFrom("LISTED", "UNLISTED", "LISTED,UNLISTED"),
      },
      { requiredKeys: ["op", "kind", "caller", "sort"] },
    ),
  },
);

/** An item without what a create embeds (a resource's post and authors): the fields a GET answers. */
const fieldsOf = ({ post: _post, authors: _authors, ...fields }: Row) => fields;

/** The owner creates, patches, lists and deletes one resource. */
const everyOperationOnce: Step[] = [
  {
    op: "create",
    kind: "resources",
    caller: "owner",
    body: { type: "post", title: "Crème brûlée 🍮 食谱", status: "LISTED" },
  },
  { op: "patch", kind: "resources", caller: "owner", target: 0, body: { title: "Ça marche 👍" } },
  { op: "list", kind: "resources", caller: "owner", sort: "-created_at" },
  { op: "delete", kind: "resources", caller: "owner", target: 0 },
];

describe(`random request sequences on ${dialect}`, () => {
  let db: Database;
  let outsider: HeadersInit;
  let admin: HeadersInit;
  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "collections", "workspaces"]);
    outsider = bearer((await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key);
    admin = bearer(
      (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id }, ["admin"])).key,
    );
  });

  /** A fresh scene per run: an owner, an organization with a member and a workspace, their keys. */
  async function makeScene() {
    const self = await makeUser(db);
    const organization = await makeOrganization(db);
    const member = await makeUser(db, organization.id);
    const workspace = await makeWorkspace(db, { type: "organization", id: organization.id });
    const key = async (subject: { type: "user" | "workspace"; id: string }, scopes?: string[]) =>
      bearer((await makeApiKey(db, subject, scopes as never)).key);
    const callers: Record<CallerName, HeadersInit> = {
      guest: {},
      owner: await key({ type: "user", id: self.id }),
      member: await key({ type: "user", id: member.id }),
      workspaceKey: await key({ type: "workspace", id: workspace.id }),
      readOnly: await key({ type: "user", id: self.id }, ["resources:read", "collections:read"]),
      outsider,
      admin,
    };
    const owners: Record<string, Row> = {
      organization: { type: "organization", id: organization.id },
      workspace: { type: "workspace", id: workspace.id },
      user: { type: "user", id: self.id },
    };
    return { callers, owners, ownerIds: [self.id, organization.id, workspace.id] };
  }

  /** Every response of a sequence: never a 5xx. */
  async function send(label: string, request: Promise<Response>) {
    const response = await request;
    expect(response.status, label).toBeLessThan(500);
    return response;
  }

  /** A write's answer is what an admin's GET of the item then reads. */
  async function expectStoredAs(label: string, kind: Kind, written: Row) {
    const single = await send(label, api(`/v1/${kind}/${written.id}`, { headers: admin }));
    expect((await json(single)).data, label).toEqual(fieldsOf(written));
  }

  it(
    "never answer 5xx and keep every list consistent with single-item reads",
    async () => {
      /** Writes that took effect, by operation: sequences that only met refusals proved little. */
      const effective = { create: 0, patch: 0, delete: 0, list: 0 };
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 24 }), async (steps) => {
          const scene = await makeScene();
          const live: Record<Kind, Set<string>> = { resources: new Set(), collections: new Set() };
          const created: Record<Kind, string[]> = { resources: [], collections: [] };
          const deleted = new Set<string>();
          /** Items the scene's owners own (admins and outsiders create for themselves too). */
          const inScene = new Set<string>();
          const pick = (kind: Kind, index: number) =>
            index < 0 || created[kind].length === 0
              ? "01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60"
              : created[kind][index % created[kind].length]!;

          /** Each listed item equals the same caller's read of it, and none is deleted. */
          async function expectListConsistent(
            label: string,
            headers: HeadersInit,
            kind: Kind,
            rows: Row[],
          ) {
            for (const row of rows) {
              expect(deleted.has(row.id), `${label}: deleted ${row.id} listed`).toBe(false);
              const single = await send(label, api(`/v1/${kind}/${row.id}`, { headers }));
              expect(single.status, `${label}: GET ${row.id}`).toBe(200);
              expect((await json(single)).data, `${label}: GET ${row.id}`).toEqual(row);
            }
          }

          for (const [index, s] of steps.entries()) {
            const label = `step ${index} ${JSON.stringify(s)}`;
            const headers = scene.callers[s.caller];
            switch (s.op) {
              case "create": {
                const { owner: ownerName, ...rest } = s.body;
                const body =
                  ownerName && ownerName !== "self"
                    ? { ...rest, owner: scene.owners[ownerName as string] }
                    : rest;
                const response = await send(label, postJson(`/v1/${s.kind}`, body, { headers }));
                if (response.status === 201) {
                  const { data } = await json(response);
                  effective.create++;
                  created[s.kind].push(data.id);
                  live[s.kind].add(data.id);
                  if (scene.ownerIds.includes(data.owner.id)) inScene.add(data.id);
                  await expectStoredAs(label, s.kind, data);
                }
                break;
              }
              case "patch": {
                const id = pick(s.kind, s.target);
                const response = await send(
                  label,
                  postJson(`/v1/${s.kind}/${id}`, s.body, { method: "PATCH", headers }),
                );
                if (response.status === 200) {
                  effective.patch++;
                  expect(live[s.kind].has(id), label).toBe(true);
                  await expectStoredAs(label, s.kind, (await json(response)).data);
                }
                break;
              }
              case "delete": {
                const id = pick(s.kind, s.target);
                const response = await send(
                  label,
                  api(`/v1/${s.kind}/${id}`, { method: "DELETE", headers }),
                );
                if (response.status === 204) {
                  effective.delete++;
                  expect(live[s.kind].has(id), label).toBe(true);
                  live[s.kind].delete(id);
                  deleted.add(id);
                }
                if (deleted.has(id)) {
                  const gone = await send(label, api(`/v1/${s.kind}/${id}`, { headers: admin }));
                  expect(gone.status, label).toBe(404);
                }
                break;
              }
              case "get": {
                const id = pick(s.kind, s.target);
                const response = await send(label, api(`/v1/${s.kind}/${id}`, { headers }));
                if (deleted.has(id) || !live[s.kind].has(id))
                  expect(response.status, label).not.toBe(200);
                break;
              }
              case "list": {
                const sort = s.sort.replace(
                  /title|name/,
                  s.kind === "resources" ? "title" : "name",
                );
                const query = [
                  `owner_id=${scene.ownerIds.join(",")}`,
                  `sort=${sort}`,
                  "limit=100",
                  ...(s.status ? [`status=${s.status}`] : []),
                ].join("&");
                const response = await send(label, api(`/v1/${s.kind}?${query}`, { headers }));
                if (response.status === 200) {
                  effective.list++;
                  await expectListConsistent(label, headers, s.kind, (await json(response)).data);
                }
                break;
              }
            }
          }

          // The admin's lists of the scene hold exactly what the sequence left alive.
          for (const kind of KINDS) {
            const query = `owner_id=${scene.ownerIds.join(",")}&limit=100${kind === "collections" ? "&type=manual" : ""}`;
            const response = await send(kind, api(`/v1/${kind}?${query}`, { headers: admin }));
            expect(response.status).toBe(200);
            const { data } = await json(response);
            expect(data.map((row: Row) => row.id).sort(), kind).toEqual(
              [...live[kind]].filter((id) => inScene.has(id)).sort(),
            );
            await expectListConsistent(`admin ${kind}`, admin, kind, data);
          }
        }),
        {
          ...propertyRuns(25),
          // Always run first: each operation taking effect at least once, so the count
          // below fails only when the API refuses what it should allow, never by the luck
          // of the draw (a short run under load once drew no effective delete).
          examples: [[everyOperationOnce]],
        },
      );
      for (const [op, done] of Object.entries(effective)) expect(done, op).toBeGreaterThan(0);
    },
    PROPERTY_TEST_TIMEOUT,
  );
  // What the property found on Postgres: text holding NUL (U+0000) answered 500 there.
  it("stores NUL in text, or on Postgres refuses it with 422, never 500", async () => {
    const self = await makeUser(db);
    const headers = bearer((await makeApiKey(db, { type: "user", id: self.id })).key);
    const writes: [string, Row][] = [
      ["/v1/resources", { type: "post", title: "a\u0000b" }],
      ["/v1/resources", { type: "post", title: "Café ☕", excerpt: "\u0000" }],
      ["/v1/collections", { name: "東京\u0000の夜" }],
      ["/v1/collections", { name: "🔥", description: "x\u0000" }],
    ];
    for (const [path, body] of writes) {
      const response = await postJson(path, body, { headers });
      expect(response.status, JSON.stringify(body)).toBe(dialect === "postgres" ? 422 : 201);
      if (response.status === 422) {
        expect((await json(response)).error.code, JSON.stringify(body)).toBe("validation_failed");
      }
    }
  });
});
