/**
 * Bookmarks are private: only their subject (a user, or whoever controls the
 * bookmarking workspace) and admins see them — in lists by object and by
 * subject, their totals, single reads and the engagement counts of resources.
 * Other engagements stay on show.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { api, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  makeApiKey,
  makeResource,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

const db = testDatabase();

async function keyFor(subject: { type: "user" | "workspace"; id: string }, scopes?: string[]) {
  const { key } = await makeApiKey(db, subject, scopes);
  return bearer(key);
}

/** Cal bookmarks and likes a public resource; Cal's workspace bookmarks it too. */
async function scene() {
  const author = await makeUser(db);
  const resource = await makeResource(db, { type: "user", id: author.id });
  const cal = await makeUser(db);
  const calWorkspace = await makeWorkspace(db, { type: "user", id: cal.id });
  const calHeaders = await keyFor({ type: "user", id: cal.id });
  const object = { type: "resource", id: resource.id };
  const bookmark = await postJson(
    "/v1/engagements",
    { action: "bookmark", object },
    { headers: calHeaders },
  );
  expect(bookmark.status).toBe(201);
  const like = await postJson(
    "/v1/engagements",
    { action: "like", object },
    { headers: calHeaders },
  );
  expect(like.status).toBe(201);
  const asWorkspace = await postJson(
    "/v1/engagements",
    { action: "bookmark", object, subject: { type: "workspace", id: calWorkspace.id } },
    { headers: calHeaders },
  );
  expect(asWorkspace.status).toBe(201);
  const bob = await makeUser(db);
  return {
    resource,
    cal,
    calWorkspace,
    calHeaders,
    bookmarkId: (await json(bookmark)).data.id as string,
    workspaceBookmarkId: (await json(asWorkspace)).data.id as string,
    viewers: {
      guest: {} as Record<string, string>,
      bob: await keyFor({ type: "user", id: bob.id }),
    },
    admin: await keyFor({ type: "user", id: bob.id }, ["admin"]),
  };
}

const get = async (path: string, headers: Record<string, string>) => {
  const response = await api(path, { headers });
  expect(response.status).toBe(200);
  return json(response);
};

beforeAll(async () => {
  await ensureActions(db, ["resources", "workspaces"]);
});

describe("bookmarks are their subject's alone", () => {
  it("are missing from others' lists, totals and counts, but not from the subject's or an admin's", async () => {
    const s = await scene();
    const made = `/v1/users/${s.cal.id}/engagements/made?action=bookmark&count=true`;
    const byObject = `/v1/resources/${s.resource.id}/engagements?action=bookmark&count=true`;
    const counts = `/v1/resources/${s.resource.id}?include=counts`;
    const countsRoute = `/v1/resources/${s.resource.id}/engagements/counts`;
    const listed = `/v1/resources?owner_type=user&owner_id=${s.resource.ownerId}&include=counts`;

    for (const headers of Object.values(s.viewers)) {
      const mine = await get(made, headers);
      expect(mine.data).toEqual([]);
      expect(mine.meta.total).toBe(0);
      const onObject = await get(byObject, headers);
      expect(onObject.data).toEqual([]);
      expect(onObject.meta.total).toBe(0);
      expect((await get(counts, headers)).data.counts).toMatchObject({ bookmark: 0, like: 1 });
      expect((await get(countsRoute, headers)).data).toMatchObject({ bookmark: 0, like: 1 });
      expect((await get(listed, headers)).data[0].counts).toMatchObject({ bookmark: 0, like: 1 });
      // All engagements of the resource: the like shows, the bookmarks do not.
      const all = await get(`/v1/resources/${s.resource.id}/engagements?count=true`, headers);
      expect(all.data.map((e: { action: string }) => e.action)).toEqual(["like"]);
      expect(all.meta.total).toBe(1);
      expect((await api(`/v1/engagements/${s.bookmarkId}`, { headers })).status).toBe(404);
    }

    // Cal sees the personal bookmark and the workspace's, as its owner.
    const own = await get(made, s.calHeaders);
    expect(own.data.map((e: { id: string }) => e.id)).toEqual([s.bookmarkId]);
    expect(own.meta.total).toBe(1);
    const ownOnObject = await get(byObject, s.calHeaders);
    expect(ownOnObject.meta.total).toBe(2);
    expect((await get(counts, s.calHeaders)).data.counts).toMatchObject({ bookmark: 2, like: 1 });
    expect((await api(`/v1/engagements/${s.bookmarkId}`, { headers: s.calHeaders })).status).toBe(
      200,
    );
    const mineViaMe = await get("/v1/me/engagements?action=bookmark&count=true", s.calHeaders);
    expect(mineViaMe.meta.total).toBe(1);

    // Admins see everything.
    expect((await get(byObject, s.admin)).meta.total).toBe(2);
    expect((await get(counts, s.admin)).data.counts).toMatchObject({ bookmark: 2 });
  });

  it("cannot be found to be deleted by anyone else, and stay with their subject", async () => {
    const s = await scene();
    const response = await api(`/v1/engagements/${s.workspaceBookmarkId}`, {
      method: "DELETE",
      headers: s.viewers.bob,
    });
    expect(response.status).toBe(404);
    const removed = await api(`/v1/engagements/${s.workspaceBookmarkId}`, {
      method: "DELETE",
      headers: s.calHeaders,
    });
    expect(removed.status).toBe(204);
  });
});
