/**
 * External links of workspaces and resources: read through the subject's read
 * right, changed through its write right, kept in a gapless order by position
 * (insertions, removals and reorders rewrite positions atomically without
 * tripping the unique (subject, position) index).
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { uuidv7 } from "../../src/db/ids";
import { api, dialect, json, postJson, queriesOf, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeResource,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

/** The permission check, then one atomic write (docs/architecture.md §9: a write makes at most two round trips). */
const expectWriteBudget = (response: Response) => {
  expect(queriesOf(response)).toBeLessThanOrEqual(2);
};
const headers = (key?: string) => (key ? bearer(key) : {});
const send = (method: string, path: string, body: unknown, key?: string) =>
  postJson(path, body, { method, headers: headers(key) });
const link = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  url: `https://example.com/${name}`,
  ...extra,
});

interface LinkJson {
  id: string;
  name: string;
  position: number;
  subject: { type: string; id: string };
}

describe(`external links on ${dialect}`, () => {
  let db: Database;
  let owner: { id: string };
  let ownerKey: string;
  let strangerId: string;
  let strangerKey: string;
  let adminKey: string;
  let readOnlyKey: string;
  let resourcesOnlyKey: string;

  /** The subject's links as the API lists them: names in order, positions checked gapless. */
  const names = async (path: string, key = ownerKey) => {
    const response = await api(`${path}/links`, { headers: bearer(key) });
    expect(response.status).toBe(200);
    const { data, meta } = await json(response);
    expect(meta).toEqual({ limit: 100, next_cursor: null, has_more: false });
    expect(data.map((row: LinkJson) => row.position)).toEqual(
      data.map((_: unknown, i: number) => i),
    );
    return data.map((row: LinkJson) => row.name) as string[];
  };
  const add = async (path: string, name: string, extra: Record<string, unknown> = {}) => {
    const response = await send("POST", `${path}/links`, link(name, extra), ownerKey);
    expect(response.status).toBe(201);
    return (await json(response)).data as LinkJson;
  };
  const newWorkspace = async (visibility: "public" | "private" = "public") =>
    `/v1/workspaces/${(await makeWorkspace(db, { type: "user", id: owner.id }, visibility)).id}`;

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["workspaces", "resources"]);
    owner = await makeUser(db);
    ownerKey = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    strangerId = (await makeUser(db)).id;
    strangerKey = (await makeApiKey(db, { type: "user", id: strangerId })).key;
    adminKey = (await makeApiKey(db, { type: "user", id: strangerId }, ["admin"])).key;
    readOnlyKey = (await makeApiKey(db, { type: "user", id: owner.id }, ["workspaces:read"])).key;
    resourcesOnlyKey = (
      await makeApiKey(db, { type: "user", id: owner.id }, ["resources:read", "resources:write"])
    ).key;
    // Verified keys are cached: later requests show only their own round trips.
    for (const key of [ownerKey, strangerKey, adminKey, readOnlyKey, resourcesOnlyKey]) {
      expect((await api("/v1/health", { headers: bearer(key) })).status).toBe(200);
    }
  });

  it("appends links, or inserts one at a position moving the later ones down", async () => {
    const ws = await newWorkspace();
    const first = await send("POST", `${ws}/links`, link("a", { icon: "globe" }), ownerKey);
    expect(first.status).toBe(201);
    expectWriteBudget(first);
    expect((await json(first)).data).toMatchObject({
      name: "a",
      url: "https://example.com/a",
      icon: "globe",
      position: 0,
      subject: { type: "workspace", id: ws.split("/").at(-1) },
    });
    await add(ws, "b");
    await add(ws, "c");
    const inserted = await send("POST", `${ws}/links`, link("x", { position: 1 }), ownerKey);
    expect(inserted.status).toBe(201);
    expectWriteBudget(inserted);
    expect((await json(inserted)).data.position).toBe(1);
    expect(await add(ws, "first", { position: 0 })).toMatchObject({ position: 0 });
    expect(await add(ws, "last", { position: 99 })).toMatchObject({ position: 5 });
    expect(await names(ws)).toEqual(["first", "a", "x", "b", "c", "last"]);
  });

  it("lists a subject's links in one round trip, to whoever may read the subject", async () => {
    const open = await newWorkspace();
    const closed = await newWorkspace("private");
    await add(open, "home");
    await add(closed, "secret");
    const cases: [string, string | undefined, number][] = [
      [open, undefined, 200],
      [open, strangerKey, 200],
      [closed, undefined, 404],
      [closed, strangerKey, 404],
      [closed, ownerKey, 200],
      [closed, adminKey, 200],
      [`/v1/workspaces/${uuidv7()}`, ownerKey, 404],
    ];
    for (const [path, key, status] of cases) {
      const response = await api(`${path}/links`, { headers: headers(key) });
      expect(response.status, `${path} as ${key ?? "guest"}`).toBe(status);
      expect(queriesOf(response)).toBe(1);
    }
    expect((await json(await api(`${open}/links`))).data[0].name).toBe("home");
    const empty = await newWorkspace();
    expect(await names(empty)).toEqual([]);
    expect((await api(`${open}/links?limit=5`)).status).toBe(400);
    expect((await api("/v1/workspaces/nope/links")).status).toBe(400);
  });

  it("lets only those who may write the subject add links", async () => {
    const open = await newWorkspace();
    const closed = await newWorkspace("private");
    const path = (ws: string) => `${ws}/links`;
    expect((await send("POST", path(open), link("g"))).status).toBe(401);
    expect((await send("POST", path(open), link("s"), strangerKey)).status).toBe(403);
    expect((await send("POST", path(closed), link("s"), strangerKey)).status).toBe(404);
    const scoped = await send("POST", path(open), link("r"), readOnlyKey);
    expect(scoped.status).toBe(403);
    expect((await json(scoped)).error.code).toBe("insufficient_scope");
    expect(
      (await send("POST", `/v1/workspaces/${uuidv7()}/links`, link("n"), ownerKey)).status,
    ).toBe(404);
    expect(await names(open)).toEqual([]);

    await grant(
      db,
      { type: "user", id: strangerId },
      { type: "workspace", id: open.split("/").at(-1)! },
      "workspaces:write",
      "allow",
    );
    expect((await send("POST", path(open), link("granted"), strangerKey)).status).toBe(201);
    expect((await send("POST", path(closed), link("admin"), adminKey)).status).toBe(201);
    expect(await names(open)).toEqual(["granted"]);
  });

  it("validates link bodies", async () => {
    const ws = await newWorkspace();
    const invalid = [
      { name: "x", url: "ftp://example.com" },
      { name: "x", url: "not a url" },
      { url: "https://example.com" },
      { name: "", url: "https://example.com" },
      { ...link("x"), position: -1 },
      { ...link("x"), position: 1.5 },
      { ...link("x"), icon: "i".repeat(65) },
      { ...link("x"), subject_id: uuidv7() },
    ];
    for (const body of invalid) {
      const response = await send("POST", `${ws}/links`, body, ownerKey);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    expect(await names(ws)).toEqual([]);
  });

  it("does the same for resources, following the resource's own visibility", async () => {
    const ws = (await makeWorkspace(db, { type: "user", id: owner.id })).id;
    const listed = `/v1/resources/${(await makeResource(db, { type: "workspace", id: ws })).id}`;
    const unlisted = `/v1/resources/${(await makeResource(db, { type: "workspace", id: ws }, "UNLISTED")).id}`;
    const created = await add(listed, "source");
    expect(created.subject.type).toBe("resource");
    await add(listed, "mirror", { position: 0 });
    await add(unlisted, "draft");
    expect(await names(listed, strangerKey)).toEqual(["mirror", "source"]);
    expect((await api(`${listed}/links`)).status).toBe(200);
    expect((await api(`${unlisted}/links`)).status).toBe(404);
    expect((await api(`${unlisted}/links`, { headers: bearer(strangerKey) })).status).toBe(404);
    expect((await send("POST", `${listed}/links`, link("s"), strangerKey)).status).toBe(403);
    expect((await send("POST", `${unlisted}/links`, link("s"), strangerKey)).status).toBe(404);
    expect((await send("POST", `${listed}/links`, link("k"), resourcesOnlyKey)).status).toBe(201);
    expect(
      (await send("POST", `/v1/resources/${uuidv7()}/links`, link("n"), ownerKey)).status,
    ).toBe(404);
  });

  it("changes a link's fields for those who may write its subject", async () => {
    const open = await newWorkspace();
    const closed = await newWorkspace("private");
    const target = await add(open, "old");
    const hidden = await add(closed, "hidden");
    const path = `/v1/links/${target.id}`;

    const changed = await send("PATCH", path, { name: "new", icon: "star" }, ownerKey);
    expect(changed.status).toBe(200);
    expectWriteBudget(changed);
    expect((await json(changed)).data).toMatchObject({
      id: target.id,
      name: "new",
      icon: "star",
      url: "https://example.com/old",
      position: 0,
    });
    expect((await send("PATCH", path, { icon: null }, ownerKey)).status).toBe(200);
    expect((await send("PATCH", path, { name: "g" })).status).toBe(401);
    expect((await send("PATCH", path, { name: "s" }, strangerKey)).status).toBe(403);
    expect((await send("PATCH", `/v1/links/${hidden.id}`, { name: "s" }, strangerKey)).status).toBe(
      404,
    );
    // The subject is a workspace: a key with only resource scopes may not touch it.
    const scoped = await send("PATCH", path, { name: "r" }, resourcesOnlyKey);
    expect(scoped.status).toBe(403);
    expect((await json(scoped)).error.code).toBe("insufficient_scope");
    expect((await send("PATCH", `/v1/links/${uuidv7()}`, { name: "n" }, ownerKey)).status).toBe(
      404,
    );
    for (const bad of [{ url: "mailto:a@b.c" }, { position: 3 }, { name: "" }]) {
      expect((await send("PATCH", path, bad, ownerKey)).status, JSON.stringify(bad)).toBe(422);
    }
    const [row] = await db.orm
      .select()
      .from(db.t.externalLinks)
      .where(eq(db.t.externalLinks.id, target.id));
    expect(row).toMatchObject({ name: "new", icon: null });
  });

  it("removes a link and closes the gap it leaves", async () => {
    const ws = await newWorkspace();
    const created = [];
    for (const name of ["a", "b", "c", "d"]) created.push(await add(ws, name));
    const middle = `/v1/links/${created[1]!.id}`;
    expect((await api(middle, { method: "DELETE" })).status).toBe(401);
    expect((await api(middle, { method: "DELETE", headers: bearer(strangerKey) })).status).toBe(
      403,
    );
    const removed = await api(middle, { method: "DELETE", headers: bearer(ownerKey) });
    expect(removed.status).toBe(204);
    expectWriteBudget(removed);
    expect(await names(ws)).toEqual(["a", "c", "d"]);
    expect((await api(middle, { method: "DELETE", headers: bearer(ownerKey) })).status).toBe(404);
    await add(ws, "e");
    expect(await names(ws)).toEqual(["a", "c", "d", "e"]);
    const firstOne = await api(`/v1/links/${created[0]!.id}`, {
      method: "DELETE",
      headers: bearer(ownerKey),
    });
    expect(firstOne.status).toBe(204);
    expect(await names(ws)).toEqual(["c", "d", "e"]);
  });

  it("reorders a subject's links when the new order names each of them once", async () => {
    const ws = await newWorkspace();
    const ids: Record<string, string> = {};
    for (const name of ["a", "b", "c", "d"]) ids[name] = (await add(ws, name)).id;
    const order = (...order: string[]) => ({ ids: order.map((name) => ids[name] ?? name) });

    const reordered = await send("PUT", `${ws}/links/order`, order("d", "b", "a", "c"), ownerKey);
    expect(reordered.status).toBe(200);
    expectWriteBudget(reordered);
    const { data } = await json(reordered);
    expect(data.map((row: LinkJson) => [row.name, row.position])).toEqual([
      ["d", 0],
      ["b", 1],
      ["a", 2],
      ["c", 3],
    ]);
    expect(await names(ws)).toEqual(["d", "b", "a", "c"]);

    const other = await newWorkspace();
    const foreign = (await add(other, "foreign")).id;
    const refused = [
      order("d", "b", "a"),
      order("d", "b", "a", "c", "c"),
      order("d", "b", "a", "c", foreign),
      order("d", "b", "a", foreign),
      order(),
    ];
    for (const body of refused) {
      const response = await send("PUT", `${ws}/links/order`, body, ownerKey);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect((await json(response)).error.details[0].path).toBe("ids");
    }
    expect((await send("PUT", `${ws}/links/order`, { ids: ["x"] }, ownerKey)).status).toBe(422);
    expect((await send("PUT", `${ws}/links/order`, order("a", "b", "c", "d"))).status).toBe(401);
    expect(
      (await send("PUT", `${ws}/links/order`, order("a", "b", "c", "d"), strangerKey)).status,
    ).toBe(403);
    const closed = await newWorkspace("private");
    expect((await send("PUT", `${closed}/links/order`, { ids: [] }, strangerKey)).status).toBe(404);
    expect((await send("PUT", `${closed}/links/order`, { ids: [] }, ownerKey)).status).toBe(200);
    expect(await names(ws)).toEqual(["d", "b", "a", "c"]);
    expect(await names(other)).toEqual(["foreign"]);
  });

  it("holds at most 100 links per subject, and reorders all of them at once", async () => {
    const ws = await newWorkspace();
    const subjectId = ws.split("/").at(-1)!;
    const rows = Array.from({ length: 100 }, (_, position) => ({
      id: uuidv7(),
      subjectType: "workspace" as const,
      subjectId,
      name: `l${position}`,
      url: "https://example.com",
      position,
    }));
    await db.atomic((orm) => db.insertChunks(orm, db.t.externalLinks, rows));
    const full = await send("POST", `${ws}/links`, link("overflow"), ownerKey);
    expect(full.status).toBe(409);

    const reversed = rows.map((row) => row.id).reverse();
    const response = await send("PUT", `${ws}/links/order`, { ids: reversed }, ownerKey);
    expect(response.status).toBe(200);
    expect((await names(ws)).slice(0, 3)).toEqual(["l99", "l98", "l97"]);
  });

  it("keeps positions unique and gapless when changes race", async () => {
    const ws = await newWorkspace();
    const [, b, c] = [await add(ws, "a"), await add(ws, "b"), await add(ws, "c")];
    const responses = await Promise.all([
      ...["p", "q", "r", "s", "t"].map((name, index) =>
        send("POST", `${ws}/links`, link(name, index % 2 ? { position: 0 } : {}), ownerKey),
      ),
      ...[b!, c!].map((gone) =>
        api(`/v1/links/${gone.id}`, { method: "DELETE", headers: bearer(ownerKey) }),
      ),
    ]);
    expect(responses.map((response) => response.status)).toEqual([
      201, 201, 201, 201, 201, 204, 204,
    ]);
    // `names` checks the positions are 0…n−1.
    const listed = await names(ws);
    expect(listed.sort()).toEqual(["a", "p", "q", "r", "s", "t"]);
    const stored = await db.orm
      .select()
      .from(db.t.externalLinks)
      .where(
        and(
          eq(db.t.externalLinks.subjectType, "workspace"),
          eq(db.t.externalLinks.subjectId, ws.split("/").at(-1)!),
        ),
      );
    expect(stored).toHaveLength(6);
  });

  it("documents every route", async () => {
    const { paths } = await json(await api("/openapi.json"));
    for (const subject of ["workspaces", "resources"]) {
      expect(Object.keys(paths[`/v1/${subject}/{id}/links`])).toEqual(["get", "post"]);
      expect(Object.keys(paths[`/v1/${subject}/{id}/links/order`])).toEqual(["put"]);
    }
    expect(Object.keys(paths["/v1/links/{id}"])).toEqual(["patch", "delete"]);
  });
});
