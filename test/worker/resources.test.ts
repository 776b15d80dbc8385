/**
 * Resources over HTTP: creation (owner from the caller, post and authors in one
 * atomic write), reading, changing and deleting under the permission engine,
 * and the lists (all readable, mine, a workspace's) with the list language.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeOrganization,
  makeResource,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

const ids = (body: Record<string, any>) => body.data.map((row: { id: string }) => row.id);
const patch = (path: string, body: unknown, key: string) =>
  postJson(path, body, { method: "PATCH", headers: bearer(key) });
const remove = (path: string, key: string) => api(path, { method: "DELETE", headers: bearer(key) });

/** A user with an API key of all user scopes. */
async function member(db: Database, organizationId: string | null = null) {
  const user = await makeUser(db, organizationId);
  const { key } = await makeApiKey(db, { type: "user", id: user.id });
  return { user, key };
}

describe(`resources on ${dialect}`, () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces"]);
  });

  it("declares every route in the OpenAPI document", async () => {
    const { paths } = await json(await api("/openapi.json"));
    const methods = (path: string) => Object.keys(paths[path] ?? {}).sort();
    expect(methods("/v1/resources")).toEqual(["get", "post"]);
    expect(methods("/v1/resources/{id}")).toEqual(["delete", "get", "patch"]);
    expect(methods("/v1/resources/{id}/post")).toEqual(["delete", "get", "put"]);
    expect(methods("/v1/resources/{id}/authors")).toEqual(["get", "post"]);
    expect(methods("/v1/resources/{id}/authors/{authorId}")).toEqual(["delete"]);
    expect(methods("/v1/me/resources")).toEqual(["get"]);
    expect(methods("/v1/workspaces/{id}/resources")).toEqual(["get"]);
  });

  describe("create", () => {
    it("owns the resource by the caller and writes its post and authors with it", async () => {
      const { user, key } = await member(db);
      const coauthor = await makeUser(db);
      const ws = await makeWorkspace(db, { type: "user", id: user.id });
      const response = await postJson(
        "/v1/resources",
        {
          type: "post",
          title: "  Hello  ",
          excerpt: "Short",
          post: { body: "Body", featured_image_url: "https://example.com/a.png" },
          authors: [
            { type: "user", id: coauthor.id, role: "editor" },
            { type: "workspace", id: ws.id },
          ],
        },
        { headers: bearer(key) },
      );
      expect(response.status).toBe(201);
      const { data } = await json(response);
      expect(data).toMatchObject({
        owner: { type: "user", id: user.id },
        type: "post",
        title: "Hello",
        excerpt: "Short",
        status: "LISTED",
        post: {
          resource_id: data.id,
          body: "Body",
          body_html: null,
          featured_image_url: "https://example.com/a.png",
        },
      });
      expect(data.authors).toEqual([
        expect.objectContaining({ author: { type: "user", id: coauthor.id }, role: "editor" }),
        expect.objectContaining({ author: { type: "workspace", id: ws.id }, role: "author" }),
      ]);
      const fetched = await json(await api(`/v1/resources/${data.id}?include=post,authors`));
      expect(fetched.data).toEqual(data);
    });

    it("never takes an owner from the body other than an organization or workspace", async () => {
      const { key } = await member(db);
      const other = await makeUser(db);
      const response = await postJson(
        "/v1/resources",
        { type: "post", title: "Mine", owner: { type: "user", id: other.id } },
        { headers: bearer(key) },
      );
      expect(response.status).toBe(422);
    });

    it("creates for a workspace or organization the caller controls, and only those", async () => {
      const org = await makeOrganization(db);
      const { user, key } = await member(db, org.id);
      const mine = await makeWorkspace(db, { type: "user", id: user.id }, "private");
      const theirs = await makeWorkspace(db, { type: "user", id: (await makeUser(db)).id });
      const create = (owner: { type: string; id: string }) =>
        postJson("/v1/resources", { type: "song", title: "Song", owner }, { headers: bearer(key) });

      const inMine = await create({ type: "workspace", id: mine.id });
      expect(inMine.status).toBe(201);
      expect((await json(inMine)).data.owner).toEqual({ type: "workspace", id: mine.id });
      const forOrg = await create({ type: "organization", id: org.id });
      expect(forOrg.status).toBe(201);
      expect((await create({ type: "workspace", id: theirs.id })).status).toBe(403);
      const otherOrg = await makeOrganization(db);
      expect((await create({ type: "organization", id: otherOrg.id })).status).toBe(403);
      expect((await create({ type: "workspace", id: crypto.randomUUID() })).status).toBe(422);
    });

    it("refuses guests (401) and keys without resources:write (403)", async () => {
      const body = { type: "post", title: "Nope" };
      const guest = await postJson("/v1/resources", body);
      expect(guest.status).toBe(401);
      const user = await makeUser(db);
      const readOnly = await makeApiKey(db, { type: "user", id: user.id }, ["resources:read"]);
      const response = await postJson("/v1/resources", body, { headers: bearer(readOnly.key) });
      expect(response.status).toBe(403);
      expect((await json(response)).error.code).toBe("insufficient_scope");
    });

    it("validates the body: 422 naming the field", async () => {
      const { key } = await member(db);
      const cases: unknown[] = [
        { type: "video", title: "x" },
        { type: "post", title: "" },
        { type: "post", title: "x".repeat(301) },
        { type: "post", title: "x", status: "HIDDEN" },
        { type: "post", title: "x", extra: 1 },
        { type: "post", title: "x", post: { body: "" } },
        { type: "post", title: "x", post: { body: "b", featured_image_url: "javascript:x" } },
        { type: "post", title: "x", authors: [{ type: "team", id: crypto.randomUUID() }] },
        { type: "post", title: "x", authors: [{ type: "user", id: "not-a-uuid" }] },
        { type: "post", title: 42 },
        [],
      ];
      for (const body of cases) {
        const response = await postJson("/v1/resources", body, { headers: bearer(key) });
        expect(response.status, JSON.stringify(body)).toBe(422);
        expect((await json(response)).error.details?.length).toBeGreaterThan(0);
      }
    });

    it("writes nothing when an author repeats (409) or does not exist (422)", async () => {
      const { user, key } = await member(db);
      const coauthor = await makeUser(db);
      const { resources, resourceAuthors, posts } = db.t;
      const postCount = async () =>
        (await db.orm.select({ id: posts.resourceId }).from(posts)).length;
      const postsBefore = await postCount();
      const attempt = async (authors: unknown[]) => {
        const response = await postJson(
          "/v1/resources",
          { type: "post", title: "Atomic", post: { body: "Body" }, authors },
          { headers: bearer(key) },
        );
        return { status: response.status, body: await json(response) };
      };
      const twice = { type: "user", id: coauthor.id };
      expect((await attempt([twice, twice])).status).toBe(409);
      const missing = await attempt([
        { type: "user", id: coauthor.id },
        { type: "workspace", id: crypto.randomUUID() },
      ]);
      expect(missing.status).toBe(422);
      expect(missing.body.error.details[0].path).toBe("authors[1].id");

      // No resource, no post, no author row: the failed writes left nothing behind.
      const owned = await db.orm.select().from(resources).where(eq(resources.ownerId, user.id));
      expect(owned).toEqual([]);
      const credited = await db.orm
        .select()
        .from(resourceAuthors)
        .where(eq(resourceAuthors.authorId, coauthor.id));
      expect(credited).toEqual([]);
      expect(await postCount()).toBe(postsBefore);
      // The same request with valid authors goes through.
      expect((await attempt([twice])).status).toBe(201);
      expect(await postCount()).toBe(postsBefore + 1);
    });
  });

  describe("get, update and delete", () => {
    it("reads: public to everyone, unlisted to its owner only (404 to others)", async () => {
      const { user, key } = await member(db);
      const stranger = await member(db);
      const listed = await makeResource(db, { type: "user", id: user.id }, "LISTED");
      const unlisted = await makeResource(db, { type: "user", id: user.id }, "UNLISTED");

      expect((await api(`/v1/resources/${listed.id}`)).status).toBe(200);
      expect((await api(`/v1/resources/${unlisted.id}`)).status).toBe(404);
      const asStranger = await api(`/v1/resources/${unlisted.id}`, {
        headers: bearer(stranger.key),
      });
      expect(asStranger.status).toBe(404);
      const asOwner = await api(`/v1/resources/${unlisted.id}`, { headers: bearer(key) });
      expect(asOwner.status).toBe(200);
      expect((await json(asOwner)).data).toMatchObject({ id: unlisted.id, status: "UNLISTED" });
      expect((await api(`/v1/resources/${crypto.randomUUID()}`)).status).toBe(404);
      expect((await api("/v1/resources/not-a-uuid")).status).toBe(400);
      const noScope = await makeApiKey(db, { type: "user", id: user.id }, ["identities:read"]);
      expect(
        (await api(`/v1/resources/${listed.id}`, { headers: bearer(noScope.key) })).status,
      ).toBe(403);
    });

    it("follows permission rows: a reader granted an unlisted resource may read it", async () => {
      const { user } = await member(db);
      const reader = await member(db);
      const unlisted = await makeResource(db, { type: "user", id: user.id }, "UNLISTED");
      const path = `/v1/resources/${unlisted.id}`;
      expect((await api(path, { headers: bearer(reader.key) })).status).toBe(404);
      await grant(
        db,
        { type: "user", id: reader.user.id },
        { type: "resource", id: unlisted.id },
        "resources:read",
        "allow",
      );
      expect((await api(path, { headers: bearer(reader.key) })).status).toBe(200);
    });

    it("updates for those who may write: 403 if merely readable, 404 if not even that", async () => {
      const { user, key } = await member(db);
      const stranger = await member(db);
      const listed = await makeResource(db, { type: "user", id: user.id }, "LISTED");
      const unlisted = await makeResource(db, { type: "user", id: user.id }, "UNLISTED");

      const changed = await patch(
        `/v1/resources/${listed.id}`,
        { title: "Renamed", status: "UNLISTED", excerpt: null, type: "album" },
        key,
      );
      expect(changed.status).toBe(200);
      const { data } = await json(changed);
      expect(data).toMatchObject({
        id: listed.id,
        title: "Renamed",
        status: "UNLISTED",
        type: "album",
        excerpt: null,
      });
      expect(Date.parse(data.updated_at)).toBeGreaterThanOrEqual(Date.parse(data.created_at));

      const other = await makeResource(db, { type: "user", id: user.id }, "LISTED");
      expect((await patch(`/v1/resources/${other.id}`, { title: "x" }, stranger.key)).status).toBe(
        403,
      );
      expect(
        (await patch(`/v1/resources/${unlisted.id}`, { title: "x" }, stranger.key)).status,
      ).toBe(404);
      const guest = await postJson(
        `/v1/resources/${other.id}`,
        { title: "x" },
        { method: "PATCH" },
      );
      expect(guest.status).toBe(401);
      expect((await patch(`/v1/resources/${other.id}`, {}, key)).status).toBe(422);
      expect((await patch(`/v1/resources/${other.id}`, { owner: "x" }, key)).status).toBe(422);
      expect((await patch(`/v1/resources/${other.id}`, { status: "GONE" }, key)).status).toBe(422);
      expect(
        (await patch(`/v1/resources/${crypto.randomUUID()}`, { title: "x" }, key)).status,
      ).toBe(404);
    });

    it("lets a granted writer update, and a workspace's owner update its resources", async () => {
      const { user } = await member(db);
      const writer = await member(db);
      const resource = await makeResource(db, { type: "user", id: user.id });
      await grant(
        db,
        { type: "user", id: writer.user.id },
        { type: "resource", id: resource.id },
        "resources:write",
        "allow",
      );
      expect(
        (await patch(`/v1/resources/${resource.id}`, { title: "By writer" }, writer.key)).status,
      ).toBe(200);

      const wsOwner = await member(db);
      const ws = await makeWorkspace(db, { type: "user", id: wsOwner.user.id }, "private");
      const inWs = await makeResource(db, { type: "workspace", id: ws.id }, "UNLISTED");
      expect((await patch(`/v1/resources/${inWs.id}`, { title: "Mine" }, wsOwner.key)).status).toBe(
        200,
      );
    });

    it("deletes with everything that names it, for those who may delete", async () => {
      const { key } = await member(db);
      const stranger = await member(db);
      const created = await json(
        await postJson(
          "/v1/resources",
          {
            type: "post",
            title: "Doomed",
            post: { body: "Body" },
            authors: [{ type: "user", id: stranger.user.id }],
          },
          { headers: bearer(key) },
        ),
      );
      const id = created.data.id as string;
      const { externalLinks, engagements, posts, resourceAuthors, permissions } = db.t;
      await db.orm.insert(externalLinks).values({
        subjectType: "resource",
        subjectId: id,
        name: "Site",
        url: "https://example.com",
        position: 0,
      });
      await db.orm.insert(engagements).values({
        subjectType: "user",
        subjectId: stranger.user.id,
        action: "like",
        objectType: "resource",
        objectId: id,
        singleton: true,
      });
      await grant(
        db,
        { type: "user", id: stranger.user.id },
        { type: "resource", id },
        "resources:read",
        "allow",
      );

      expect((await remove(`/v1/resources/${id}`, stranger.key)).status).toBe(403);
      expect((await api(`/v1/resources/${id}`, { method: "DELETE" })).status).toBe(401);
      expect((await remove(`/v1/resources/${id}`, key)).status).toBe(204);
      expect((await api(`/v1/resources/${id}`, { headers: bearer(key) })).status).toBe(404);
      expect((await remove(`/v1/resources/${id}`, key)).status).toBe(404);

      const left = await Promise.all([
        db.orm.select().from(posts).where(eq(posts.resourceId, id)),
        db.orm.select().from(resourceAuthors).where(eq(resourceAuthors.resourceId, id)),
        db.orm.select().from(externalLinks).where(eq(externalLinks.subjectId, id)),
        db.orm.select().from(engagements).where(eq(engagements.objectId, id)),
        db.orm.select().from(permissions).where(eq(permissions.objectId, id)),
      ]);
      expect(left.map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0]);
    });
  });

  describe("lists", () => {
    it("shows guests only listed resources whose owner they may read", async () => {
      const { user, key } = await member(db);
      const open = await makeWorkspace(db, { type: "user", id: user.id }, "public");
      const closed = await makeWorkspace(db, { type: "user", id: user.id }, "private");
      const visible = await makeResource(db, { type: "workspace", id: open.id }, "LISTED");
      const hidden = [
        await makeResource(db, { type: "workspace", id: open.id }, "UNLISTED"),
        await makeResource(db, { type: "workspace", id: closed.id }, "LISTED"),
      ];
      const owners = `owner_id=${open.id},${closed.id}`;
      const asGuest = await json(await api(`/v1/resources?${owners}&count=true`));
      expect(ids(asGuest)).toEqual([visible.id]);
      expect(asGuest.meta).toMatchObject({ total: 1, has_more: false, next_cursor: null });
      const asOwner = await json(await api(`/v1/resources?${owners}`, { headers: bearer(key) }));
      expect(ids(asOwner).sort()).toEqual([visible.id, ...hidden.map((r) => r.id)].sort());
    });

    it("filters by type, status, owner, creation time and text; sorts by title", async () => {
      const { user, key } = await member(db);
      const marker = crypto.randomUUID().slice(0, 8);
      const make = async (body: Record<string, unknown>) =>
        (
          await json(
            await postJson(
              "/v1/resources",
              { type: "post", ...body, title: `${body.title} ${marker}` },
              { headers: bearer(key) },
            ),
          )
        ).data as { id: string; created_at: string };
      const a = await make({ title: "Banana", type: "song" });
      const b = await make({ title: "Apple", excerpt: "50%_off deal" });
      const c = await make({ title: "Cherry", status: "UNLISTED" });
      const get = async (query: string) =>
        json(
          await api(`/v1/resources?owner_type=user&owner_id=${user.id}&${query}`, {
            headers: bearer(key),
          }),
        );

      expect(ids(await get("type=song"))).toEqual([a.id]);
      expect(ids(await get("status=UNLISTED"))).toEqual([c.id]);
      expect(ids(await get("type=post,song&status=LISTED")).sort()).toEqual([a.id, b.id].sort());
      expect(ids(await get(`q=${encodeURIComponent("50%_OFF")}`))).toEqual([b.id]);
      expect(ids(await get("q=50%25x"))).toEqual([]);
      expect(ids(await get(`q=${marker}&sort=title`))).toEqual([b.id, a.id, c.id]);
      expect(ids(await get(`q=${marker}&sort=-title`))).toEqual([c.id, a.id, b.id]);
      expect(ids(await get("sort=created_at"))).toEqual([a.id, b.id, c.id]);
      expect(ids(await get(""))).toEqual([c.id, b.id, a.id]);
      const from = encodeURIComponent(b.created_at);
      expect(ids(await get(`created_at_from=${from}&sort=created_at`))).toEqual([b.id, c.id]);
      expect(ids(await get(`created_at_to=${from}&sort=created_at`))).toEqual([a.id, b.id]);
      const counted = await get("count=true&limit=1");
      expect(counted.meta).toMatchObject({ total: 3, limit: 1, has_more: true });
      expect(counted.data).toHaveLength(1);
    });

    it("lists the caller's own resources, whatever their status, and only theirs", async () => {
      const { user, key } = await member(db);
      const other = await member(db);
      const mine = [
        await makeResource(db, { type: "user", id: user.id }, "LISTED"),
        await makeResource(db, { type: "user", id: user.id }, "UNLISTED"),
      ];
      await makeResource(db, { type: "user", id: other.user.id });
      const ws = await makeWorkspace(db, { type: "user", id: user.id });
      await makeResource(db, { type: "workspace", id: ws.id });
      const response = await json(
        await api("/v1/me/resources?count=true", { headers: bearer(key) }),
      );
      expect(ids(response).sort()).toEqual(mine.map((r) => r.id).sort());
      expect(response.meta.total).toBe(2);
      expect((await api("/v1/me/resources")).status).toBe(401);
      const unlisted = await json(
        await api("/v1/me/resources?status=UNLISTED", { headers: bearer(key) }),
      );
      expect(ids(unlisted)).toEqual([mine[1]!.id]);
      // The owner is the caller, not a filter.
      expect(
        (await api(`/v1/me/resources?owner_id=${other.user.id}`, { headers: bearer(key) })).status,
      ).toBe(400);

      const wsKey = (await makeApiKey(db, { type: "workspace", id: ws.id })).key;
      const asWorkspace = await json(await api("/v1/me/resources", { headers: bearer(wsKey) }));
      expect(asWorkspace.data).toHaveLength(1);
      expect(asWorkspace.data[0].owner).toEqual({ type: "workspace", id: ws.id });
    });

    it("lists a workspace's resources as the engine allows; 404 when it is unreadable", async () => {
      const { user, key } = await member(db);
      const stranger = await member(db);
      const open = await makeWorkspace(db, { type: "user", id: user.id }, "public");
      const closed = await makeWorkspace(db, { type: "user", id: user.id }, "private");
      const listed = await makeResource(db, { type: "workspace", id: open.id }, "LISTED");
      const unlisted = await makeResource(db, { type: "workspace", id: open.id }, "UNLISTED");
      await makeResource(db, { type: "user", id: user.id });

      const asGuest = await json(await api(`/v1/workspaces/${open.id}/resources`));
      expect(ids(asGuest)).toEqual([listed.id]);
      const asOwner = await json(
        await api(`/v1/workspaces/${open.id}/resources`, { headers: bearer(key) }),
      );
      expect(ids(asOwner)).toEqual([unlisted.id, listed.id]);
      expect((await api(`/v1/workspaces/${closed.id}/resources`)).status).toBe(404);
      expect(
        (await api(`/v1/workspaces/${closed.id}/resources`, { headers: bearer(stranger.key) }))
          .status,
      ).toBe(404);
      expect(
        (await api(`/v1/workspaces/${closed.id}/resources`, { headers: bearer(key) })).status,
      ).toBe(200);
      expect((await api(`/v1/workspaces/${crypto.randomUUID()}/resources`)).status).toBe(404);
      expect((await api("/v1/workspaces/nope/resources")).status).toBe(400);
    });

    it("never repeats or skips a row when rows are inserted between pages", async () => {
      const { user, key } = await member(db);
      const ws = await makeWorkspace(db, { type: "user", id: user.id });
      const existing: string[] = [];
      for (let i = 0; i < 7; i++)
        existing.push((await makeResource(db, { type: "workspace", id: ws.id })).id);

      for (const sort of ["-created_at", "created_at", "title", "-title"]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const query = `limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`;
          const response = await api(`/v1/workspaces/${ws.id}/resources?${query}`, {
            headers: bearer(key),
          });
          expect(response.status).toBe(200);
          const page = await json(response);
          seen.push(...ids(page));
          cursor = page.meta.next_cursor ?? undefined;
          await makeResource(db, { type: "workspace", id: ws.id });
        } while (cursor);
        const old = seen.filter((id) => existing.includes(id));
        expect(new Set(seen).size, sort).toBe(seen.length);
        expect(old.sort(), sort).toEqual([...existing].sort());
      }
    });

    it("answers malformed list queries with 400, never 500", async () => {
      const { key } = await member(db);
      const queries = [
        "include=comments",
        "include=post,,authors",
        "include=",
        "limit=0",
        "limit=101",
        "limit=99999999999999999999",
        "limit=abc",
        "sort=owner_id",
        "sort=--title",
        "type=video",
        "status=listed",
        "owner_type=team",
        "owner_id=nope",
        `owner_id=${Array.from({ length: 101 }, () => crypto.randomUUID()).join(",")}`,
        "created_at_from=yesterday",
        "created_at_to=2024-13-45T00:00:00Z",
        "count=yes",
        "cursor=%%%",
        "cursor=bm90IGpzb24",
        `cursor=${btoa(JSON.stringify({ sort: "title", value: 1, id: "x" }))}`,
        `q=${"x".repeat(201)}`,
        "q=",
        "unknown=1",
        "limit=1&limit=2",
      ];
      for (const query of queries) {
        const response = await api(`/v1/resources?${query}`, { headers: bearer(key) });
        expect(response.status, query).toBe(400);
        expect((await json(response)).error.code, query).toBe("bad_request");
      }
      const item = await makeResource(db, { type: "user", id: crypto.randomUUID() });
      for (const query of ["include=everything", "limit=5", "include=post&include=authors"]) {
        const response = await api(`/v1/resources/${item.id}?${query}`);
        expect(response.status, query).toBe(400);
      }
    });

    it("accepts the longest filters a client may send", async () => {
      const { key } = await member(db);
      const owners = Array.from({ length: 100 }, () => crypto.randomUUID()).join(",");
      const types = Array.from({ length: 100 }, () => "post").join(",");
      const query = `owner_id=${owners}&type=${types}&status=LISTED,UNLISTED&q=x&count=true`;
      const response = await api(`/v1/resources?${query}&include=post,authors,links,counts`, {
        headers: bearer(key),
      });
      expect(response.status).toBe(200);
      expect((await json(response)).meta.total).toBe(0);
    });
  });
});
