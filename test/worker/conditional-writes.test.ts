/**
 * If-Match on the writes of rows that are not top-level items: a resource's
 * post, feature grants and prices (PUTs that create or replace), links, team
 * members, engagements, API keys, identities, authors, collection items and
 * filters. For each: a tag of another version answers 412 and writes nothing,
 * the current tag succeeds. A PUT that could create only replaces under
 * If-Match (412 when there is nothing to replace, even for `*`), and
 * REQUIRE_IF_MATCH refuses these writes without the header (428). Rows without
 * an item GET are named by a tag of their version alone, made from the
 * `updated_at` a list (or the write's answer) gives.
 */
import { env } from "cloudflare:test";
import { and, eq, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, apiWith, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  engage,
  makeApiKey,
  makeResource,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";
import { documentedStatuses, operations } from "./support/operations";

type Method = "PUT" | "PATCH" | "DELETE";

const send = (
  path: string,
  method: Method,
  body: unknown,
  headers: Record<string, string>,
  call = api,
) =>
  call(path, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** The tag of the version an item's `updated_at` names: what a client sends for a row it only listed. */
const versionTag = (updatedAt: string) => `"${Date.parse(updatedAt).toString(36)}"`;

/** A tag naming another version than `tag` does (1 ms earlier): a stale one. */
const staleTag = (tag: string) => {
  const version = Number.parseInt(/^"([0-9a-z]+)/.exec(tag)![1]!, 36);
  return `"${(version - 1).toString(36)}.stale"`;
};

/** The one row `where` selects, or undefined: what a write did or did not change. */
async function rowOf(db: Database, table: SQLiteTable, where: SQL) {
  const [row] = await db.orm.select().from(table).where(where);
  return row;
}

/** A user with an admin key, who may make every write below. */
async function adminCaller() {
  const db = testDatabase();
  const user = await makeUser(db);
  const auth = bearer((await makeApiKey(db, { type: "user", id: user.id }, ["admin"])).key);
  return { db, user, auth };
}
type Admin = Awaited<ReturnType<typeof adminCaller>>;

async function ok(response: Response | Promise<Response>, status = 200) {
  const answer = await response;
  expect(answer.status, await answer.clone().text()).toBe(status);
  return answer;
}

/** A write to make conditionally: where, with what, and how to see its effect. */
interface Write {
  path: string;
  method: Method;
  body?: unknown;
  /** A current tag, got as a client gets it. */
  tag: string;
  /** What the write changes, read from the database. */
  state: () => Promise<unknown>;
  /** What must hold of that state once the write succeeded, beyond having changed. */
  done?: (state: any) => void;
}

async function newFeature(admin: Admin) {
  const created = await ok(
    postJson(
      "/v1/features",
      {
        slug: `café-${crypto.randomUUID().slice(0, 8)}`.replace("é", "e"),
        name: "Café ☕ 特集",
        category: "core",
        base_price_cents: 990,
      },
      { headers: admin.auth },
    ),
    201,
  );
  return (await json(created)).data.id as string;
}

async function putPost({ db, user, auth }: Admin) {
  const resource = await makeResource(db, { type: "user", id: user.id });
  const path = `/v1/resources/${resource.id}/post`;
  await ok(send(path, "PUT", { body: "Première version 🚀 初稿" }, auth), 201);
  const tag = (await ok(api(path, { headers: auth }))).headers.get("ETag")!;
  const state = () => rowOf(db, db.t.posts, eq(db.t.posts.resourceId, resource.id));
  return { resource, path, tag, state };
}

async function grantedFeature(admin: Admin) {
  const { db, user, auth } = admin;
  const featureId = await newFeature(admin);
  const path = `/v1/users/${user.id}/features/${featureId}`;
  const granted = await ok(send(path, "PUT", { usage_limit: 100 }, auth));
  const uf = db.t.userFeatures;
  const state = () => rowOf(db, uf, and(eq(uf.userId, user.id), eq(uf.featureId, featureId))!);
  return { path, tag: granted.headers.get("ETag")!, state };
}

async function pricedFeature(admin: Admin) {
  const { db, auth } = admin;
  const featureId = await newFeature(admin);
  const path = `/v1/features/${featureId}/pricing/yearly`;
  await ok(send(path, "PUT", { price_cents: 9900 }, auth));
  const tag = (await ok(api(path, { headers: auth }))).headers.get("ETag")!;
  const fp = db.t.featurePricing;
  const state = () => rowOf(db, fp, and(eq(fp.featureId, featureId), eq(fp.cycle, "yearly"))!);
  return { path, tag, state };
}

async function listedLink({ db, user, auth }: Admin) {
  const workspace = await makeWorkspace(db, { type: "user", id: user.id });
  const links = `/v1/workspaces/${workspace.id}/links`;
  await ok(
    postJson(links, { name: "Site 🌐", url: "https://example.com/a" }, { headers: auth }),
    201,
  );
  await ok(
    postJson(links, { name: "Blog ✍️", url: "https://example.com/b" }, { headers: auth }),
    201,
  );
  const [first, second] = (await json(await ok(api(links, { headers: auth })))).data;
  const l = db.t.externalLinks;
  const state = async () => ({
    first: await rowOf(db, l, eq(l.id, first.id)),
    second: await rowOf(db, l, eq(l.id, second.id)),
  });
  return { path: `/v1/links/${first.id}`, tag: versionTag(first.updated_at), state };
}

async function listedMember({ db, user, auth }: Admin) {
  const member = await makeUser(db);
  const team = await makeTeam(db, user.id, [member.id]);
  const members = (await json(await ok(api(`/v1/teams/${team.id}/members`, { headers: auth }))))
    .data as { user_id: string; updated_at: string }[];
  const listed = members.find((m) => m.user_id === member.id)!;
  const m = db.t.teamMembers;
  const state = () => rowOf(db, m, and(eq(m.teamId, team.id), eq(m.userId, member.id))!);
  return {
    path: `/v1/teams/${team.id}/members/${member.id}`,
    tag: versionTag(listed.updated_at),
    state,
  };
}

async function subscription({ db, user, auth }: Admin) {
  const workspace = await makeWorkspace(db, { type: "user", id: user.id });
  const engagement = await engage(db, (await makeUser(db)).id, "subscribe", {
    type: "workspace",
    id: workspace.id,
  });
  const path = `/v1/engagements/${engagement.id}`;
  const tag = (await ok(api(path, { headers: auth }))).headers.get("ETag")!;
  const state = () => rowOf(db, db.t.engagements, eq(db.t.engagements.id, engagement.id));
  return { path, tag, state };
}

const cases: { name: string; write: (admin: Admin) => Promise<Write> }[] = [
  {
    name: "PUT /resources/{id}/post (replace)",
    write: async (admin) => ({
      ...(await putPost(admin)),
      method: "PUT",
      body: { body: "Zweite Fassung — 第二稿 ✨", featured_image_url: null },
    }),
  },
  {
    name: "DELETE /resources/{id}/post",
    write: async (admin) => ({ ...(await putPost(admin)), method: "DELETE" }),
  },
  {
    name: "PUT /users/{id}/features/{featureId} (change a grant)",
    write: async (admin) => ({
      ...(await grantedFeature(admin)),
      method: "PUT",
      body: { usage_limit: 2_000_000_000 },
    }),
  },
  {
    name: "DELETE /users/{id}/features/{featureId}",
    write: async (admin) => ({ ...(await grantedFeature(admin)), method: "DELETE" }),
  },
  {
    name: "PUT /features/{id}/pricing/{cycle} (replace a price)",
    write: async (admin) => ({
      ...(await pricedFeature(admin)),
      method: "PUT",
      body: { price_cents: 0 },
    }),
  },
  {
    name: "DELETE /features/{id}/pricing/{cycle}",
    write: async (admin) => ({ ...(await pricedFeature(admin)), method: "DELETE" }),
  },
  {
    name: "PATCH /links/{id} (tag from the list)",
    write: async (admin) => ({
      ...(await listedLink(admin)),
      method: "PATCH",
      body: { name: "Sito ufficiale — 公式サイト 🌸" },
    }),
  },
  {
    name: "DELETE /links/{id} (later links stay put when stale)",
    write: async (admin) => ({
      ...(await listedLink(admin)),
      method: "DELETE",
      done: (after: { first: unknown; second: { position: number } }) => {
        expect(after.first).toBeUndefined();
        expect(after.second.position).toBe(0);
      },
    }),
  },
  {
    name: "PATCH /teams/{id}/members/{userId} (tag from the list)",
    write: async (admin) => ({
      ...(await listedMember(admin)),
      method: "PATCH",
      body: { role: "admin" },
    }),
  },
  {
    name: "DELETE /teams/{id}/members/{userId}",
    write: async (admin) => ({ ...(await listedMember(admin)), method: "DELETE" }),
  },
  {
    name: "PATCH /engagements/{id}",
    write: async (admin) => ({
      ...(await subscription(admin)),
      method: "PATCH",
      body: { active: false },
    }),
  },
  {
    name: "DELETE /engagements/{id}",
    write: async (admin) => ({ ...(await subscription(admin)), method: "DELETE" }),
  },
  {
    name: "DELETE /api-keys/{id} (revoke, with the key it minted)",
    write: async ({ db, user, auth }) => {
      const parent = await makeApiKey(db, { type: "user", id: user.id }, ["resources:read"]);
      const child = await makeApiKey(db, { type: "user", id: user.id }, ["resources:read"], {
        name: "Clé de test 🔑 子キー",
        parentKeyId: parent.row.id,
      });
      const path = `/v1/api-keys/${parent.row.id}`;
      const tag = (await ok(api(path, { headers: auth }))).headers.get("ETag")!;
      const k = db.t.apiKeys;
      const state = async () => ({
        parent: (await rowOf(db, k, eq(k.id, parent.row.id)))?.revokedAt,
        child: (await rowOf(db, k, eq(k.id, child.row.id)))?.revokedAt,
      });
      const done = (after: { parent: Date | null; child: Date | null }) => {
        expect(after.parent).toBeInstanceOf(Date);
        expect(after.child).toBeInstanceOf(Date);
      };
      return { path, method: "DELETE", tag, state, done };
    },
  },
  {
    name: "DELETE /users/{id}/identities/{identityId} (tag from the list)",
    write: async ({ db, user, auth }) => {
      const [identity] = await db.insertReturning(db.t.userIdentities, [
        {
          userId: user.id,
          issuer: "https://idp.example.jp/認証",
          subject: `søren-${crypto.randomUUID()}`,
        },
      ]);
      const listed = (
        await json(await ok(api(`/v1/users/${user.id}/identities`, { headers: auth })))
      ).data[0];
      const ui = db.t.userIdentities;
      return {
        path: `/v1/users/${user.id}/identities/${identity!.id}`,
        method: "DELETE",
        tag: versionTag(listed.updated_at),
        state: () => rowOf(db, ui, eq(ui.id, identity!.id)),
      };
    },
  },
  {
    name: "DELETE /resources/{id}/authors/{authorId} (tag from the add's answer)",
    write: async ({ db, user, auth }) => {
      const resource = await makeResource(db, { type: "user", id: user.id });
      const coauthor = await makeUser(db);
      const added = await ok(
        postJson(
          `/v1/resources/${resource.id}/authors`,
          { type: "user", id: coauthor.id, role: "traductrice 🇫🇷" },
          { headers: auth },
        ),
        201,
      );
      const author = (await json(added)).data;
      const a = db.t.resourceAuthors;
      return {
        path: `/v1/resources/${resource.id}/authors/${author.id}`,
        method: "DELETE",
        tag: versionTag(author.updated_at),
        state: () => rowOf(db, a, eq(a.id, author.id)),
      };
    },
  },
  {
    name: "DELETE /collections/{id}/items/{itemId} (tag from the list)",
    write: async ({ db, user, auth }) => {
      const collection = (
        await json(
          await ok(
            postJson("/v1/collections", { name: "Lecture 📚 読書" }, { headers: auth }),
            201,
          ),
        )
      ).data;
      const resource = await makeResource(db, { type: "user", id: user.id });
      const items = `/v1/collections/${collection.id}/items`;
      await ok(
        postJson(items, { item_type: "resource", item_id: resource.id }, { headers: auth }),
        201,
      );
      const listed = (await json(await ok(api(items, { headers: auth })))).data as {
        id: string | null;
        updated_at: string | null;
      }[];
      const stored = listed.find((item) => item.id !== null)!;
      const ci = db.t.collectionItems;
      return {
        path: `${items}/${stored.id}`,
        method: "DELETE",
        tag: versionTag(stored.updated_at!),
        state: () => rowOf(db, ci, eq(ci.id, stored.id!)),
      };
    },
  },
  {
    name: "DELETE /collections/{id}/filters/{filterId} (tag from the create's answer)",
    write: async ({ db, auth }) => {
      const collection = (
        await json(
          await ok(postJson("/v1/collections", { name: "Filtrée" }, { headers: auth }), 201),
        )
      ).data;
      const filters = `/v1/collections/${collection.id}/filters`;
      const created = await ok(
        postJson(filters, { item_type: "user", mode: "hidden" }, { headers: auth }),
        201,
      );
      const filter = (await json(created)).data;
      const f = db.t.collectionItemFilters;
      return {
        path: `${filters}/${filter.id}`,
        method: "DELETE",
        tag: versionTag(filter.updated_at),
        state: () => rowOf(db, f, eq(f.id, filter.id)),
      };
    },
  },
];

describe(`conditional writes of every kind of row on ${dialect}`, () => {
  it("the document declares If-Match, 412 and 428 on every PATCH, PUT and DELETE but the reorders", () => {
    const writes = operations.filter(({ method }) => ["PUT", "PATCH", "DELETE"].includes(method));
    expect(writes.length).toBeGreaterThan(40);
    for (const operation of writes) {
      const name = `${operation.method} ${operation.path}`;
      const ifMatch = (operation.spec.parameters ?? []).some(
        (parameter: { in: string; name: string }) =>
          parameter.in === "header" && parameter.name === "if-match",
      );
      const statuses = documentedStatuses(operation);
      const conditional = !operation.path.endsWith("/order");
      expect(ifMatch, name).toBe(conditional);
      expect(statuses.has(412) && statuses.has(428), name).toBe(conditional);
    }
  });

  it.each(cases)(
    "$name: a stale If-Match answers 412 and writes nothing; the current tag succeeds",
    async ({ write }) => {
      const admin = await adminCaller();
      const { path, method, body, tag, state, done } = await write(admin);
      expect(tag).toMatch(/^"[0-9a-z]+(\.[A-Za-z0-9_-]+)?"$/);
      const before = await state();
      expect(before).toBeDefined();

      const stale = await send(path, method, body, { ...admin.auth, "If-Match": staleTag(tag) });
      expect(stale.status).toBe(412);
      expect((await json(stale)).error.code).toBe("precondition_failed");
      expect(await state()).toEqual(before);

      const current = await send(path, method, body, { ...admin.auth, "If-Match": tag });
      expect(current.status, await current.clone().text()).toBe(method === "DELETE" ? 204 : 200);
      const after = await state();
      expect(after).not.toEqual(before);
      done?.(after);
      if (method !== "DELETE") {
        const next = current.headers.get("ETag")!;
        expect(next).toMatch(/^"[0-9a-z]+\.[A-Za-z0-9_-]+"$/);
        expect(next).not.toBe(tag);
        // The answer's tag names the new version: a second write based on the first tag is stale.
        const again = await send(path, method, body, { ...admin.auth, "If-Match": tag });
        expect(again.status).toBe(412);
      }
    },
  );

  const creatablePuts = [
    {
      name: "a post",
      path: async ({ db, user }: Admin) =>
        `/v1/resources/${(await makeResource(db, { type: "user", id: user.id })).id}/post`,
      body: { body: "Jamais écrit 🙈" },
      created: 201,
    },
    {
      name: "a grant",
      path: async (admin: Admin) =>
        `/v1/users/${admin.user.id}/features/${await newFeature(admin)}`,
      body: { usage_limit: null },
      created: 200,
    },
    {
      name: "a price",
      path: async (admin: Admin) => `/v1/features/${await newFeature(admin)}/pricing/monthly`,
      body: { price_cents: 1234 },
      created: 200,
    },
  ];

  it.each(creatablePuts)(
    "a PUT under If-Match only replaces: $name that is not there answers 412 (even for *)",
    async ({ path: pathOf, body, created }) => {
      const admin = await adminCaller();
      const path = await pathOf(admin);
      for (const ifMatch of ['"mkq1b9x4.3q2-7wHnGk1bY0aC"', "*"]) {
        const refused = await send(path, "PUT", body, { ...admin.auth, "If-Match": ifMatch });
        expect(refused.status, ifMatch).toBe(412);
        expect((await json(refused)).error.code).toBe("precondition_failed");
      }
      // Nothing was created: the DELETE finds nothing, and a plain PUT creates.
      expect((await send(path, "DELETE", undefined, admin.auth)).status).toBe(404);
      expect((await send(path, "PUT", body, admin.auth)).status).toBe(created);
      expect((await send(path, "PUT", body, { ...admin.auth, "If-Match": "*" })).status).toBe(200);
    },
  );

  it.each(creatablePuts)(
    "If-None-Match: * only creates $name: once (also under REQUIRE_IF_MATCH), then 412",
    async ({ path: pathOf, body, created }) => {
      const admin = await adminCaller();
      const path = await pathOf(admin);
      const strict = apiWith({ ...env, REQUIRE_IF_MATCH: "true" });
      const createOnly = { ...admin.auth, "If-None-Match": "*" };
      expect(
        (await send(path, "PUT", body, { ...admin.auth, "If-None-Match": '"x"' })).status,
      ).toBe(400);
      const first = await send(path, "PUT", body, createOnly, strict);
      expect(first.status, await first.clone().text()).toBe(created);
      const tag = first.headers.get("ETag")!;
      expect(tag).toMatch(/^"[0-9a-z]+\.[A-Za-z0-9_-]+"$/);
      const second = await send(path, "PUT", body, createOnly);
      expect(second.status).toBe(412);
      expect((await json(second)).error.code).toBe("precondition_failed");
      const both = await send(path, "PUT", body, { ...createOnly, "If-Match": tag });
      expect(both.status).toBe(412);
      // The create's tag is the current one: it replaces.
      expect((await send(path, "PUT", body, { ...admin.auth, "If-Match": tag })).status).toBe(200);
    },
  );

  it("two create-only PUTs of a post sent together: exactly one 201 and one 412", async () => {
    const admin = await adminCaller();
    const resource = await makeResource(admin.db, { type: "user", id: admin.user.id });
    const path = `/v1/resources/${resource.id}/post`;
    const statuses = await Promise.all(
      ["Premier 🥇", "Second 🥈"].map(
        async (text) =>
          (await send(path, "PUT", { body: text }, { ...admin.auth, "If-None-Match": "*" })).status,
      ),
    );
    expect(statuses.sort()).toEqual([201, 412]);
  });

  it("two PUTs of a post with the same If-Match sent together: exactly one 200 and one 412", async () => {
    const admin = await adminCaller();
    const { path, tag, state } = await putPost(admin);
    const statuses = await Promise.all(
      ["Version A — 🅰️", "Version B — 🅱️"].map(
        async (text) =>
          (await send(path, "PUT", { body: text }, { ...admin.auth, "If-Match": tag })).status,
      ),
    );
    expect(statuses.sort()).toEqual([200, 412]);
    expect(["Version A — 🅰️", "Version B — 🅱️"]).toContain(
      ((await state()) as { body: string }).body,
    );
  });

  it("REQUIRE_IF_MATCH: these writes without If-Match answer 428 and write nothing", async () => {
    const admin = await adminCaller();
    const strict = apiWith({ ...env, REQUIRE_IF_MATCH: "true" });
    const post = await putPost(admin);
    const grant = await grantedFeature(admin);
    const link = await listedLink(admin);
    const member = await listedMember(admin);
    const writes: [Write, Method, unknown][] = [
      [{ ...post, method: "PUT" }, "PUT", { body: "Sans condition" }],
      [{ ...grant, method: "PUT" }, "PUT", { usage_limit: 1 }],
      [{ ...link, method: "PATCH" }, "PATCH", { name: "Sans condition" }],
      [{ ...member, method: "DELETE" }, "DELETE", undefined],
    ];
    for (const [write, method, body] of writes) {
      const before = await write.state();
      const refused = await send(write.path, method, body, admin.auth, strict);
      expect(refused.status, `${method} ${write.path}`).toBe(428);
      expect((await json(refused)).error.code).toBe("precondition_required");
      expect(await write.state()).toEqual(before);
    }
    const conditional = await send(
      post.path,
      "PUT",
      { body: "Avec condition ✅" },
      { ...admin.auth, "If-Match": post.tag },
      strict,
    );
    expect(conditional.status).toBe(200);
  });
});
