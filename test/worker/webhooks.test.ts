/**
 * Webhooks: endpoints managed by those who may write their owner, URL rules,
 * secrets shown only on create and rotate, the dispatch that turns the outbox
 * into deliveries (each once, however many dispatchers race), the delivery
 * state machine against a real HTTP receiver on loopback (signatures checked
 * here with WebCrypto over the exact body sent, retries, dead letters,
 * disabling, redelivery, rotation) and retention.
 *
 * The worker suites run without the queue binding (nothing delivers in the
 * background): the consumer is called here through the worker's own `queue`
 * export with a message batch from `cloudflare:test`, and the messages it
 * sends go to a queue that records them.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  env,
  getQueueResult,
} from "cloudflare:test";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { WebhookMessage } from "../../src/config";
import type { Database } from "../../src/db/database";
import worker from "../../src/index";
import { api, apiWith, dialect, json, postJson, testDatabase } from "./support/api";
import { bearer, makeApiKey, makeOrganization, makeUser, makeWorkspace } from "./support/fixtures";

const receiver = inject("webhookReceiverUrl");

interface Recorded {
  body: WebhookMessage;
  delaySeconds?: number;
}

/** A queue producer that keeps what is sent to it. */
function recordingQueue() {
  const sent: Recorded[] = [];
  const queue = {
    async send(body: WebhookMessage, options?: { delaySeconds?: number }) {
      sent.push({ body, delaySeconds: options?.delaySeconds });
    },
    async sendBatch(messages: Iterable<{ body: WebhookMessage; delaySeconds?: number }>) {
      for (const message of messages) sent.push(message);
    },
  };
  return { sent, queue };
}

type Vars = Record<string, string>;
/** A local-development deployment: loopback receivers are allowed. */
const LOCAL: Vars = { WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true" };

/** Runs the worker's queue consumer on `messages`; answers its ack/retry result. */
async function consume(
  messages: WebhookMessage[],
  vars: Vars = LOCAL,
  queue = recordingQueue().queue,
) {
  const batch = createMessageBatch<WebhookMessage>(
    "hearth-webhooks",
    messages.map((body) => ({
      id: crypto.randomUUID(),
      timestamp: new Date(),
      attempts: 1,
      body,
    })),
  );
  const ctx = createExecutionContext();
  const handler = worker as ExportedHandler<typeof env, WebhookMessage>;
  await handler.queue!(batch, { ...env, ...vars, WEBHOOKS_QUEUE: queue } as never, ctx);
  return getQueueResult(batch, ctx);
}

const deliver = (id: string, vars: Vars = LOCAL, queue = recordingQueue().queue) =>
  consume([{ kind: "deliver", delivery_id: id }], vars, queue);

async function sink(options: { fail?: number; status?: number; redirect?: boolean } = {}) {
  const response = await fetch(`${receiver}/sinks`, {
    method: "POST",
    body: JSON.stringify(options),
  });
  const made = (await response.json()) as { url: string; receivedUrl: string };
  return {
    url: made.url,
    received: async () =>
      (
        (await (await fetch(made.receivedUrl)).json()) as {
          received: { headers: Record<string, string>; body: string }[];
        }
      ).received,
  };
}

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** The Standard Webhooks signature, computed here independently of the worker's code. */
async function expectedSignature(secret: string, id: string, timestamp: string, body: string) {
  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, "")), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey(
    "raw",
    keyBytes,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign(
    "HMAC",
    key,
    new TextEncoder().encode(`${id}.${timestamp}.${body}`),
  );
  return `v1,${base64(mac)}`;
}

const SECRET = /^whsec_[A-Za-z0-9+/]{43}=$/;

describe(`webhooks on ${dialect}`, () => {
  let db: Database;
  let owner: { id: string };
  let ownerKey: string;
  let adminKey: string;
  let readerKey: string;
  let strangerKey: string;
  let workspace: { id: string };
  let privateWorkspace: { id: string };
  let organization: { id: string };
  let memberKey: string;
  const local = apiWith({ ...env, ...LOCAL });

  beforeAll(async () => {
    db = testDatabase();
    owner = await makeUser(db);
    ownerKey = (await makeApiKey(db, { type: "user", id: owner.id })).key;
    adminKey = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id }, ["admin"])).key;
    readerKey = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key;
    strangerKey = (await makeApiKey(db, { type: "user", id: (await makeUser(db)).id })).key;
    workspace = await makeWorkspace(db, { type: "user", id: owner.id }, "public");
    privateWorkspace = await makeWorkspace(db, { type: "user", id: owner.id }, "private");
    organization = await makeOrganization(db);
    const member = await makeUser(db, organization.id);
    memberKey = (await makeApiKey(db, { type: "user", id: member.id })).key;
  });

  /** Creates an endpoint (through a local-development deployment when the URL is loopback). */
  async function createEndpoint(
    path: string,
    body: { url: string; event_types: string[]; description?: string },
    key = ownerKey,
  ) {
    const call = body.url.startsWith("http://127.") ? local : api;
    const response = await call(path, {
      method: "POST",
      headers: { ...bearer(key), "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return (await json(response)).data as Record<string, any>;
  }

  /** Runs dispatches until the stored position is the latest event. */
  async function catchUp() {
    const e = db.t.events;
    const p = db.t.feedPositions;
    for (let round = 0; round < 200; round++) {
      await consume([{ kind: "dispatch" }]);
      const [last] = await db.orm.select().from(e).orderBy(desc(e.commitSeq), desc(e.id)).limit(1);
      const [position] = await db.orm.select().from(p).where(eq(p.name, "webhooks"));
      if (!last || (position?.sequence === last.commitSeq && position.eventId === last.id)) return;
    }
    throw new Error("The webhooks position never reached the latest event");
  }

  const deliveriesOf = (webhookId: string) => {
    const d = db.t.webhookDeliveries;
    return db.orm.select().from(d).where(eq(d.webhookId, webhookId));
  };

  async function newResource(workspaceId: string, title = "Nouveau billet ✍️ 東京", key = ownerKey) {
    const response = await postJson(
      "/v1/resources",
      {
        type: "post",
        title,
        owner: { type: "workspace", id: workspaceId },
        post: { body: "Corps du billet — 本文 🎉" },
      },
      { headers: bearer(key) },
    );
    expect(response.status).toBe(201);
    return (await json(response)).data as { id: string };
  }

  describe("endpoints", () => {
    it("a workspace's writer creates, reads, lists, changes and deletes its endpoints; the secret shows only on create", async () => {
      const created = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url: "https://hooks.example.com/hearth/ünïcode/页",
        event_types: ["resource.created", "engagement.*", "resource.created"],
        description: "Café ☕ — notifications 通知",
      });
      expect(created.secret).toMatch(SECRET);
      expect(created).toMatchObject({
        workspace_id: workspace.id,
        organization_id: null,
        event_types: ["resource.created", "engagement.*"],
        description: "Café ☕ — notifications 通知",
        status: "enabled",
        disabled_reason: null,
        consecutive_failures: 0,
      });

      const read = await api(`/v1/webhooks/${created.id}`, { headers: bearer(ownerKey) });
      expect(read.status).toBe(200);
      const etag = read.headers.get("etag")!;
      const shown = (await json(read)).data;
      expect(shown).not.toHaveProperty("secret");
      expect(shown).toEqual(
        Object.fromEntries(Object.entries(created).filter(([k]) => k !== "secret")),
      );

      const listed = await json(
        await api(`/v1/workspaces/${workspace.id}/webhooks`, { headers: bearer(ownerKey) }),
      );
      expect(listed.data.map((w: { id: string }) => w.id)).toContain(created.id);
      expect(JSON.stringify(listed)).not.toContain(created.secret);

      const patched = await api(`/v1/webhooks/${created.id}`, {
        method: "PATCH",
        headers: { ...bearer(ownerKey), "content-type": "application/json", "if-match": etag },
        body: JSON.stringify({ event_types: ["*"], description: null, status: "disabled" }),
      });
      expect(patched.status).toBe(200);
      const changed = (await json(patched)).data;
      expect(changed).toMatchObject({ event_types: ["*"], description: null, status: "disabled" });
      expect(changed).not.toHaveProperty("secret");

      const stale = await api(`/v1/webhooks/${created.id}`, {
        method: "DELETE",
        headers: { ...bearer(ownerKey), "if-match": etag },
      });
      expect(stale.status).toBe(412);
      const removed = await api(`/v1/webhooks/${created.id}`, {
        method: "DELETE",
        headers: bearer(ownerKey),
      });
      expect(removed.status).toBe(204);
      expect((await api(`/v1/webhooks/${created.id}`, { headers: bearer(ownerKey) })).status).toBe(
        404,
      );
    });

    it("readers get 403, guests 401, strangers to a private workspace 404; organizations' members and admins' global endpoints", async () => {
      const body = { url: "https://hooks.example.com/a", event_types: ["*"] };
      const post = (path: string, headers: Record<string, string>) =>
        postJson(path, body, { headers });
      expect(
        (await post(`/v1/workspaces/${workspace.id}/webhooks`, bearer(readerKey))).status,
      ).toBe(403);
      expect((await post(`/v1/workspaces/${workspace.id}/webhooks`, {})).status).toBe(401);
      expect(
        (await post(`/v1/workspaces/${privateWorkspace.id}/webhooks`, bearer(strangerKey))).status,
      ).toBe(404);
      expect(
        (await api(`/v1/workspaces/${workspace.id}/webhooks`, { headers: bearer(readerKey) }))
          .status,
      ).toBe(403);

      const mine = await createEndpoint(`/v1/workspaces/${privateWorkspace.id}/webhooks`, body);
      expect((await api(`/v1/webhooks/${mine.id}`, { headers: bearer(strangerKey) })).status).toBe(
        404,
      );
      const onPublic = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, body);
      expect(
        (await api(`/v1/webhooks/${onPublic.id}`, { headers: bearer(readerKey) })).status,
      ).toBe(403);
      expect(
        (
          await api(`/v1/webhooks/${onPublic.id}/rotate-secret`, {
            method: "POST",
            headers: bearer(readerKey),
          })
        ).status,
      ).toBe(403);
      expect((await api(`/v1/webhooks/${onPublic.id}`, { headers: bearer(adminKey) })).status).toBe(
        200,
      );
      // A key without the owner's write scope.
      const narrow = (await makeApiKey(db, { type: "user", id: owner.id }, ["workspaces:read"]))
        .key;
      expect((await api(`/v1/webhooks/${onPublic.id}`, { headers: bearer(narrow) })).status).toBe(
        403,
      );

      const ofOrganization = await createEndpoint(
        `/v1/organizations/${organization.id}/webhooks`,
        body,
        memberKey,
      );
      expect(ofOrganization.organization_id).toBe(organization.id);
      expect(
        (await post(`/v1/organizations/${organization.id}/webhooks`, bearer(strangerKey))).status,
      ).toBe(403);

      expect((await post("/v1/webhooks", bearer(ownerKey))).status).toBe(403);
      const global = await createEndpoint("/v1/webhooks", body, adminKey);
      expect(global).toMatchObject({ workspace_id: null, organization_id: null });
      expect((await api(`/v1/webhooks/${global.id}`, { headers: bearer(ownerKey) })).status).toBe(
        404,
      );
      const globals = await json(
        await api("/v1/webhooks?limit=100", { headers: bearer(adminKey) }),
      );
      expect(globals.data.every((w: Record<string, unknown>) => w.workspace_id === null)).toBe(
        true,
      );
      expect(globals.data.map((w: { id: string }) => w.id)).toContain(global.id);
    });

    it("refuses private, loopback, internal and non-https targets and credentials with 422 naming url, unless the deployment allows private targets", async () => {
      const refused = [
        "http://hooks.example.com/a",
        "ftp://hooks.example.com/a",
        "https://127.0.0.1/a",
        "https://2130706433/a",
        "https://0x7f.1/a",
        "https://127.1/a",
        "https://0177.0.0.1/a",
        "https://10.1.2.3/a",
        "https://172.16.0.9/a",
        "https://192.168.1.20/a",
        "https://100.64.0.1/a",
        "https://169.254.169.254/latest/meta-data",
        "https://0.0.0.0/a",
        "https://[::1]/a",
        "https://[::]/a",
        "https://[::ffff:127.0.0.1]/a",
        "https://[::ffff:a9fe:a9fe]/a",
        "https://[fd00:ec2::254]/a",
        "https://[fe80::1]/a",
        "https://localhost/a",
        "https://api.localhost/a",
        "https://printer.local/a",
        "https://metadata.google.internal/a",
        "https://intranet/a",
        "https://user:pass@hooks.example.com/a",
      ];
      for (const url of refused) {
        const response = await postJson(
          `/v1/workspaces/${workspace.id}/webhooks`,
          { url, event_types: ["*"] },
          { headers: bearer(ownerKey) },
        );
        expect(response.status, url).toBe(422);
        const error = (await json(response)).error;
        expect(
          error.details.map((d: { path: string }) => d.path),
          url,
        ).toContain("url");
      }
      const patchTarget = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url: "https://hooks.example.com/ok",
        event_types: ["*"],
      });
      const patched = await api(`/v1/webhooks/${patchTarget.id}`, {
        method: "PATCH",
        headers: { ...bearer(ownerKey), "content-type": "application/json" },
        body: JSON.stringify({ url: "https://192.168.0.1/x" }),
      });
      expect(patched.status).toBe(422);

      for (const url of [
        "https://[2606:4700::1111]/a",
        "https://1.1.1.1/a",
        "https://hooks.example.com:8443/a",
      ]) {
        const response = await postJson(
          `/v1/workspaces/${workspace.id}/webhooks`,
          { url, event_types: ["*"] },
          { headers: bearer(ownerKey) },
        );
        expect(response.status, url).toBe(201);
      }
      const allowed = await local(`/v1/workspaces/${workspace.id}/webhooks`, {
        method: "POST",
        headers: { ...bearer(ownerKey), "content-type": "application/json" },
        body: JSON.stringify({ url: "http://localhost:8787/hooks", event_types: ["*"] }),
      });
      expect(allowed.status).toBe(201);
      const credentials = await local(`/v1/workspaces/${workspace.id}/webhooks`, {
        method: "POST",
        headers: { ...bearer(ownerKey), "content-type": "application/json" },
        body: JSON.stringify({ url: "http://a:b@localhost:8787/hooks", event_types: ["*"] }),
      });
      expect(credentials.status).toBe(422);

      for (const eventTypes of [[], ["nope.*"], ["resource.exploded"], ["resource"]]) {
        const response = await postJson(
          `/v1/workspaces/${workspace.id}/webhooks`,
          { url: "https://hooks.example.com/a", event_types: eventTypes },
          { headers: bearer(ownerKey) },
        );
        expect(response.status, JSON.stringify(eventTypes)).toBe(422);
      }
    });

    it("records endpoint writes as events without their secrets; rotation answers a new secret once", async () => {
      const created = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url: "https://hooks.example.com/audit",
        event_types: ["*"],
      });
      const rotated = await api(`/v1/webhooks/${created.id}/rotate-secret`, {
        method: "POST",
        headers: bearer(ownerKey),
      });
      expect(rotated.status).toBe(200);
      const answer = (await json(rotated)).data;
      expect(answer.secret).toMatch(SECRET);
      expect(answer.secret).not.toBe(created.secret);
      const expires = Date.parse(answer.previous_secret_expires_at) - Date.now();
      expect(expires).toBeGreaterThan(23.9 * 3_600_000);
      expect(expires).toBeLessThanOrEqual(24 * 3_600_000);

      const feed = await json(
        await api(`/v1/events?object_id=${created.id}`, { headers: bearer(adminKey) }),
      );
      expect(feed.data.map((e: { type: string }) => e.type)).toEqual([
        "webhook.created",
        "webhook.updated",
      ]);
      expect(feed.data[0].workspace_id).toBe(workspace.id);
      expect(feed.data[0].user_id).toBe(owner.id);
      const text = JSON.stringify(feed);
      expect(text).not.toContain(created.secret);
      expect(text).not.toContain(answer.secret);
      expect(feed.data[1].data).not.toHaveProperty("secret");
      expect(feed.data[1].data).not.toHaveProperty("previous_secret");
    });

    it("a write that recorded events queues one dispatch after the response; reads and refusals none; without the queue nothing is sent", async () => {
      const { sent, queue } = recordingQueue();
      const withQueue = apiWith({ ...env, WEBHOOKS_QUEUE: queue });
      const write = await withQueue("/v1/resources", {
        method: "POST",
        headers: { ...bearer(ownerKey), "content-type": "application/json" },
        body: JSON.stringify({
          type: "post",
          title: "Queued ✉️",
          owner: { type: "workspace", id: workspace.id },
        }),
      });
      expect(write.status).toBe(201);
      expect(sent).toEqual([{ body: { kind: "dispatch" } }]);
      await withQueue(`/v1/workspaces/${workspace.id}`, { headers: bearer(ownerKey) });
      const refused = await withQueue("/v1/resources", {
        method: "POST",
        headers: { ...bearer(readerKey), "content-type": "application/json" },
        body: JSON.stringify({
          type: "post",
          title: "No",
          owner: { type: "workspace", id: workspace.id },
        }),
      });
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(sent).toHaveLength(1);
      // Health says whether deliveries are sent at all.
      const health = await json(await withQueue("/v1/health"));
      expect(health.data.webhooks).toEqual({ queue: true });
      expect((await json(await api("/v1/health"))).data.webhooks).toEqual({ queue: false });
    });
  });

  describe("dispatch", () => {
    it("makes one delivery per matching enabled endpoint and event, once when two dispatchers race", async () => {
      const other = await makeWorkspace(
        db,
        { type: "organization", id: organization.id },
        "public",
      );
      await catchUp();
      const url = "https://hooks.example.com/d";
      const resources = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url,
        event_types: ["resource.*"],
      });
      const exact = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url,
        event_types: ["post.created"],
      });
      const elsewhere = await createEndpoint(
        `/v1/organizations/${organization.id}/webhooks`,
        { url, event_types: ["resource.*", "post.*"] },
        memberKey,
      );
      const global = await createEndpoint(
        "/v1/webhooks",
        { url, event_types: ["resource.created"] },
        adminKey,
      );
      const disabled = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url,
        event_types: ["*"],
      });
      await api(`/v1/webhooks/${disabled.id}`, {
        method: "PATCH",
        headers: { ...bearer(ownerKey), "content-type": "application/json" },
        body: JSON.stringify({ status: "disabled" }),
      });

      const resource = await newResource(workspace.id);
      const first = recordingQueue();
      const second = recordingQueue();
      const results = await Promise.all([
        consume([{ kind: "dispatch" }], LOCAL, first.queue),
        consume([{ kind: "dispatch" }], LOCAL, second.queue),
      ]);
      for (const result of results) expect(result.explicitAcks).toHaveLength(1);

      const mine = [resources, exact, elsewhere, global, disabled].map((w) => w.id);
      const d = db.t.webhookDeliveries;
      const made = await db.orm.select().from(d).where(inArray(d.webhookId, mine));
      const pairs = made.map((row) => `${row.webhookId} ${row.eventType}`).sort();
      expect(pairs).toEqual(
        [
          `${resources.id} resource.created`,
          `${exact.id} post.created`,
          `${global.id} resource.created`,
        ].sort(),
      );
      const e = db.t.events;
      const [event] = await db.orm
        .select()
        .from(e)
        .where(and(eq(e.objectId, resource.id), eq(e.type, "resource.created")));
      expect(made.find((row) => row.webhookId === resources.id)!.eventId).toBe(event!.id);
      expect(made.every((row) => row.status === "pending" && row.attempts === 0)).toBe(true);
      // Each delivery queued exactly once, by whichever dispatcher made it.
      const queued = [...first.sent, ...second.sent]
        .map((m) => (m.body.kind === "deliver" ? m.body.delivery_id : ""))
        .filter((id) => made.some((row) => row.id === id));
      expect(queued.sort()).toEqual(made.map((row) => row.id).sort());

      // An event of the other workspace (owned by the organization) reaches the organization's endpoint.
      const theirs = await newResource(other.id, "Ailleurs 🌍", memberKey);
      await catchUp();
      const reached = await deliveriesOf(elsewhere.id);
      expect(reached.some((row) => row.eventType === "resource.created")).toBe(true);
      expect(await deliveriesOf(resources.id)).toHaveLength(1);
      expect(theirs.id).toBeTruthy();
    });

    it("queues again a delivery whose message was lost (due for over ten minutes)", async () => {
      const endpoint = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url: "https://hooks.example.com/lost",
        event_types: ["resource.created"],
      });
      await newResource(workspace.id, "Perdu 🧭");
      await catchUp();
      const [delivery] = await deliveriesOf(endpoint.id);
      const d = db.t.webhookDeliveries;
      const queuedFor = async () => {
        const { sent, queue } = recordingQueue();
        await consume([{ kind: "dispatch" }], LOCAL, queue);
        return sent.filter((m) => m.body.kind === "deliver" && m.body.delivery_id === delivery!.id)
          .length;
      };
      await db.orm
        .update(d)
        .set({ nextAttemptAt: new Date(Date.now() - 5 * 60_000) })
        .where(eq(d.id, delivery!.id));
      expect(await queuedFor()).toBe(0);
      // Long overdue (the rescan takes the most overdue first, 100 at a time).
      await db.orm
        .update(d)
        .set({ nextAttemptAt: new Date(Date.UTC(2000, 0, 1)) })
        .where(eq(d.id, delivery!.id));
      expect(await queuedFor()).toBe(1);
    });

    it("delivers only events recorded at or after the endpoint's creation", async () => {
      const before = await newResource(workspace.id, "Avant ⏮");
      const endpoint = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url: "https://hooks.example.com/late",
        event_types: ["resource.created"],
      });
      await catchUp();
      const e = db.t.events;
      const [old] = await db.orm.select().from(e).where(eq(e.objectId, before.id));
      const made = await deliveriesOf(endpoint.id);
      expect(made.map((row) => row.eventId)).not.toContain(old!.id);
    });
  });

  describe("delivery", () => {
    /** An endpoint on a sink, and one delivery of a new resource's `resource.created` to it. */
    async function deliveryTo(sinkOptions: Parameters<typeof sink>[0] = {}) {
      const target = await sink(sinkOptions);
      const endpoint = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url: target.url,
        event_types: ["resource.created"],
      });
      const resource = await newResource(
        workspace.id,
        `Livré 📦 ${crypto.randomUUID().slice(0, 6)}`,
      );
      await catchUp();
      const [delivery] = await deliveriesOf(endpoint.id);
      expect(delivery).toBeDefined();
      return { target, endpoint, resource, delivery: delivery! };
    }

    const target = (made: { target: { received: () => Promise<unknown[]> } }) =>
      made.target.received();

    const getDelivery = async (webhookId: string, id: string) =>
      (
        await json(
          await api(`/v1/webhooks/${webhookId}/deliveries/${id}`, { headers: bearer(ownerKey) }),
        )
      ).data;

    it("POSTs the event as the feed answers it, signed as Standard Webhooks specifies; the receiver's 2xx delivers it", async () => {
      const { target, endpoint, resource, delivery } = await deliveryTo();
      const result = await deliver(delivery.id);
      expect(result.explicitAcks).toHaveLength(1);

      const [request, ...more] = await target.received();
      expect(more).toEqual([]);
      const feed = await json(
        await api(`/v1/events?object_id=${resource.id}&type=resource.created`, {
          headers: bearer(adminKey),
        }),
      );
      const event = feed.data[0];
      expect(request!.headers["content-type"]).toBe("application/json");
      expect(request!.headers["webhook-id"]).toBe(event.id);
      const timestamp = request!.headers["webhook-timestamp"]!;
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
      expect(JSON.parse(request!.body)).toEqual({
        type: "resource.created",
        timestamp: event.created_at,
        data: event,
      });
      expect(request!.headers["webhook-signature"]).toBe(
        await expectedSignature(endpoint.secret, event.id, timestamp, request!.body),
      );

      const shown = await getDelivery(endpoint.id, delivery.id);
      expect(shown).toMatchObject({
        id: delivery.id,
        webhook_id: endpoint.id,
        event_id: event.id,
        event_type: "resource.created",
        status: "delivered",
        attempts: 1,
        next_attempt_at: null,
        last_response_status: 204,
        last_error: null,
      });
      expect(shown.delivered_at).not.toBeNull();
      expect(shown.attempts_log).toHaveLength(1);
      expect(shown.attempts_log[0]).toMatchObject({
        attempt: 1,
        response_status: 204,
        error: null,
      });

      // Another message for a delivered delivery sends nothing.
      await deliver(delivery.id);
      expect(await target.received()).toHaveLength(1);

      const page = await json(
        await api(`/v1/webhooks/${endpoint.id}/deliveries?status=delivered`, {
          headers: bearer(ownerKey),
        }),
      );
      expect(page.data.map((d: { id: string }) => d.id)).toEqual([delivery.id]);
      const none = await json(
        await api(`/v1/webhooks/${endpoint.id}/deliveries?status=dead`, {
          headers: bearer(ownerKey),
        }),
      );
      expect(none.data).toEqual([]);
    });

    it("retries failures with growing delays, dead-letters after the last attempt, and disables an endpoint whose deliveries keep dying", async () => {
      const vars = {
        ...LOCAL,
        WEBHOOK_MAX_ATTEMPTS: "3",
        WEBHOOK_RETRY_BASE_SECONDS: "60",
        WEBHOOK_DISABLE_AFTER: "2",
      };
      const { target, endpoint, delivery } = await deliveryTo({ fail: -1, status: 503 });
      const d = db.t.webhookDeliveries;
      const delays: number[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        const { sent, queue } = recordingQueue();
        await deliver(delivery.id, vars, queue);
        const [row] = await db.orm.select().from(d).where(eq(d.id, delivery.id));
        expect(row!.attempts).toBe(attempt);
        expect(row!.lastResponseStatus).toBe(503);
        if (attempt < 3) {
          expect(row!.status).toBe("failed");
          expect(sent).toHaveLength(1);
          expect(sent[0]!.body).toEqual({ kind: "deliver", delivery_id: delivery.id });
          const delay = sent[0]!.delaySeconds!;
          // Full jitter under a ceiling doubling from WEBHOOK_RETRY_BASE_SECONDS.
          expect(delay).toBeGreaterThanOrEqual(1);
          expect(delay).toBeLessThanOrEqual(60 * 2 ** (attempt - 1));
          delays.push(delay);
          expect(row!.nextAttemptAt!.getTime() - Date.now()).toBeGreaterThan((delay - 5) * 1000);
          // A message arriving before the next attempt is due sends nothing.
          await db.orm
            .update(d)
            .set({ nextAttemptAt: new Date(Date.now() + 3_600_000) })
            .where(eq(d.id, delivery.id));
          await deliver(delivery.id, vars);
          expect(await target.received()).toHaveLength(attempt);
          // The delay elapses.
          await db.orm.update(d).set({ nextAttemptAt: new Date() }).where(eq(d.id, delivery.id));
        } else {
          expect(row!.status).toBe("dead");
          expect(row!.nextAttemptAt).toBeNull();
          expect(sent).toEqual([]);
        }
      }
      expect(await target.received()).toHaveLength(3);
      const shown = await getDelivery(endpoint.id, delivery.id);
      expect(shown.attempts_log.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3]);
      expect(
        shown.attempts_log.every((a: { response_status: number }) => a.response_status === 503),
      ).toBe(true);
      const w = db.t.webhooks;
      const [afterOne] = await db.orm.select().from(w).where(eq(w.id, endpoint.id));
      expect(afterOne).toMatchObject({ consecutiveFailures: 1, status: "enabled" });

      // A second delivery dies too: the endpoint is disabled, with its reason, and gets no new deliveries.
      await newResource(workspace.id, "Encore ❌");
      await catchUp();
      const second = (await deliveriesOf(endpoint.id)).find((row) => row.id !== delivery.id)!;
      for (let attempt = 1; attempt <= 3; attempt++) {
        await deliver(second.id, vars);
        await db.orm.update(d).set({ nextAttemptAt: new Date() }).where(eq(d.id, second.id));
      }
      const disabled = (
        await json(await api(`/v1/webhooks/${endpoint.id}`, { headers: bearer(ownerKey) }))
      ).data;
      expect(disabled).toMatchObject({ status: "disabled", consecutive_failures: 2 });
      expect(disabled.disabled_reason).toContain("2");
      const e = db.t.events;
      const recorded = await db.orm
        .select()
        .from(e)
        .where(and(eq(e.objectId, endpoint.id), eq(e.type, "webhook.updated")));
      expect(recorded.map((event) => (event.data as { status: string }).status)).toContain(
        "disabled",
      );
      await newResource(workspace.id, "Ignoré 🚫");
      await catchUp();
      expect(await deliveriesOf(endpoint.id)).toHaveLength(2);

      // Re-enabled: the counters start over.
      const enabled = await api(`/v1/webhooks/${endpoint.id}`, {
        method: "PATCH",
        headers: { ...bearer(ownerKey), "content-type": "application/json" },
        body: JSON.stringify({ status: "enabled" }),
      });
      expect((await json(enabled)).data).toMatchObject({
        status: "enabled",
        disabled_reason: null,
        consecutive_failures: 0,
      });
    });

    it("one batch: its dispatches dispatch once, its deliveries all go out, a duplicate message sends nothing", async () => {
      const first = await deliveryTo();
      const second = await deliveryTo({ fail: 1 });
      const { sent, queue } = recordingQueue();
      const result = await consume(
        [
          { kind: "dispatch" },
          { kind: "deliver", delivery_id: first.delivery.id },
          { kind: "dispatch" },
          { kind: "deliver", delivery_id: second.delivery.id },
          { kind: "deliver", delivery_id: first.delivery.id },
        ],
        LOCAL,
        queue,
      );
      expect(result.explicitAcks).toHaveLength(5);
      expect(result.retryMessages).toEqual([]);
      expect(await target(first)).toHaveLength(1);
      expect(await target(second)).toHaveLength(1);
      expect((await getDelivery(first.endpoint.id, first.delivery.id)).status).toBe("delivered");
      expect((await getDelivery(second.endpoint.id, second.delivery.id)).status).toBe("failed");
      // The failed one's retry is queued once; nothing more for the delivered one.
      const queuedFor = (id: string) =>
        sent.filter((m) => m.body.kind === "deliver" && m.body.delivery_id === id);
      expect(queuedFor(first.delivery.id)).toEqual([]);
      expect(queuedFor(second.delivery.id)).toHaveLength(1);
      expect(queuedFor(second.delivery.id)[0]!.delaySeconds).toBeGreaterThan(0);
    });

    it("a redirect is a failure and is not followed", async () => {
      const { target, delivery } = await deliveryTo({ redirect: true });
      await deliver(delivery.id);
      const d = db.t.webhookDeliveries;
      const [row] = await db.orm.select().from(d).where(eq(d.id, delivery.id));
      expect(row).toMatchObject({ status: "failed", lastResponseStatus: 302 });
      expect(row!.lastError).toContain("Redirect");
      expect(await target.received()).toHaveLength(1);
    });

    it("a target the deployment refuses is not sent to: the attempt fails naming why", async () => {
      const { target, delivery } = await deliveryTo();
      // The same endpoint, on a deployment that allows no private targets.
      await deliver(delivery.id, { WEBHOOKS_ALLOW_PRIVATE_TARGETS: "false" });
      const d = db.t.webhookDeliveries;
      const [row] = await db.orm.select().from(d).where(eq(d.id, delivery.id));
      expect(row!.status).toBe("failed");
      expect(row!.lastError).toContain("Not sent");
      expect(await target.received()).toEqual([]);
    });

    it("redelivers a delivered or dead delivery now, with the same webhook-id", async () => {
      const { target, endpoint, delivery } = await deliveryTo({ fail: 1 });
      const vars = { ...LOCAL, WEBHOOK_MAX_ATTEMPTS: "1" };
      await deliver(delivery.id, vars);
      expect((await getDelivery(endpoint.id, delivery.id)).status).toBe("dead");

      const withoutQueue = await api(
        `/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`,
        { method: "POST", headers: bearer(ownerKey) },
      );
      expect(withoutQueue.status).toBe(503);

      const { sent, queue } = recordingQueue();
      const withQueue = apiWith({ ...env, WEBHOOKS_QUEUE: queue });
      const queued = await withQueue(
        `/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`,
        {
          method: "POST",
          headers: bearer(ownerKey),
        },
      );
      expect(queued.status).toBe(202);
      expect((await json(queued)).data).toMatchObject({ id: delivery.id, status: "pending" });
      expect(sent).toEqual([{ body: { kind: "deliver", delivery_id: delivery.id } }]);
      await deliver(delivery.id, vars);
      expect((await getDelivery(endpoint.id, delivery.id)).status).toBe("delivered");

      // Delivered: sent again all the same.
      const again = await withQueue(
        `/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`,
        {
          method: "POST",
          headers: bearer(ownerKey),
        },
      );
      expect(again.status).toBe(202);
      await deliver(delivery.id);
      const received = await target.received();
      expect(received).toHaveLength(3);
      expect(new Set(received.map((r) => r.headers["webhook-id"])).size).toBe(1);
      expect(received[0]!.body).toBe(received[2]!.body);
      const shown = await getDelivery(endpoint.id, delivery.id);
      expect(shown).toMatchObject({ status: "delivered", attempts: 3 });

      const unknown = await withQueue(
        `/v1/webhooks/${endpoint.id}/deliveries/${crypto.randomUUID()}/redeliver`,
        { method: "POST", headers: bearer(ownerKey) },
      );
      expect(unknown.status).toBe(404);
      await api(`/v1/webhooks/${endpoint.id}`, {
        method: "PATCH",
        headers: { ...bearer(ownerKey), "content-type": "application/json" },
        body: JSON.stringify({ status: "disabled" }),
      });
      const toDisabled = await withQueue(
        `/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`,
        { method: "POST", headers: bearer(ownerKey) },
      );
      expect(toDisabled.status).toBe(409);
      const reader = await withQueue(
        `/v1/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`,
        {
          method: "POST",
          headers: bearer(readerKey),
        },
      );
      expect(reader.status).toBe(403);
    });

    it("after a rotation both secrets sign, space-separated", async () => {
      const { target, endpoint, delivery } = await deliveryTo();
      const rotated = (
        await json(
          await api(`/v1/webhooks/${endpoint.id}/rotate-secret`, {
            method: "POST",
            headers: bearer(ownerKey),
          }),
        )
      ).data;
      await deliver(delivery.id);
      const [request] = await target.received();
      const id = request!.headers["webhook-id"]!;
      const timestamp = request!.headers["webhook-timestamp"]!;
      expect(request!.headers["webhook-signature"]!.split(" ")).toEqual([
        await expectedSignature(rotated.secret, id, timestamp, request!.body),
        await expectedSignature(endpoint.secret, id, timestamp, request!.body),
      ]);
    });

    it("a message for a delivery whose endpoint was deleted is acknowledged and sends nothing", async () => {
      const { target, endpoint, delivery } = await deliveryTo();
      const removed = await api(`/v1/webhooks/${endpoint.id}`, {
        method: "DELETE",
        headers: bearer(ownerKey),
      });
      expect(removed.status).toBe(204);
      expect(await deliveriesOf(endpoint.id)).toEqual([]);
      const result = await deliver(delivery.id);
      expect(result.explicitAcks).toHaveLength(1);
      expect(result.retryMessages).toEqual([]);
      expect(await target.received()).toEqual([]);
    });
  });

  describe("retention", () => {
    it("the Cron Trigger prunes old delivered and dead deliveries with their attempts, and keeps pending ones and their events", async () => {
      const target = await sink();
      const endpoint = await createEndpoint(`/v1/workspaces/${workspace.id}/webhooks`, {
        url: target.url,
        event_types: ["resource.created"],
      });
      await newResource(workspace.id, "Vieux 📜 1");
      await newResource(workspace.id, "Vieux 📜 2");
      await catchUp();
      const [done, waiting] = await deliveriesOf(endpoint.id);
      await deliver(done!.id);
      const old = new Date(Date.now() - 40 * 86_400_000);
      const { webhookDeliveries: d, webhookAttempts: a, events: e } = db.t;
      await db.orm
        .update(d)
        .set({ createdAt: old })
        .where(inArray(d.id, [done!.id, waiting!.id]));
      await db.orm
        .update(e)
        .set({ createdAt: old })
        .where(inArray(e.id, [done!.eventId, waiting!.eventId]));
      // Other endpoints (global ones wanting every event) have delivered these events too.
      await db.orm
        .update(d)
        .set({ status: "delivered" })
        .where(
          and(inArray(d.eventId, [done!.eventId, waiting!.eventId]), ne(d.webhookId, endpoint.id)),
        );

      await worker.scheduled(createScheduledController({ cron: "17 * * * *" }), {
        ...env,
        EVENTS_RETENTION_DAYS: "30",
      } as unknown as typeof env);
      const left = await deliveriesOf(endpoint.id);
      expect(left.map((row) => row.id)).toEqual([waiting!.id]);
      expect(await db.orm.select().from(a).where(eq(a.deliveryId, done!.id))).toEqual([]);
      const events = await db.orm
        .select({ id: e.id })
        .from(e)
        .where(inArray(e.id, [done!.eventId, waiting!.eventId]));
      expect(events.map((row) => row.id)).toEqual([waiting!.eventId]);
    });
  });
});
