/**
 * Every id a request body names must be a row the caller may read, and one it
 * may not read answers exactly like one that does not exist (422, same
 * details): bodies are no way to learn what exists. Authors, mentions,
 * collection items and filters, team members and permission subjects.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/db/ids";
import { api, json, postJson, queriesOf, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  makeApiKey,
  makeResource,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

const db = testDatabase();

async function member() {
  const user = await makeUser(db);
  const { key } = await makeApiKey(db, { type: "user", id: user.id });
  // Warm the key cache so round-trip counts measure the endpoint alone.
  await api("/v1/me", { headers: bearer(key) });
  return { user, headers: bearer(key) };
}

/** A private workspace of someone else, and an id that names nothing. */
async function hiddenAndAbsent() {
  const stranger = await makeUser(db);
  const hidden = await makeWorkspace(db, { type: "user", id: stranger.id }, "private");
  return { stranger, hidden: hidden.id, absent: uuidv7() };
}

/** The error a response carries, with the id it named replaced, to compare two answers. */
async function errorOf(response: Response, id: string) {
  const body = await json(response);
  expect(response.status).toBe(422);
  const { request_id: _requestId, ...error } = body.error;
  return JSON.parse(JSON.stringify(error).replaceAll(id, "<id>"));
}

beforeAll(async () => {
  await ensureActions(db, ["resources", "workspaces", "collections", "identities"]);
});

describe("authors", () => {
  it("refuses a private workspace the caller cannot read exactly as an absent one, on create", async () => {
    const alice = await member();
    const { hidden, absent } = await hiddenAndAbsent();
    const create = (id: string) =>
      postJson(
        "/v1/resources",
        {
          type: "post",
          title: "Café au lait ☕ — 夜の歌",
          authors: [{ type: "workspace", id }],
        },
        { headers: alice.headers },
      );
    const hiddenAnswer = await create(hidden);
    const absentAnswer = await create(absent);
    expect(await errorOf(hiddenAnswer, hidden)).toEqual(await errorOf(absentAnswer, absent));
    expect((await errorOf(await create(hidden), hidden)).details).toEqual([
      { location: "json", path: "authors[0].id", message: "No such workspace" },
    ]);
    // Nothing was written for either.
    const r = db.t.resources;
    const mine = await db.orm.select().from(r).where(eq(r.ownerId, alice.user.id));
    expect(mine).toHaveLength(0);
  });

  it("accepts readable authors: a public workspace, any user, one's own private workspace", async () => {
    const alice = await member();
    const own = await makeWorkspace(db, { type: "user", id: alice.user.id }, "private");
    const other = await makeWorkspace(db, { type: "user", id: (await makeUser(db)).id });
    const bob = await makeUser(db);
    const response = await postJson(
      "/v1/resources",
      {
        owner: { type: "workspace", id: own.id },
        type: "post",
        title: "Zürich ✨ notes",
        authors: [
          { type: "workspace", id: own.id },
          { type: "workspace", id: other.id },
          { type: "user", id: bob.id, role: "editor" },
        ],
      },
      { headers: alice.headers },
    );
    expect(response.status).toBe(201);
    expect((await json(response)).data.authors).toHaveLength(3);
    // The owner's check and the authors' check share the first round trip; the write is the second.
    expect(queriesOf(response)).toBe(2);
  });

  it("refuses a hidden workspace as an added author exactly as an absent one", async () => {
    const alice = await member();
    const resource = await makeResource(db, { type: "user", id: alice.user.id });
    const { hidden, absent } = await hiddenAndAbsent();
    const add = (id: string) =>
      postJson(
        `/v1/resources/${resource.id}/authors`,
        { type: "workspace", id },
        {
          headers: alice.headers,
        },
      );
    const hiddenAnswer = await add(hidden);
    expect(queriesOf(hiddenAnswer)).toBe(1);
    expect(await errorOf(hiddenAnswer, hidden)).toEqual(await errorOf(await add(absent), absent));
    const readable = await makeWorkspace(db, { type: "user", id: (await makeUser(db)).id });
    const added = await add(readable.id);
    expect(added.status).toBe(201);
    expect(queriesOf(added)).toBe(2);
  });
});

describe("other bodies naming ids", () => {
  it("mentions: a hidden workspace or resource answers like an absent one", async () => {
    const alice = await member();
    const target = await makeResource(db, { type: "user", id: alice.user.id });
    const { stranger, hidden, absent } = await hiddenAndAbsent();
    const unlisted = await makeResource(db, { type: "user", id: stranger.id }, "UNLISTED");
    const mention = (type: string, id: string) =>
      postJson(
        "/v1/engagements",
        {
          action: "mention",
          object: { type: "resource", id: target.id },
          mentions: [{ type, id }],
        },
        { headers: alice.headers },
      );
    const expected = await errorOf(await mention("workspace", absent), absent);
    expect(await errorOf(await mention("workspace", hidden), hidden)).toEqual(expected);
    expect(expected.details).toEqual([
      { location: "json", path: "mentions[0].id", message: "No such workspace" },
    ]);
    const absentResource = uuidv7();
    expect(await errorOf(await mention("resource", unlisted.id), unlisted.id)).toEqual(
      await errorOf(await mention("resource", absentResource), absentResource),
    );
  });

  it("collection filters: an item the curator cannot read answers like an absent one", async () => {
    const alice = await member();
    const created = await postJson(
      "/v1/collections",
      { name: "Lecture du soir 📚" },
      {
        headers: alice.headers,
      },
    );
    const collection = (await json(created)).data.id;
    const { hidden, absent } = await hiddenAndAbsent();
    const filter = (id: string) =>
      postJson(
        `/v1/collections/${collection}/filters`,
        { item_type: "workspace", item_id: id, mode: "hidden" },
        { headers: alice.headers },
      );
    expect(await errorOf(await filter(hidden), hidden)).toEqual(
      await errorOf(await filter(absent), absent),
    );
    const visible = await makeWorkspace(db, { type: "user", id: (await makeUser(db)).id });
    expect((await filter(visible.id)).status).toBe(201);
  });

  it("collection items: a hidden workspace answers like an absent one", async () => {
    const alice = await member();
    const created = await postJson(
      "/v1/collections",
      { name: "Favoris" },
      { headers: alice.headers },
    );
    const collection = (await json(created)).data.id;
    const { hidden, absent } = await hiddenAndAbsent();
    const add = (id: string) =>
      postJson(
        `/v1/collections/${collection}/items`,
        { item_type: "workspace", item_id: id },
        {
          headers: alice.headers,
        },
      );
    expect(await errorOf(await add(hidden), hidden)).toEqual(
      await errorOf(await add(absent), absent),
    );
  });

  it("permission subjects: a team the caller is not in answers like an absent one", async () => {
    const alice = await member();
    const workspace = await makeWorkspace(db, { type: "user", id: alice.user.id });
    const stranger = await makeUser(db);
    const theirTeam = await makeTeam(db, stranger.id, []);
    const ownTeam = await makeTeam(db, alice.user.id, []);
    const write = (id: string) =>
      postJson(
        "/v1/permissions",
        {
          subject_type: "team",
          subject_id: id,
          object_type: "workspace",
          object_id: workspace.id,
          action: "workspaces:read",
          value: "allow",
        },
        { headers: alice.headers },
      );
    const absent = uuidv7();
    expect(await errorOf(await write(theirTeam.id), theirTeam.id)).toEqual(
      await errorOf(await write(absent), absent),
    );
    const p = db.t.permissions;
    expect(await db.orm.select().from(p).where(eq(p.subjectId, theirTeam.id))).toHaveLength(0);
    expect((await write(ownTeam.id)).status).toBe(201);
  });

  it("team members: an absent user is a 422 naming user_id", async () => {
    const alice = await member();
    const team = await makeTeam(db, alice.user.id, []);
    const absent = uuidv7();
    const response = await postJson(
      `/v1/teams/${team.id}/members`,
      { user_id: absent },
      {
        headers: alice.headers,
      },
    );
    expect((await errorOf(response, absent)).details).toEqual([
      { location: "json", path: "user_id", message: "No such user" },
    ]);
    const bob = await makeUser(db);
    const added = await postJson(
      `/v1/teams/${team.id}/members`,
      { user_id: bob.id },
      {
        headers: alice.headers,
      },
    );
    expect(added.status).toBe(201);
  });
});
