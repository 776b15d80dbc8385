/**
 * `include=post,authors,links,counts` on a resource and on pages of them: the
 * right rows under each resource, and the same round trips however many rows
 * the page holds (one `batch()` on D1; on Postgres/MySQL `db.read` sends the
 * same statements one after another on one connection).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { api, dialect, json, postJson, queriesOf, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeUser, makeWorkspace } from "./support/fixtures";

describe(`resource includes on ${dialect}`, () => {
  let db: Database;
  let key: string;
  let workspaceId: string;
  let fans: string[];

  beforeAll(async () => {
    db = testDatabase();
    const owner = await makeUser(db);
    key = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    workspaceId = (await makeWorkspace(db, { type: "user", id: owner.id })).id;
    fans = [(await makeUser(db)).id, (await makeUser(db)).id];
  });

  /** A resource in the workspace, created over HTTP with a post and authors. */
  async function createResource(title: string, withPost = true) {
    const response = await postJson(
      "/v1/resources",
      {
        owner: { type: "workspace", id: workspaceId },
        type: "post",
        title,
        ...(withPost ? { post: { body: `Body of ${title}`, body_html: `<p>${title}</p>` } } : {}),
        authors: [
          { type: "user", id: fans[0] },
          { type: "workspace", id: workspaceId, role: "publisher" },
        ],
      },
      { headers: bearer(key) },
    );
    expect(response.status).toBe(201);
    return (await json(response)).data as { id: string };
  }

  async function addLinks(resourceId: string, positions: number[]) {
    await db.orm.insert(db.t.externalLinks).values(
      positions.map((position) => ({
        subjectType: "resource" as const,
        subjectId: resourceId,
        name: `Link ${position}`,
        url: `https://example.com/${position}`,
        position,
      })),
    );
  }

  async function engage(resourceId: string, action: "like" | "comment" | "bookmark", by: string) {
    await db.orm.insert(db.t.engagements).values({
      subjectType: "user",
      subjectId: by,
      action,
      objectType: "resource",
      objectId: resourceId,
      singleton: action === "comment" ? null : true,
    });
  }

  it("embeds the post, authors, links by position and engagement counts of one resource", async () => {
    const { id } = await createResource("Full");
    await addLinks(id, [2, 0, 1]);
    for (const fan of fans) await engage(id, "like", fan);
    for (let i = 0; i < 3; i++) await engage(id, "comment", fans[0]!);
    await engage(id, "bookmark", fans[1]!);

    const response = await api(`/v1/resources/${id}?include=post,authors,links,counts`);
    expect(response.status).toBe(200);
    expect(queriesOf(response)).toBe(1);
    const { data } = await json(response);
    expect(data.post).toMatchObject({
      resource_id: id,
      body: "Body of Full",
      body_html: "<p>Full</p>",
    });
    expect(data.authors.map((a: any) => [a.author.type, a.role])).toEqual([
      ["user", "author"],
      ["workspace", "publisher"],
    ]);
    expect(data.links.map((l: any) => l.position)).toEqual([0, 1, 2]);
    expect(data.links[0]).toMatchObject({
      name: "Link 0",
      url: "https://example.com/0",
      icon: null,
    });
    expect(data.counts).toEqual({
      like: 2,
      comment: 3,
      repost: 0,
      follow: 0,
      subscribe: 0,
      mention: 0,
      // A guest reads: the bookmark is its subject's alone.
      bookmark: 0,
    });
  });

  it("embeds only what is asked for, and empty values when there is nothing", async () => {
    const { id } = await createResource("Bare", false);
    const plain = await json(await api(`/v1/resources/${id}`));
    expect(Object.keys(plain.data)).not.toContain("post");
    expect(Object.keys(plain.data)).not.toContain("counts");
    const some = await json(await api(`/v1/resources/${id}?include=counts,post,links`));
    expect(some.data.post).toBeNull();
    expect(some.data.links).toEqual([]);
    expect(Object.values(some.data.counts)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(some.data.authors).toBeUndefined();
    const repeated = await api(`/v1/resources/${id}?include=post,post`);
    expect(repeated.status).toBe(200);
  });

  it("embeds each row's own rows on every page, in the same round trips whatever the page size", async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { id } = await createResource(`Paged ${i}`, i % 2 === 0);
      await addLinks(id, [i]);
      if (i > 0) await engage(id, "like", fans[i % 2]!);
      created.push(id);
    }
    const include = "include=post,authors,links,counts";
    const base = `/v1/resources?owner_id=${workspaceId}&${include}`;
    for (const limit of [2, 5]) {
      let cursor: string | undefined;
      do {
        // As a guest: no key lookup, so the header counts the list's own round trips.
        const response = await api(`${base}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
        expect(response.status).toBe(200);
        expect(queriesOf(response)).toBe(1);
        const page = await json(response);
        for (const row of page.data) {
          const alone = await json(await api(`/v1/resources/${row.id}?${include}`));
          expect(row).toEqual(alone.data);
        }
        cursor = page.meta.next_cursor ?? undefined;
      } while (cursor);
    }
    const newest = await json(await api(`${base}&limit=5`));
    const byId = new Map(newest.data.map((row: any) => [row.id, row]));
    const last = byId.get(created[4]!) as any;
    expect(last.post.body).toBe("Body of Paged 4");
    expect(last.links.map((l: any) => l.name)).toEqual(["Link 4"]);
    expect(last.counts.like).toBe(1);
    expect((byId.get(created[1]!) as any).post).toBeNull();
  });

  it("counts a workspace page with its includes and total in one round trip", async () => {
    const base = `/v1/workspaces/${workspaceId}/resources?include=post,authors,links,counts`;
    const response = await api(`${base}&count=true&limit=3`);
    expect(response.status).toBe(200);
    const page = await json(response);
    expect(page.data).toHaveLength(3);
    expect(page.meta.total).toBeGreaterThanOrEqual(3);
    // The workspace's check, the page, four includes and the total.
    expect(queriesOf(response)).toBe(1);
    expect(page.data.every((row: any) => Array.isArray(row.authors))).toBe(true);
  });
});
