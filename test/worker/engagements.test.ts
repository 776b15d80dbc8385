/**
 * Engagements over HTTP: creation rules (object readable, subject controlled,
 * comment/mention bodies), idempotent singletons under concurrency, atomic
 * comments and mentions, listings by object and subject, deletion by the
 * subject only, and follows feeding the engine's follower principal.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/db/ids";
import { staticCollectionRows } from "../../src/db/static-collections";
import { api, json, postJson, queriesOf, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeResource,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";

const db = testDatabase();

async function member() {
  const user = await makeUser(db);
  const { key } = await makeApiKey(db, { type: "user", id: user.id });
  // Warm the key cache so later round-trip counts measure the endpoint alone.
  await api("/v1/me", { headers: bearer(key) });
  return { user, key, headers: bearer(key) };
}

const engage = (headers: Record<string, string>, body: unknown) =>
  postJson("/v1/engagements", body, { headers });

async function rowsOf(engagementId: string) {
  const t = db.t;
  const [engagements, comments, mentions] = await Promise.all([
    db.orm.select().from(t.engagements).where(eq(t.engagements.id, engagementId)),
    db.orm
      .select()
      .from(t.engagementComments)
      .where(eq(t.engagementComments.engagementId, engagementId)),
    db.orm
      .select()
      .from(t.engagementMentions)
      .where(eq(t.engagementMentions.engagementId, engagementId)),
  ]);
  return { engagements: engagements.length, comments: comments.length, mentions: mentions.length };
}

beforeAll(async () => {
  await ensureActions(db, ["resources", "workspaces"]);
});

describe("creating engagements", () => {
  it("likes once, idempotently, even under concurrent duplicates", async () => {
    const alice = await member();
    const resource = await makeResource(db, { type: "user", id: (await makeUser(db)).id });
    const body = { action: "like", object: { type: "resource", id: resource.id } };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => engage(alice.headers, body)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    const ids = new Set(await Promise.all(responses.map(async (r) => (await json(r)).data.id)));
    expect(ids.size).toBe(1);
    const e = db.t.engagements;
    const stored = await db.orm.select().from(e).where(eq(e.objectId, resource.id));
    expect(stored).toHaveLength(1);
    const again = await engage(alice.headers, body);
    expect(again.status).toBe(200);
    expect((await json(again)).data).toMatchObject({
      id: stored[0]!.id,
      subject: { type: "user", id: alice.user.id },
      action: "like",
      text: null,
      mentions: [],
    });
  });

  it("creates a comment with its text and a mention with its targets, atomically", async () => {
    const alice = await member();
    const resource = await makeResource(db, { type: "user", id: alice.user.id });
    const object = { type: "resource", id: resource.id };
    const comment = await engage(alice.headers, { action: "comment", object, text: "Nice" });
    expect(comment.status).toBe(201);
    const created = (await json(comment)).data;
    expect(created.text).toBe("Nice");
    expect(await rowsOf(created.id)).toEqual({ engagements: 1, comments: 1, mentions: 0 });
    // Comments repeat: a second one is a new row.
    const second = await engage(alice.headers, { action: "comment", object, text: "Again" });
    expect(second.status).toBe(201);

    const bob = await makeUser(db);
    const mention = await engage(alice.headers, {
      action: "mention",
      object,
      mentions: [{ type: "user", id: bob.id }],
    });
    expect(mention.status).toBe(201);
    const mentioned = (await json(mention)).data;
    expect(mentioned.mentions).toEqual([{ type: "user", id: bob.id }]);
    expect(await rowsOf(mentioned.id)).toEqual({ engagements: 1, comments: 0, mentions: 1 });

    const e = db.t.engagements;
    const before = await db.orm.select().from(e).where(eq(e.objectId, resource.id));
    const missing = await engage(alice.headers, {
      action: "mention",
      object,
      mentions: [
        { type: "user", id: bob.id },
        { type: "workspace", id: uuidv7() },
      ],
    });
    expect(missing.status).toBe(422);
    const after = await db.orm.select().from(e).where(eq(e.objectId, resource.id));
    expect(after).toHaveLength(before.length);
  });

  it("refuses bad bodies, unreadable objects and foreign subjects", async () => {
    const alice = await member();
    const owner = await makeUser(db);
    const resource = await makeResource(db, { type: "user", id: owner.id });
    const object = { type: "resource", id: resource.id };
    expect((await engage(alice.headers, { action: "comment", object })).status).toBe(422);
    expect((await engage(alice.headers, { action: "like", object, text: "x" })).status).toBe(422);
    expect((await engage(alice.headers, { action: "mention", object })).status).toBe(422);
    expect(
      (await engage(alice.headers, { action: "like", object: { type: "resource", id: "x" } }))
        .status,
    ).toBe(422);
    expect((await engage(alice.headers, { action: "poke", object })).status).toBe(422);
    expect((await engage(alice.headers, { action: "like", object, extra: 1 })).status).toBe(422);
    expect(
      (
        await api("/v1/engagements", {
          method: "POST",
          headers: { ...alice.headers, "content-type": "application/json" },
          body: "{",
        })
      ).status,
    ).toBe(400);
    expect((await engage({}, { action: "like", object })).status).toBe(401);

    const hidden = await makeResource(db, { type: "user", id: owner.id }, "UNLISTED");
    const unreadable = { action: "like", object: { type: "resource", id: hidden.id } };
    expect((await engage(alice.headers, unreadable)).status).toBe(404);
    const absentUser = { action: "follow", object: { type: "user", id: uuidv7() } };
    expect((await engage(alice.headers, absentUser)).status).toBe(404);

    const theirs = await makeWorkspace(db, { type: "user", id: owner.id });
    const asTheirs = { action: "like", object, subject: { type: "workspace", id: theirs.id } };
    expect((await engage(alice.headers, asTheirs)).status).toBe(403);
    const mine = await makeWorkspace(db, { type: "user", id: alice.user.id });
    const asMine = await engage(alice.headers, {
      ...asTheirs,
      subject: { type: "workspace", id: mine.id },
    });
    expect(asMine.status).toBe(201);
    expect((await json(asMine)).data.subject).toEqual({ type: "workspace", id: mine.id });

    const readOnly = await makeApiKey(db, { type: "user", id: alice.user.id }, [
      "engagements:read",
      "resources:read",
    ]);
    expect((await engage(bearer(readOnly.key), { action: "like", object })).status).toBe(403);
  });
});

describe("reading engagements", () => {
  it("lists by object and by subject, newest first, in one round trip", async () => {
    const alice = await member();
    const bob = await member();
    const resource = await makeResource(db, { type: "user", id: alice.user.id });
    const object = { type: "resource", id: resource.id };
    const like = (await json(await engage(bob.headers, { action: "like", object }))).data;
    const comment = (
      await json(await engage(bob.headers, { action: "comment", object, text: "Hi" }))
    ).data;
    await engage(bob.headers, { action: "follow", object: { type: "user", id: alice.user.id } });

    const byObject = await api(`/v1/resources/${resource.id}/engagements?count=true`, {
      headers: alice.headers,
    });
    expect(byObject.status).toBe(200);
    const page = await json(byObject);
    expect(page.data.map((e: { id: string }) => e.id)).toEqual([comment.id, like.id]);
    expect(page.data[0].text).toBe("Hi");
    expect(page.meta.total).toBe(2);
    expect(queriesOf(byObject)).toBe(1);

    const likes = await json(
      await api(`/v1/resources/${resource.id}/engagements?action=like`, { headers: alice.headers }),
    );
    expect(likes.data.map((e: { id: string }) => e.id)).toEqual([like.id]);

    const followers = await json(await api(`/v1/users/${alice.user.id}/engagements`));
    expect(followers.data).toHaveLength(1);
    expect(followers.data[0].subject.id).toBe(bob.user.id);

    const mine = await api("/v1/me/engagements?object_type=resource&count=true", {
      headers: bob.headers,
    });
    expect((await json(mine)).meta.total).toBe(2);
    expect(queriesOf(mine)).toBe(1);

    const made = await json(await api(`/v1/users/${bob.user.id}/engagements/made?limit=1`));
    expect(made.data).toHaveLength(1);
    expect(made.meta.has_more).toBe(true);
    const next = await json(
      await api(
        `/v1/users/${bob.user.id}/engagements/made?limit=5&cursor=${made.meta.next_cursor}`,
      ),
    );
    expect(next.data.map((e: { id: string }) => e.id)).not.toContain(made.data[0].id);
    expect(next.data).toHaveLength(2);

    const counts = await api(`/v1/resources/${resource.id}/engagements/counts`, {
      headers: alice.headers,
    });
    expect((await json(counts)).data).toMatchObject({ like: 1, comment: 1, follow: 0 });
    expect(queriesOf(counts)).toBe(1);

    const one = await api(`/v1/engagements/${comment.id}`, { headers: alice.headers });
    expect((await json(one)).data).toMatchObject({ id: comment.id, text: "Hi" });
    expect(queriesOf(one)).toBe(1);

    expect((await api(`/v1/engagements/${uuidv7()}`)).status).toBe(404);
    expect((await api("/v1/engagements/nope")).status).toBe(400);
    expect((await api(`/v1/resources/${uuidv7()}/engagements`)).status).toBe(404);
    expect((await api(`/v1/users/${uuidv7()}/engagements/made`)).status).toBe(404);
    expect((await api(`/v1/resources/${resource.id}/engagements?action=poke`)).status).toBe(400);
    expect((await api("/v1/me/engagements")).status).toBe(401);
  });

  it("hides engagements whose object the caller may not read", async () => {
    const alice = await member();
    const resource = await makeResource(db, { type: "user", id: alice.user.id }, "UNLISTED");
    const like = (
      await json(
        await engage(alice.headers, {
          action: "like",
          object: { type: "resource", id: resource.id },
        }),
      )
    ).data;
    expect((await api(`/v1/engagements/${like.id}`, { headers: alice.headers })).status).toBe(200);
    expect((await api(`/v1/engagements/${like.id}`)).status).toBe(404);
    const made = await json(await api(`/v1/users/${alice.user.id}/engagements/made`));
    expect(made.data).toEqual([]);
    expect((await api(`/v1/resources/${resource.id}/engagements`)).status).toBe(404);
  });
});

describe("deleting engagements", () => {
  it("lets only the subject delete, and removes comment and mention rows", async () => {
    const alice = await member();
    const bob = await member();
    const resource = await makeResource(db, { type: "user", id: alice.user.id });
    const object = { type: "resource", id: resource.id };
    const comment = (
      await json(await engage(bob.headers, { action: "comment", object, text: "Hi" }))
    ).data;
    const mention = (
      await json(
        await engage(bob.headers, {
          action: "mention",
          object,
          mentions: [{ type: "user", id: alice.user.id }],
        }),
      )
    ).data;

    expect(
      (await api(`/v1/engagements/${comment.id}`, { method: "DELETE", headers: alice.headers }))
        .status,
    ).toBe(403);
    expect((await api(`/v1/engagements/${comment.id}`, { method: "DELETE" })).status).toBe(401);
    expect(
      (await api(`/v1/engagements/${uuidv7()}`, { method: "DELETE", headers: bob.headers })).status,
    ).toBe(404);
    for (const id of [comment.id, mention.id]) {
      expect(
        (await api(`/v1/engagements/${id}`, { method: "DELETE", headers: bob.headers })).status,
      ).toBe(204);
      expect(await rowsOf(id)).toEqual({ engagements: 0, comments: 0, mentions: 0 });
    }
  });
});

describe("follows and the permission engine", () => {
  it("opens a follower-only resource to followers and shows likes in static collections", async () => {
    const owner = await makeUser(db);
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const resource = await makeResource(db, { type: "workspace", id: workspace.id });
    const ws = { type: "workspace" as const, id: workspace.id };
    await grant(db, { type: "static", id: "follower" }, ws, "resources:read", "allow");
    await grant(db, { type: "static", id: "user" }, ws, "resources:read", "deny");
    await grant(db, { type: "static", id: "guest" }, ws, "resources:read", "deny");

    const fan = await member();
    expect((await api(`/v1/resources/${resource.id}`, { headers: fan.headers })).status).toBe(404);
    const follows = await Promise.all(
      Array.from({ length: 3 }, () => engage(fan.headers, { action: "follow", object: ws })),
    );
    expect(follows.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const follow = (await json(follows[0]!)).data;
    expect((await api(`/v1/resources/${resource.id}`, { headers: fan.headers })).status).toBe(200);
    expect(
      (await api(`/v1/engagements/${follow.id}`, { method: "DELETE", headers: fan.headers }))
        .status,
    ).toBe(204);
    expect((await api(`/v1/resources/${resource.id}`, { headers: fan.headers })).status).toBe(404);

    const rows = staticCollectionRows({ type: "user", id: fan.user.id }).map((row) => ({
      ...row,
      id: uuidv7(),
    }));
    await db.atomic((orm) => db.insertChunks(orm, db.t.collections, rows));
    const likes = rows.find((row) => row.kind === "likes")!;
    const liked = await makeResource(db, { type: "user", id: owner.id });
    await engage(fan.headers, { action: "like", object: { type: "resource", id: liked.id } });
    const items = await json(
      await api(`/v1/collections/${likes.id}/items`, { headers: fan.headers }),
    );
    expect(items.data.map((item: { item_id: string }) => item.item_id)).toEqual([liked.id]);
  });
});
