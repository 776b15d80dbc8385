/**
 * A resource's post (`PUT/GET/DELETE /resources/{id}/post`) and authors
 * (`GET/POST /resources/{id}/authors`, `DELETE …/authors/{authorId}`): reading
 * needs read on the resource, changing needs write.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeResource, makeUser, makeWorkspace } from "./support/fixtures";

const put = (path: string, body: unknown, key?: string) =>
  postJson(path, body, { method: "PUT", headers: key ? bearer(key) : {} });
const remove = (path: string, key?: string) =>
  api(path, { method: "DELETE", headers: key ? bearer(key) : {} });

describe(`resource posts and authors on ${dialect}`, () => {
  let db: Database;
  let ownerId: string;
  let ownerKey: string;
  let strangerId: string;
  let strangerKey: string;

  beforeAll(async () => {
    db = testDatabase();
    ownerId = (await makeUser(db)).id;
    ownerKey = (await makeApiKey(db, { type: "user", id: ownerId })).key;
    strangerId = (await makeUser(db)).id;
    strangerKey = (await makeApiKey(db, { type: "user", id: strangerId })).key;
  });

  describe("post", () => {
    it("creates (201), replaces (200), reads and removes the post", async () => {
      const resource = await makeResource(db, { type: "user", id: ownerId });
      const path = `/v1/resources/${resource.id}/post`;
      expect((await api(path)).status).toBe(404);

      const created = await put(
        path,
        {
          body: "First",
          body_html: "<p>First</p>",
          featured_image_url: "https://example.com/i.png",
        },
        ownerKey,
      );
      expect(created.status).toBe(201);
      const first = (await json(created)).data;
      expect(first).toMatchObject({
        resource_id: resource.id,
        body: "First",
        body_html: "<p>First</p>",
        featured_image_url: "https://example.com/i.png",
      });

      const replaced = await put(path, { body: "Second" }, ownerKey);
      expect(replaced.status).toBe(200);
      const second = (await json(replaced)).data;
      expect(second).toMatchObject({ body: "Second", body_html: null, featured_image_url: null });
      expect(second.created_at).toBe(first.created_at);

      const read = await api(path);
      expect(read.status).toBe(200);
      expect((await json(read)).data).toEqual(second);
      const rows = await db.orm
        .select()
        .from(db.t.posts)
        .where(eq(db.t.posts.resourceId, resource.id));
      expect(rows).toHaveLength(1);

      expect((await remove(path, ownerKey)).status).toBe(204);
      expect((await api(path)).status).toBe(404);
      expect((await remove(path, ownerKey)).status).toBe(404);
    });

    it("needs write to change it: 401 guest, 403 reader, 404 when unreadable", async () => {
      const listed = await makeResource(db, { type: "user", id: ownerId }, "LISTED");
      const unlisted = await makeResource(db, { type: "user", id: ownerId }, "UNLISTED");
      await put(`/v1/resources/${listed.id}/post`, { body: "Kept" }, ownerKey);
      const body = { body: "Hijacked" };

      expect((await put(`/v1/resources/${listed.id}/post`, body)).status).toBe(401);
      expect((await put(`/v1/resources/${listed.id}/post`, body, strangerKey)).status).toBe(403);
      expect((await put(`/v1/resources/${unlisted.id}/post`, body, strangerKey)).status).toBe(404);
      expect((await remove(`/v1/resources/${listed.id}/post`, strangerKey)).status).toBe(403);
      expect(
        (await api(`/v1/resources/${unlisted.id}/post`, { headers: bearer(strangerKey) })).status,
      ).toBe(404);
      const kept = await json(
        await api(`/v1/resources/${listed.id}/post`, { headers: bearer(strangerKey) }),
      );
      expect(kept.data.body).toBe("Kept");
      expect((await put(`/v1/resources/${crypto.randomUUID()}/post`, body, ownerKey)).status).toBe(
        404,
      );
    });

    it("validates the post: 422, never 500", async () => {
      const resource = await makeResource(db, { type: "user", id: ownerId });
      const path = `/v1/resources/${resource.id}/post`;
      for (const body of [
        {},
        { body: "" },
        { body: 1 },
        { body: "x", featured_image_url: "ftp://example.com" },
        { body: "x", unknown: true },
        { body: "x".repeat(65_536) },
        null,
      ]) {
        const response = await put(path, body, ownerKey);
        expect(response.status, JSON.stringify(body)?.slice(0, 60)).toBe(422);
      }
      expect((await put("/v1/resources/nope/post", { body: "x" }, ownerKey)).status).toBe(400);
    });
  });

  describe("authors", () => {
    it("adds, lists and removes authors; a duplicate is a 409, a missing author a 422", async () => {
      const resource = await makeResource(db, { type: "user", id: ownerId }, "UNLISTED");
      const ws = await makeWorkspace(db, { type: "user", id: strangerId });
      const path = `/v1/resources/${resource.id}/authors`;
      const add = (body: unknown) => postJson(path, body, { headers: bearer(ownerKey) });

      const first = await add({ type: "user", id: strangerId, role: "editor" });
      expect(first.status).toBe(201);
      const editor = (await json(first)).data;
      expect(editor).toMatchObject({
        resource_id: resource.id,
        author: { type: "user", id: strangerId },
        role: "editor",
      });
      const second = await add({ type: "workspace", id: ws.id });
      expect(second.status).toBe(201);
      expect((await json(second)).data.role).toBe("author");

      expect((await add({ type: "user", id: strangerId })).status).toBe(409);
      const missing = await add({ type: "user", id: crypto.randomUUID() });
      expect(missing.status).toBe(422);
      expect((await json(missing)).error.details[0].path).toBe("id");
      expect((await add({ type: "workspace", id: strangerId })).status).toBe(422);
      expect((await add({ type: "team", id: strangerId })).status).toBe(422);

      const listed = await json(await api(`${path}?limit=1`, { headers: bearer(ownerKey) }));
      expect(listed.data.map((a: any) => a.id)).toEqual([editor.id]);
      expect(listed.meta.has_more).toBe(true);
      const next = await json(
        await api(`${path}?limit=1&cursor=${listed.meta.next_cursor}`, {
          headers: bearer(ownerKey),
        }),
      );
      expect(next.data.map((a: any) => a.author.type)).toEqual(["workspace"]);
      const users = await json(await api(`${path}?type=user`, { headers: bearer(ownerKey) }));
      expect(users.data).toHaveLength(1);

      expect((await remove(`${path}/${editor.id}`, ownerKey)).status).toBe(204);
      expect((await remove(`${path}/${editor.id}`, ownerKey)).status).toBe(404);
      const after = await json(await api(`${path}?count=true`, { headers: bearer(ownerKey) }));
      expect(after.meta.total).toBe(1);
    });

    it("reads with read on the resource, changes with write", async () => {
      const listed = await makeResource(db, { type: "user", id: ownerId }, "LISTED");
      const unlisted = await makeResource(db, { type: "user", id: ownerId }, "UNLISTED");
      const added = await postJson(
        `/v1/resources/${listed.id}/authors`,
        { type: "user", id: ownerId },
        { headers: bearer(ownerKey) },
      );
      const authorId = (await json(added)).data.id;
      const body = { type: "user", id: strangerId };

      expect((await api(`/v1/resources/${listed.id}/authors`)).status).toBe(200);
      expect((await api(`/v1/resources/${unlisted.id}/authors`)).status).toBe(404);
      expect((await postJson(`/v1/resources/${listed.id}/authors`, body)).status).toBe(401);
      expect(
        (
          await postJson(`/v1/resources/${listed.id}/authors`, body, {
            headers: bearer(strangerKey),
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await postJson(`/v1/resources/${unlisted.id}/authors`, body, {
            headers: bearer(strangerKey),
          })
        ).status,
      ).toBe(404);
      expect(
        (await remove(`/v1/resources/${listed.id}/authors/${authorId}`, strangerKey)).status,
      ).toBe(403);
      // An author row of another resource is not this resource's.
      expect(
        (await remove(`/v1/resources/${unlisted.id}/authors/${authorId}`, ownerKey)).status,
      ).toBe(404);
      expect((await remove(`/v1/resources/${listed.id}/authors/not-a-uuid`, ownerKey)).status).toBe(
        400,
      );
      expect((await api(`/v1/resources/${listed.id}/authors?sort=role`)).status).toBe(400);
      const stillThere = await json(await api(`/v1/resources/${listed.id}/authors`));
      expect(stillThere.data.map((a: any) => a.id)).toEqual([authorId]);
    });
  });
});
