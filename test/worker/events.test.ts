/**
 * The outbox and the change feed: every write operation records its events in
 * the same atomic write (and a refused one none), deletes record what their
 * cascades removed, the feed is complete and in commit order under concurrent
 * writers, a stored cursor resumes without repeats or gaps, each feed shows
 * only what its caller may see, and the Cron Trigger prunes old events.
 */
import { createScheduledController, env } from "cloudflare:test";
import { asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { USER_SCOPES } from "../../src/auth/scopes";
import type { Database } from "../../src/db/database";
import { eventsAfter } from "../../src/db/events";
import worker from "../../src/index";
import { api, dialect, json, postJson, testDatabase } from "./support/api";
import {
  bearer,
  ensureActions,
  grant,
  makeApiKey,
  makeOrganization,
  makeResource,
  makeTeam,
  makeUser,
  makeWorkspace,
} from "./support/fixtures";
import {
  bodyContent,
  exampleOf,
  fillPath,
  hasBody,
  inWalkOrder,
  type Operation,
  operations,
  operationValues,
} from "./support/operations";

type EventRow = Database["t"]["events"]["$inferSelect"];

const requestId = () => `events-${crypto.randomUUID()}`;
const label = (operation: Operation) => `${operation.method} ${operation.path}`;

/**
 * Writes that change no data of the platform's: the transfer endpoints copy
 * rows (the events among them) from another deployment as they were, and a
 * redelivery queues a webhook delivery again (deliveries are not recorded).
 */
const NOT_RECORDED = new Set([
  "importTransferRows",
  "linkTransferRows",
  "redeliverWebhookDelivery",
]);

/** The largest UUID-shaped id sorting before `id`. */
function idJustBefore(id: string): string {
  const digits = [...id];
  for (let index = digits.length - 1; index >= 0; index--) {
    if (digits[index] === "-") continue;
    if (digits[index] !== "0") {
      digits[index] = (Number.parseInt(digits[index]!, 16) - 1).toString(16);
      return digits.join("");
    }
    digits[index] = "f";
  }
  throw new Error(`No id before ${id}`);
}

async function eventsOf(db: Database, id: string): Promise<EventRow[]> {
  const e = db.t.events;
  return db.orm.select().from(e).where(eq(e.requestId, id)).orderBy(asc(e.commitSeq), asc(e.id));
}

/** Sends a request with a request id of its own; answers the response, its JSON and its events. */
async function traced(db: Database, path: string, init: RequestInit & { body?: string } = {}) {
  const id = requestId();
  const response = await api(path, {
    ...init,
    headers: {
      "x-request-id": id,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...init.headers,
    },
  });
  const answer = await json(response).catch(() => ({}) as Record<string, any>);
  return { status: response.status, answer, events: await eventsOf(db, id) };
}

describe(`every write operation records its events on ${dialect}`, () => {
  it("a 2xx write records at least one event, with its request id, actor and key; a refused one none", async () => {
    const db = testDatabase();
    const admin = await makeUser(db);
    const { key: adminKey, row: adminKeyRow } = await makeApiKey(
      db,
      { type: "user", id: admin.id },
      ["admin"],
    );
    const person = await makeUser(db);
    const organization = await makeOrganization(db);
    const workspace = await makeWorkspace(db, { type: "user", id: person.id });
    const resource = await makeResource(db, { type: "workspace", id: workspace.id });
    const team = await makeTeam(db, person.id, [person.id]);
    await ensureActions(db, ["workspaces"]);
    const featureSchema = operations.find((o) => o.spec.operationId === "createFeature")!;
    const featureResponse = await postJson(
      "/v1/features",
      exampleOf(bodyContent(featureSchema).schema, () => person.id),
      { headers: bearer(adminKey) },
    );
    expect(featureResponse.status).toBe(201);
    const feature = (await json(featureResponse)).data as { id: string; slug: string };
    const letters = () =>
      crypto
        .randomUUID()
        .replace(/[^a-f]/g, "")
        .slice(0, 8);
    const day = 86_400_000;
    const { collectionItems: items, externalLinks: links } = db.t;
    /** Bodies the documented schema alone does not make valid: they name rows that exist. */
    const BODIES: Record<string, (url: string) => Promise<unknown> | unknown> = {
      createPermissionAction: () => ({
        slug: `walk${letters()}:read`,
        name: "Lire ✓",
        category: "walk",
      }),
      updatePermissionAction: () => ({ name: "Lire — renommé" }),
      writePermission: () => ({
        subject_type: "user",
        subject_id: person.id,
        object_type: "workspace",
        object_id: workspace.id,
        action: "workspaces:read",
        value: "allow",
      }),
      createResource: () => ({
        type: "post",
        title: "Walked ✍️",
        owner: { type: "workspace", id: workspace.id },
        post: { body: "Corps 本文" },
        // The workspace: the person is credited by POST …/authors.
        authors: [{ type: "workspace", id: workspace.id }],
      }),
      createEngagement: () => ({
        action: "subscribe",
        object: { type: "workspace", id: workspace.id },
      }),
      createFeaturePreset: () => ({ name: "Pack 🎁", feature_slugs: [feature.slug] }),
      updateFeaturePreset: () => ({ name: "Pack 🎁 renommé", feature_slugs: [feature.slug] }),
      createUserSubscription: () => ({
        active_features: [feature.slug],
        cycle: "monthly",
        cycle_start: new Date().toISOString(),
        cycle_end: new Date(Date.now() + 30 * day).toISOString(),
      }),
      updateSubscription: () => ({ custom_price_cents: 1200 }),
      reorderCollectionItems: async (url) => {
        const collectionId = url.split("/")[3]!;
        const stored = await db.orm
          .select({ id: items.id })
          .from(items)
          .where(eq(items.collectionId, collectionId));
        return { ids: stored.map((item) => item.id).reverse() };
      },
      reorderWorkspaceLinks: async (url) => ({ ids: await linkIds(url.split("/")[3]!) }),
      reorderResourceLinks: async (url) => ({ ids: await linkIds(url.split("/")[3]!) }),
    };
    const linkIds = async (subjectId: string) =>
      (await db.orm.select({ id: links.id }).from(links).where(eq(links.subjectId, subjectId)))
        .map((link) => link.id)
        .reverse();

    const { created, pathValue, bodyIds } = operationValues({
      person,
      organization,
      workspace,
      resource,
      team,
      feature,
    });

    const writes = inWalkOrder(
      operations.filter((o) => o.method !== "GET" && !NOT_RECORDED.has(o.spec.operationId)),
    );
    expect(writes.length).toBeGreaterThan(50);

    const problems: string[] = [];
    const succeeded = new Set<string>();
    const refusals: string[] = [];
    for (const operation of writes) {
      // Twice: the second is often refused (a duplicate, a row already deleted), and must leave no event.
      for (let attempt = 0; attempt < 2; attempt++) {
        const url = fillPath(operation, pathValue(operation));
        const made = BODIES[operation.spec.operationId];
        const body = hasBody(operation)
          ? JSON.stringify(
              made ? await made(url) : exampleOf(bodyContent(operation).schema, bodyIds),
            )
          : undefined;
        const { status, answer, events } = await traced(db, url, {
          method: operation.method,
          headers: bearer(adminKey),
          body,
        });
        if (status >= 200 && status < 300) {
          succeeded.add(label(operation));
          if (operation.method === "POST" && status === 201 && answer.data?.id) {
            created.set(operation.path, answer.data.id);
          }
          // Repeated, an idempotent write (an upsert answering the row, revoking a revoked
          // key) may change nothing; the first time it must have changed something.
          if (events.length === 0 && attempt === 0) {
            problems.push(`${label(operation)} → ${status} recorded no event`);
          }
          for (const event of events) {
            if (event.actorId !== admin.id || event.apiKeyId !== adminKeyRow.id) {
              problems.push(`${label(operation)}: ${event.type} names another actor`);
            }
          }
        } else if (attempt === 0) {
          refusals.push(`${label(operation)} ${url} ${body} → ${status} ${JSON.stringify(answer)}`);
        }
        if (!(status >= 200 && status < 300) && events.length > 0) {
          problems.push(`${label(operation)} → ${status} recorded ${events.map((e) => e.type)}`);
        }
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
    // Every write operation was exercised with a real, successful request.
    expect(
      writes.map(label).filter((name) => !succeeded.has(name)),
      refusals.join("\n"),
    ).toEqual([]);
  }, 240_000);
});

describe(`events on ${dialect}`, () => {
  let db: Database;
  let owner: { id: string };
  let ownerKey: string;
  let ownerKeyId: string;
  let adminKey: string;

  beforeAll(async () => {
    db = testDatabase();
    await ensureActions(db, ["resources", "workspaces"]);
    owner = await makeUser(db);
    const minted = await makeApiKey(db, { type: "user", id: owner.id });
    ownerKey = minted.key;
    ownerKeyId = minted.row.id;
    adminKey = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id }, ["admin"])).key;
  });

  async function newWorkspace(visibility: "public" | "private" = "public") {
    const response = await postJson(
      "/v1/workspaces",
      { name: "Atelier ✨ 東京", slug: `atelier-${crypto.randomUUID().slice(0, 8)}`, visibility },
      { headers: bearer(ownerKey) },
    );
    expect(response.status).toBe(201);
    return (await json(response)).data as { id: string };
  }

  it.each([
    {
      name: "a resource with its post and author",
      write: async (workspaceId: string) => ({
        path: "/v1/resources",
        method: "POST",
        body: {
          type: "post",
          title: "Crème brûlée — 第一章 🍮",
          owner: { type: "workspace", id: workspaceId },
          post: { body: "Ça commence ici. 始まり。" },
          authors: [{ type: "user", id: owner.id }],
        },
      }),
      types: ["resource.created", "post.created", "author.created"],
    },
    {
      name: "a like and a comment",
      write: async (workspaceId: string) => ({
        path: "/v1/engagements",
        method: "POST",
        body: {
          action: "comment",
          object: { type: "workspace", id: workspaceId },
          text: "Très beau travail 👏",
        },
      }),
      types: ["engagement.created", "engagement_comment.created"],
    },
    {
      name: "a link",
      write: async (workspaceId: string) => ({
        path: `/v1/workspaces/${workspaceId}/links`,
        method: "POST",
        body: { name: "Boutique 🛍️", url: "https://example.com/boutique" },
      }),
      types: ["link.created"],
    },
  ])("records $name in the workspace's scope, with the after-image", async ({ write, types }) => {
    const workspace = await newWorkspace();
    const request = await write(workspace.id);
    const { status, events } = await traced(db, request.path, {
      method: request.method,
      headers: bearer(ownerKey),
      body: JSON.stringify(request.body),
    });
    expect(status).toBe(201);
    expect(events.map((event) => event.type)).toEqual(types);
    for (const event of events) {
      expect(event).toMatchObject({
        workspaceId: workspace.id,
        actorType: "user",
        actorId: owner.id,
        apiKeyId: ownerKeyId,
      });
      expect(event.data).not.toBeNull();
    }
    // Events of one write share its place in commit order.
    expect(new Set(events.map((event) => event.commitSeq)).size).toBe(1);
  });

  it("answers events as the API answers data: ISO timestamps, booleans, JSON values, the same on every database", async () => {
    const workspace = await newWorkspace();
    const { events } = await traced(db, `/v1/workspaces/${workspace.id}`, {
      method: "PATCH",
      headers: bearer(ownerKey),
      body: JSON.stringify({ description: "Ünïcode — 説明 🎨", visibility: "private" }),
    });
    expect(events.map((event) => event.type)).toEqual(["workspace.updated"]);
    const response = await api(
      `/v1/workspaces/${workspace.id}/events?type=workspace.updated,engagement.created`,
      { headers: bearer(ownerKey) },
    );
    expect(response.status).toBe(200);
    const [event] = (await json(response)).data;
    expect(event).toMatchObject({
      id: events[0]!.id,
      type: "workspace.updated",
      object: { type: "workspace", id: workspace.id },
      workspace_id: workspace.id,
      user_id: owner.id,
      actor: { type: "user", id: owner.id, api_key_id: ownerKeyId },
      data: {
        id: workspace.id,
        name: "Atelier ✨ 東京",
        description: "Ünïcode — 説明 🎨",
        visibility: "private",
        owner_type: "user",
      },
    });
    expect(event.data.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Object.keys(event.data)).toEqual(Object.keys(event.data).sort());

    // A key's events never carry its secret's hash; a JSON column is its value.
    const { events: keyEvents } = await traced(db, "/v1/api-keys", {
      method: "POST",
      headers: bearer(ownerKey),
      body: JSON.stringify({ name: "CI 🔑", scopes: ["resources:read"] }),
    });
    const feed = await json(
      await api(`/v1/me/events?object_type=api_key&object_id=${keyEvents[0]!.objectId}`, {
        headers: bearer(ownerKey),
      }),
    );
    expect(feed.data).toHaveLength(1);
    expect(feed.data[0].data.scopes).toEqual(["resources:read"]);
    expect(feed.data[0].data).not.toHaveProperty("secret_hash");
  });

  it("records nothing for writes that fail: 412, 404, 422, a missing reference, a taken slug", async () => {
    const workspace = await newWorkspace();
    const resource = await makeResource(db, { type: "workspace", id: workspace.id });
    const e = db.t.events;
    const before = await db.orm.select().from(e).where(eq(e.workspaceId, workspace.id));
    const attempts = [
      // A version that is not current.
      traced(db, `/v1/resources/${resource.id}`, {
        method: "PATCH",
        headers: { ...bearer(ownerKey), "if-match": '"1.abc"' },
        body: JSON.stringify({ title: "Jamais écrit" }),
      }),
      traced(db, `/v1/resources/${resource.id}`, {
        method: "DELETE",
        headers: { ...bearer(ownerKey), "if-match": '"1.abc"' },
      }),
      traced(db, `/v1/resources/${crypto.randomUUID()}`, {
        method: "PATCH",
        headers: bearer(ownerKey),
        body: JSON.stringify({ title: "Nobody" }),
      }),
      traced(db, "/v1/resources", {
        method: "POST",
        headers: bearer(ownerKey),
        body: JSON.stringify({ type: "post", title: "" }),
      }),
      // The author does not exist: refused by the database inside the atomic write.
      traced(db, "/v1/resources", {
        method: "POST",
        headers: bearer(ownerKey),
        body: JSON.stringify({
          type: "post",
          title: "Orphelin",
          owner: { type: "workspace", id: workspace.id },
          authors: [{ type: "user", id: crypto.randomUUID() }],
        }),
      }),
    ];
    const answers = await Promise.all(attempts);
    expect(answers.map((answer) => answer.status)).toEqual([412, 412, 404, 422, 422]);
    for (const answer of answers) expect(answer.events).toEqual([]);
    // A taken slug fails the workspace's insert after its collections went in: no event of either.
    const slug = `taken-${crypto.randomUUID().slice(0, 8)}`;
    const first = await traced(db, "/v1/workspaces", {
      method: "POST",
      headers: bearer(ownerKey),
      body: JSON.stringify({ name: "Premier", slug }),
    });
    expect(first.status).toBe(201);
    const second = await traced(db, "/v1/workspaces", {
      method: "POST",
      headers: bearer(ownerKey),
      body: JSON.stringify({ name: "Second", slug }),
    });
    expect(second.status).toBe(409);
    expect(second.events).toEqual([]);
    expect(await db.orm.select().from(e).where(eq(e.workspaceId, workspace.id))).toHaveLength(
      before.length,
    );
  });

  it("records what a deletion removed, cascades included, as it was", async () => {
    const workspace = await newWorkspace();
    const created = await postJson(
      "/v1/resources",
      {
        type: "post",
        title: "À supprimer 🗑️",
        owner: { type: "workspace", id: workspace.id },
        post: { body: "Texte" },
      },
      { headers: bearer(ownerKey) },
    );
    const resource = (await json(created)).data as { id: string };
    await grant(
      db,
      { type: "user", id: (await makeUser(db)).id },
      { type: "resource", id: resource.id },
      "resources:read",
      "allow",
    );
    const { status, events } = await traced(db, `/v1/workspaces/${workspace.id}`, {
      method: "DELETE",
      headers: bearer(ownerKey),
    });
    expect(status).toBe(204);
    const types = events.map((event) => event.type);
    expect(types).toContain("workspace.deleted");
    expect(types).toContain("resource.deleted");
    expect(types).toContain("post.deleted");
    expect(types).toContain("permission.deleted");
    expect(types.filter((type) => type === "collection.deleted")).toHaveLength(7);
    // The workspace's own event comes last, after what it took with it.
    expect(types.at(-1)).toBe("workspace.deleted");
    const post = events.find((event) => event.type === "post.deleted")!;
    expect(post).toMatchObject({ objectId: resource.id, workspaceId: workspace.id });
    expect((post.data as Record<string, unknown>).body).toBe("Texte");
    const deleted = events.find((event) => event.type === "resource.deleted")!;
    expect((deleted.data as Record<string, unknown>).title).toBe("À supprimer 🗑️");
  });

  it("keeps the feed complete and in commit order under concurrent writers; a stored cursor resumes without repeats or gaps", async () => {
    const workspace = await newWorkspace();
    const feed = `/v1/workspaces/${workspace.id}/events?limit=7`;
    const seen: string[] = [];
    let cursor: string | null = null;
    const poll = async () => {
      for (;;) {
        const response = await api(cursor ? `${feed}&cursor=${encodeURIComponent(cursor)}` : feed, {
          headers: bearer(ownerKey),
        });
        expect(response.status).toBe(200);
        const page = await json(response);
        seen.push(...page.data.map((event: { id: string }) => event.id));
        cursor = page.meta.next_cursor ?? cursor;
        if (!page.meta.has_more) return;
      }
    };
    const writers = Array.from({ length: 12 }, (_, index) =>
      postJson(
        "/v1/resources",
        {
          type: "post",
          title: `Écrit en parallèle n°${index} 🧵`,
          owner: { type: "workspace", id: workspace.id },
        },
        { headers: bearer(ownerKey) },
      ),
    );
    // The consumer polls while the writers commit, resuming from its stored cursor each time.
    const polling = (async () => {
      for (let round = 0; round < 6; round++) await poll();
    })();
    const statuses = (await Promise.all(writers)).map((response) => response.status);
    await polling;
    await poll();
    expect(statuses).toEqual(Array(12).fill(201));

    const e = db.t.events;
    const stored = await db.orm
      .select()
      .from(e)
      .where(eq(e.workspaceId, workspace.id))
      .orderBy(asc(e.commitSeq), asc(e.id));
    expect(seen).toEqual(stored.map((event) => event.id));
    expect(new Set(seen).size).toBe(seen.length);
    // Each write has a commit number of its own.
    const creations = stored.filter((event) => event.type === "resource.created");
    expect(creations).toHaveLength(12);
    expect(new Set(creations.map((event) => event.commitSeq)).size).toBe(12);

    // The last page still gives a cursor; after more writes it resumes with exactly those.
    expect(cursor).not.toBeNull();
    const later = await traced(db, `/v1/workspaces/${workspace.id}`, {
      method: "PATCH",
      headers: bearer(ownerKey),
      body: JSON.stringify({ name: "Renommé 🔁" }),
    });
    const resumed = await json(
      await api(`${feed}&cursor=${encodeURIComponent(cursor!)}`, { headers: bearer(ownerKey) }),
    );
    expect(resumed.data.map((event: { id: string }) => event.id)).toEqual(
      later.events.map((event) => event.id),
    );
    const empty = await json(
      await api(`${feed}&cursor=${encodeURIComponent(resumed.meta.next_cursor)}`, {
        headers: bearer(ownerKey),
      }),
    );
    expect(empty.data).toEqual([]);
    expect(empty.meta).toMatchObject({ has_more: false, next_cursor: resumed.meta.next_cursor });
  });

  it("numbers writes in the order they commit, whichever made its ids first", async () => {
    // Concurrent writes through the Database directly: each takes its number when it
    // commits, so numbers and commit order agree even where the ids' order does not.
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const titles = Array.from({ length: 10 }, (_, index) => `Concurrent ${index}`);
    await Promise.all(
      titles.map(async (title) => {
        const writer = testDatabase();
        try {
          await writer.insertOne(writer.t.resources, {
            ownerType: "workspace",
            ownerId: workspace.id,
            type: "post",
            title,
          });
        } finally {
          await writer.close();
        }
      }),
    );
    const e = db.t.events;
    const stored = await db.orm
      .select()
      .from(e)
      .where(eq(e.workspaceId, workspace.id))
      .orderBy(asc(e.commitSeq));
    const creations = stored.filter((event) => event.type === "resource.created");
    expect(creations).toHaveLength(10);
    expect(new Set(creations.map((event) => event.commitSeq)).size).toBe(10);
  });

  it("eventsAfter (the deliverers' seam) reads what committed after a stored position, in commit order", async () => {
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const e = db.t.events;
    const [stored] = await db.orm.select().from(e).where(eq(e.objectId, workspace.id));
    const position = { sequence: stored!.commitSeq, id: stored!.id };
    const first = await makeResource(db, { type: "workspace", id: workspace.id });
    const second = await makeResource(db, { type: "workspace", id: workspace.id });
    const after = await eventsAfter(db, position, 100);
    expect(after.map((event) => event.objectId)).toEqual([first.id, second.id]);
    expect(after[0]!.commitSeq).toBeLessThan(after[1]!.commitSeq);
    const rest = await eventsAfter(db, { sequence: after[0]!.commitSeq, id: after[0]!.id }, 100);
    expect(rest.map((event) => event.objectId)).toEqual([second.id]);
  });

  it("shows each caller only the feeds it may see", async () => {
    const workspace = await newWorkspace("private");
    const other = await newWorkspace("private");
    const writer = await makeUser(db);
    const reader = await makeUser(db);
    const stranger = await makeUser(db);
    // A member: may read and write the workspace.
    for (const action of ["workspaces:read", "workspaces:write"]) {
      await grant(
        db,
        { type: "user", id: writer.id },
        { type: "workspace", id: workspace.id },
        action,
        "allow",
      );
    }
    await grant(
      db,
      { type: "user", id: reader.id },
      { type: "workspace", id: workspace.id },
      "workspaces:read",
      "allow",
    );
    const keyOf = async (id: string, scopes: readonly string[] = USER_SCOPES) =>
      (await makeApiKey(db, { type: "user", id }, scopes)).key;
    const writerKey = await keyOf(writer.id);
    const get = (path: string, key: string) => api(path, { headers: bearer(key) });

    const mine = await json(await get(`/v1/workspaces/${workspace.id}/events`, writerKey));
    expect(mine.data.length).toBeGreaterThan(0);
    expect(
      mine.data.every((event: { workspace_id: string }) => event.workspace_id === workspace.id),
    ).toBe(true);
    expect(
      (await get(`/v1/workspaces/${workspace.id}/events`, await keyOf(reader.id))).status,
    ).toBe(403);
    expect(
      (await get(`/v1/workspaces/${workspace.id}/events`, await keyOf(stranger.id))).status,
    ).toBe(404);
    expect((await get(`/v1/workspaces/${other.id}/events`, writerKey)).status).toBe(404);
    // The scope comes first: a key without events:read reads no feed.
    const noEvents = await keyOf(
      writer.id,
      USER_SCOPES.filter((scope) => scope !== "events:read"),
    );
    const refused = await get(`/v1/workspaces/${workspace.id}/events`, noEvents);
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.code).toBe("insufficient_scope");
    expect((await api(`/v1/workspaces/${workspace.id}/events`)).status).toBe(401);

    // /v1/me/events: what the caller's own subject owns, nobody else's.
    const me = await json(await get("/v1/me/events?limit=100", ownerKey));
    expect(me.data.length).toBeGreaterThan(0);
    expect(me.data.every((event: { user_id: string }) => event.user_id === owner.id)).toBe(true);
    const theirs = await json(await get("/v1/me/events", await keyOf(stranger.id)));
    expect(theirs.data.some((event: { user_id: string }) => event.user_id === owner.id)).toBe(
      false,
    );

    // The whole feed is the admin's.
    expect((await get("/v1/events", ownerKey)).status).toBe(403);
    const all = await json(
      await get(`/v1/events?object_id=${workspace.id},${other.id}&limit=100`, adminKey),
    );
    expect(new Set(all.data.map((event: { object: { id: string } }) => event.object.id))).toEqual(
      new Set([workspace.id, other.id]),
    );
  });

  it("an organization's feed is its members' and admins'", async () => {
    const organization = await makeOrganization(db);
    const member = await makeUser(db, organization.id);
    const outsider = await makeUser(db);
    const memberKey = (await makeApiKey(db, { type: "user", id: member.id })).key;
    const created = await traced(db, "/v1/workspaces", {
      method: "POST",
      headers: bearer(memberKey),
      body: JSON.stringify({
        name: "Collectif ⚘",
        slug: `collectif-${crypto.randomUUID().slice(0, 8)}`,
        owner: { type: "organization", id: organization.id },
      }),
    });
    expect(created.status).toBe(201);
    expect(created.events.every((event) => event.organizationId === organization.id)).toBe(true);
    const feed = await json(
      await api(`/v1/organizations/${organization.id}/events?type=workspace.created`, {
        headers: bearer(memberKey),
      }),
    );
    expect(feed.data.map((event: { id: string }) => event.id)).toEqual([
      created.events.find((event) => event.type === "workspace.created")!.id,
    ]);
    const outsiderKey = (await makeApiKey(db, { type: "user", id: outsider.id })).key;
    const refused = await api(`/v1/organizations/${organization.id}/events`, {
      headers: bearer(outsiderKey),
    });
    expect([403, 404]).toContain(refused.status);
  });

  it("the Cron Trigger prunes events older than EVENTS_RETENTION_DAYS, and keeps them with 0", async () => {
    const workspace = await makeWorkspace(db, { type: "user", id: owner.id });
    const e = db.t.events;
    const mine = eq(e.workspaceId, workspace.id);
    const [recorded] = await db.orm.select().from(e).where(mine);
    const old = new Date(Date.now() - 40 * 86_400_000);
    await db.orm.update(e).set({ createdAt: old }).where(eq(e.id, recorded!.id));
    await makeResource(db, { type: "workspace", id: workspace.id });

    await worker.scheduled(createScheduledController({ cron: "17 * * * *" }), {
      ...env,
      EVENTS_RETENTION_DAYS: "0",
    } as unknown as typeof env);
    expect(await db.orm.select().from(e).where(mine)).toHaveLength(2);
    await worker.scheduled(createScheduledController({ cron: "17 * * * *" }), {
      ...env,
      EVENTS_RETENTION_DAYS: "30",
    } as unknown as typeof env);
    const left = await db.orm.select().from(e).where(mine);
    expect(left.map((event) => event.type)).toEqual(["resource.created"]);
    expect(
      await db.orm
        .select()
        .from(e)
        .where(inArray(e.id, [recorded!.id])),
    ).toEqual([]);
  });

  it("transfers with the data it describes: an event exported as NDJSON and imported reads back the same, recording none", async () => {
    const workspace = await newWorkspace();
    const feedOf = async () =>
      (
        await json(
          await api(`/v1/events?object_id=${workspace.id}&type=workspace.created`, {
            headers: bearer(adminKey),
          }),
        )
      ).data;
    const [original] = await feedOf();
    expect(original).toBeDefined();
    const e = db.t.events;
    // The page starting just before it (the largest id below its own).
    const exported = await api(
      `/v1/transfer/tables/events/rows?limit=1&after=${idJustBefore(original.id)}`,
      { headers: bearer(adminKey) },
    );
    expect(exported.status).toBe(200);
    const line = (await exported.text()).trim();
    expect(JSON.parse(line).id).toBe(original.id);

    await db.orm.delete(e).where(eq(e.id, original.id));
    expect(await feedOf()).toEqual([]);
    const imported = await traced(db, "/v1/transfer/tables/events/rows", {
      method: "POST",
      headers: { ...bearer(adminKey), "content-type": "application/x-ndjson" },
      body: `${line}\n`,
    });
    expect(imported.status).toBe(200);
    expect(imported.events).toEqual([]);
    expect(await feedOf()).toEqual([original]);
  });
});
