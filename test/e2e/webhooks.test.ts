/**
 * Webhooks end to end: the worker under `wrangler dev` (on local D1, or on the
 * Postgres/MySQL server of the run), its queue producer and consumer as
 * wrangler runs them locally, and receivers on
 * 127.0.0.1 (allowed by WEBHOOKS_ALLOW_PRIVATE_TARGETS). Every delivery is
 * checked with the receiver example's verifier (examples/webhook-receiver.mjs)
 * and with the `standardwebhooks` package, written by others to the same
 * specification. Retries run on a 1-second base so a dead letter takes seconds.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import path from "node:path";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  verifyWebhook,
  WebhookVerificationError,
  webhookListener,
} from "../../examples/webhook-receiver.mjs";
import { freePort } from "../../scripts/lib/dev-server";
import { projectRoot } from "../../scripts/lib/paths";
import { DevWorkers } from "../support/dev-workers";
import { scratchDatabase } from "../support/scratch-database";

const RETRY_BASE_SECONDS = 1;
const MAX_ATTEMPTS = 4;
const DISABLE_AFTER = 2;
/** What a retry may take beyond its backoff: the queue's batch wait, the send, rounding. */
const RETRY_SLACK_MS = 4000;
/** Timers and clocks a little apart: the queue's delay, the worker's and the receiver's clocks. */
const CLOCK_SLACK_MS = 250;

/** A secret as Hearth makes them: whsec_ and 32 random bytes in base64. */
const newSecret = () =>
  `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64")}`;

function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(", ") : String(value),
    ]),
  );
}

/** Polls `probe` until it returns something other than undefined. */
async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("verifyWebhook (examples/webhook-receiver.mjs)", () => {
  const secret = newSecret();
  const signer = new Webhook(secret);
  const id = "0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b";
  const body = JSON.stringify({
    type: "resource.created",
    data: { title: "Café ☕ 東京 🚀 naïve" },
  });
  const now = Date.UTC(2026, 11, 6, 12, 0, 0);
  const signed = (at = now, payload = body, signature?: string) => ({
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at / 1000)),
    "webhook-signature": signature ?? signer.sign(id, new Date(at), payload),
  });

  it("accepts what standardwebhooks signs, from a string, bytes or Fetch headers", () => {
    const parsed = { type: "resource.created", data: { title: "Café ☕ 東京 🚀 naïve" } };
    expect(verifyWebhook(secret, signed(), body, { now })).toEqual(parsed);
    expect(verifyWebhook(secret, signed(), new TextEncoder().encode(body), { now })).toEqual(
      parsed,
    );
    expect(verifyWebhook(secret, new Headers(signed()), Buffer.from(body), { now })).toEqual(
      parsed,
    );
    // Header names in any case, as a plain object might carry them.
    const shouting = Object.fromEntries(
      Object.entries(signed()).map(([name, value]) => [name.toUpperCase(), value]),
    );
    expect(verifyWebhook(secret, shouting, body, { now })).toEqual(parsed);
  });

  it("accepts any one of several signatures (a rotation) and skips other versions", () => {
    const other = new Webhook(newSecret()).sign(id, new Date(now), body);
    const ours = signer.sign(id, new Date(now), body);
    expect(
      verifyWebhook(secret, signed(now, body, `${other} ${ours}`), body, { now }),
    ).toBeTruthy();
    expect(
      verifyWebhook(secret, signed(now, body, `${ours} ${other}`), body, { now }),
    ).toBeTruthy();
    const v2 = `v2,${ours.slice(3)}`;
    expect(() => verifyWebhook(secret, signed(now, body, v2), body, { now })).toThrow(
      WebhookVerificationError,
    );
  });

  it("refuses a changed body, id or timestamp, another secret, and missing headers", () => {
    const refuse = (headers: Record<string, string>, payload = body, key = secret) =>
      expect(() => verifyWebhook(key, headers, payload, { now })).toThrow(WebhookVerificationError);
    refuse(signed(), body.replace("Café", "Cafe"));
    refuse({ ...signed(), "webhook-id": `${id.slice(0, -1)}c` });
    refuse({ ...signed(), "webhook-timestamp": String(Math.floor(now / 1000) + 1) });
    refuse(signed(), body, newSecret());
    for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"]) {
      const { [name as keyof ReturnType<typeof signed>]: _left, ...rest } = signed();
      refuse(rest);
    }
    refuse(signed(now, body, "v1,"));
    refuse(signed(now, body, "v1,not base64 at all"));
    refuse({ ...signed(), "webhook-timestamp": "12e8" });
  });

  it("refuses a timestamp outside the tolerance, either way", () => {
    const at = (offsetSeconds: number, toleranceSeconds?: number) =>
      verifyWebhook(secret, signed(now + offsetSeconds * 1000), body, { now, toleranceSeconds });
    expect(at(-300)).toBeTruthy();
    expect(at(300)).toBeTruthy();
    expect(() => at(-301)).toThrow(/tolerance/);
    expect(() => at(301)).toThrow(/tolerance/);
    expect(() => at(-30, 10)).toThrow(/tolerance/);
  });

  it("serves 204 once per webhook-id, 401 to a bad signature, 500 (retried) when handling fails", async () => {
    const handled: string[] = [];
    let failNext = true;
    const server = createServer(
      webhookListener(secret, {
        log: () => {},
        onEvent: (payload, webhookId) => {
          if (failNext) {
            failNext = false;
            throw new Error("database unavailable");
          }
          handled.push(`${payload.type} ${webhookId}`);
        },
      }),
    );
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      const post = (headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${port}/`, { method: "POST", headers, body }).then((r) => r.status);
      const fresh = () => signed(Date.now());
      expect(
        await post({
          ...fresh(),
          "webhook-signature": signed(Date.now(), "{}")["webhook-signature"],
        }),
      ).toBe(401);
      expect(await post(fresh())).toBe(500);
      expect(await post(fresh())).toBe(204);
      expect(await post(fresh())).toBe(204);
      expect(handled).toEqual([`resource.created ${id}`]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

interface Arrival {
  path: string;
  receivedAt: number;
  headers: Record<string, string>;
  body: string;
}

/** An HTTP receiver on 127.0.0.1 that records every request; `answers` sets each path's status. */
class Receiver {
  readonly arrivals: Arrival[] = [];
  readonly answers = new Map<string, number>();
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<Receiver> {
    const port = await freePort();
    const receiver: Receiver = new Receiver(
      createServer(async (request, response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const path = request.url ?? "/";
        receiver.arrivals.push({
          path,
          receivedAt: Date.now(),
          headers: headerRecord(request.headers),
          body: Buffer.concat(chunks).toString("utf8"),
        });
        response.writeHead(receiver.answers.get(path) ?? 204).end();
      }),
      `http://127.0.0.1:${port}`,
    );
    await new Promise<void>((resolve) => receiver.server.listen(port, "127.0.0.1", resolve));
    return receiver;
  }

  at(path: string) {
    return this.arrivals.filter((arrival) => arrival.path === path);
  }

  close() {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

interface Endpoint {
  id: string;
  url: string;
  status: "enabled" | "disabled";
  disabled_reason: string | null;
  consecutive_failures: number;
  secret?: string;
}

interface Delivery {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  status: "pending" | "delivered" | "failed" | "dead";
  attempts: number;
  next_attempt_at: string | null;
  last_response_status: number | null;
  delivered_at: string | null;
  attempts_log?: {
    attempt: number;
    started_at: string;
    response_status: number | null;
    error: string | null;
    duration_ms: number;
  }[];
}

interface FeedEvent {
  id: string;
  type: string;
  created_at: string;
  object: { type: string; id: string };
}

/**
 * `npm test` (no server URL) runs these on local D1; `npm run test:postgres` and
 * `test:mysql` on that server instead, in a scratch database of their own, so
 * each run covers one database and D1 is not repeated.
 */
const servers = (
  [
    ["postgres", process.env.TEST_POSTGRES_URL],
    ["mysql", process.env.TEST_MYSQL_URL],
  ] as const
).filter(([, url]) => url);
const databases: (readonly ["d1" | "postgres" | "mysql", string | undefined])[] =
  servers.length > 0 ? servers : [["d1", undefined]];

for (const [dialect, serverUrl] of databases)
  describe(`webhooks under wrangler dev on ${dialect}`, { timeout: 120_000 }, () => {
    const workers = new DevWorkers();
    let base = "";
    let adminKey = "";
    let receiver: Receiver;
    let slugs = 0;

    beforeAll(async () => {
      receiver = await Receiver.start();
      const databaseUrl =
        serverUrl && (await scratchDatabase("hooks", dialect as "postgres" | "mysql", serverUrl));
      const worker = await workers.start({
        prepared: true,
        vars: {
          ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
          WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true",
          WEBHOOK_RETRY_BASE_SECONDS: String(RETRY_BASE_SECONDS),
          WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
          WEBHOOK_DISABLE_AFTER: String(DISABLE_AFTER),
          RATE_LIMITS: "off",
        },
      });
      base = worker.url;
      adminKey = worker.adminKey!;
    }, 120_000);

    afterAll(async () => {
      await workers.stopAll();
      await receiver?.close();
    });

    async function api<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${base}/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${adminKey}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    }

    async function ok<T>(method: string, path: string, body?: unknown, status = [200, 201, 202]) {
      const answer = await api<T>(method, path, body);
      if (!status.includes(answer.status)) {
        throw new Error(
          `${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
        );
      }
      return answer.body;
    }

    async function workspace(name: string): Promise<string> {
      const slug = `webhooks-e2e-${++slugs}`;
      return (await ok<{ data: { id: string } }>("POST", "/workspaces", { name, slug })).data.id;
    }

    async function endpoint(workspaceId: string, url: string, eventTypes: string[]) {
      const created = await api<{ data: Endpoint }>("POST", `/workspaces/${workspaceId}/webhooks`, {
        url,
        event_types: eventTypes,
        description: "e2e: Ōkami 大神 🐺",
      });
      expect(created.status).toBe(201);
      expect(created.body.data.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      return created.body.data as Endpoint & { secret: string };
    }

    async function resource(workspaceId: string, title: string): Promise<string> {
      const body = { owner: { type: "workspace", id: workspaceId }, type: "post", title };
      return (await ok<{ data: { id: string } }>("POST", "/resources", body)).data.id;
    }

    async function createdEvent(resourceId: string): Promise<FeedEvent> {
      const feed = await ok<{ data: FeedEvent[] }>(
        "GET",
        `/events?type=resource.created&object_id=${resourceId}`,
      );
      expect(feed.data).toHaveLength(1);
      return feed.data[0]!;
    }

    const deliveries = async (webhookId: string) =>
      (await ok<{ data: Delivery[] }>("GET", `/webhooks/${webhookId}/deliveries?limit=100`)).data;

    async function delivery(webhookId: string, eventId: string): Promise<Delivery | undefined> {
      const summary = (await deliveries(webhookId)).find((row) => row.event_id === eventId);
      if (!summary) return undefined;
      return (
        await ok<{ data: Delivery }>("GET", `/webhooks/${webhookId}/deliveries/${summary.id}`)
      ).data;
    }

    const deliveryIn = (webhookId: string, eventId: string, ...statuses: Delivery["status"][]) =>
      eventually(`a ${statuses.join("/")} delivery of ${eventId}`, async () => {
        const found = await delivery(webhookId, eventId);
        return found && statuses.includes(found.status) ? found : undefined;
      });

    /** Both verifiers accept the arrival with `secret`; returns the parsed body. */
    function verified(arrival: Arrival, secret: string) {
      const ours = verifyWebhook(secret, arrival.headers, arrival.body);
      const theirs = new Webhook(secret).verify(arrival.body, arrival.headers);
      expect(theirs).toEqual(ours);
      return ours as { type: string; timestamp: string; data: FeedEvent };
    }

    it("signs each delivery; the body is the event as GET /v1/events answers it", async () => {
      const workspaceId = await workspace("Atelier Zoë 🎨");
      const hook = await endpoint(workspaceId, `${receiver.url}/signed`, ["resource.*"]);
      // The secret is shown on create only.
      const shown = await ok<{ data: Endpoint }>("GET", `/webhooks/${hook.id}`);
      expect(shown.data).not.toHaveProperty("secret");
      expect(shown.data).toMatchObject({ status: "enabled", consecutive_failures: 0 });

      // A workspace write the endpoint did not ask for, then one it did.
      await ok("PATCH", `/workspaces/${workspaceId}`, { description: "not a resource event" });
      const resourceId = await resource(workspaceId, "Café ☕ 東京の夜 🚀 naïve façade");
      const event = await createdEvent(resourceId);

      const arrival = await eventually("the signed delivery", () =>
        receiver.at("/signed").find((each) => each.headers["webhook-id"] === event.id),
      );
      expect(arrival.headers["content-type"]).toMatch(/^application\/json/);
      expect(Number(arrival.headers["webhook-timestamp"])).toBeCloseTo(
        arrival.receivedAt / 1000,
        -1,
      );
      expect(arrival.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
      expect(verified(arrival, hook.secret)).toEqual({
        type: "resource.created",
        timestamp: event.created_at,
        data: event,
      });
      expect(() => verifyWebhook(newSecret(), arrival.headers, arrival.body)).toThrow(
        WebhookVerificationError,
      );

      const logged = await deliveryIn(hook.id, event.id, "delivered");
      expect(logged).toMatchObject({
        webhook_id: hook.id,
        event_type: "resource.created",
        attempts: 1,
        last_response_status: 204,
        delivered_at: expect.any(String),
      });
      expect(logged.attempts_log).toEqual([
        expect.objectContaining({ attempt: 1, response_status: 204, error: null }),
      ]);
      // Only the resource event was delivered: the workspace update matched no pattern.
      expect((await deliveries(hook.id)).map((row) => row.event_type)).toEqual([
        "resource.created",
      ]);
      expect(receiver.at("/signed")).toHaveLength(1);
    });

    it("retries a failing receiver with backoff, dead-letters it, redelivers it with the same id, and disables the endpoint after repeated dead letters", async () => {
      const workspaceId = await workspace("Studio 大神 retries");
      const failing = await endpoint(workspaceId, `${receiver.url}/failing`, ["resource.created"]);
      // A second endpoint on the same events: the witness that dispatch ran for later writes.
      const witness = await endpoint(workspaceId, `${receiver.url}/witness`, ["*"]);
      receiver.answers.set("/failing", 503);

      const first = await createdEvent(await resource(workspaceId, "Première tentative ✉️"));
      const dead = await deliveryIn(failing.id, first.id, "dead");
      expect(dead.attempts).toBe(MAX_ATTEMPTS);
      expect(dead.last_response_status).toBe(503);
      const log = dead.attempts_log!;
      expect(log.map((attempt) => [attempt.attempt, attempt.response_status])).toEqual(
        Array.from({ length: MAX_ATTEMPTS }, (_, index) => [index + 1, 503]),
      );
      const arrivals = receiver
        .at("/failing")
        .filter((each) => each.headers["webhook-id"] === first.id);
      expect(arrivals).toHaveLength(MAX_ATTEMPTS);
      for (const arrival of arrivals) verified(arrival, failing.secret);
      // Retry n waits a random whole number of seconds from 1 to base × 2^(n-1) (full jitter
      // under a doubling ceiling): by the delivery log's clock and by the receiver's.
      const started = log.map((attempt) => Date.parse(attempt.started_at));
      const gaps = (times: number[]) => times.slice(1).map((time, index) => time - times[index]!);
      for (const times of [started, arrivals.map((each) => each.receivedAt)]) {
        for (const [index, gap] of gaps(times).entries()) {
          expect(gap).toBeGreaterThanOrEqual(1000 - CLOCK_SLACK_MS);
          expect(gap).toBeLessThanOrEqual(RETRY_BASE_SECONDS * 1000 * 2 ** index + RETRY_SLACK_MS);
        }
      }
      console.log(`retry gaps (ms) by the delivery log: ${gaps(started).join(", ")}`);
      expect((await ok<{ data: Endpoint }>("GET", `/webhooks/${failing.id}`)).data).toMatchObject({
        status: "enabled",
        consecutive_failures: 1,
      });

      // Redelivered once the receiver is back: the same webhook-id, now delivered.
      receiver.answers.set("/failing", 200);
      const redeliver = await api(
        "POST",
        `/webhooks/${failing.id}/deliveries/${dead.id}/redeliver`,
      );
      expect(redeliver.status).toBe(202);
      const redelivered = await deliveryIn(failing.id, first.id, "delivered");
      expect(redelivered).toMatchObject({ attempts: MAX_ATTEMPTS + 1, last_response_status: 200 });
      const again = receiver
        .at("/failing")
        .filter((each) => each.headers["webhook-id"] === first.id);
      expect(again).toHaveLength(MAX_ATTEMPTS + 1);
      expect(verified(again.at(-1)!, failing.secret).data.id).toBe(first.id);
      // A success resets the count of dead letters in a row.
      expect((await ok<{ data: Endpoint }>("GET", `/webhooks/${failing.id}`)).data).toMatchObject({
        status: "enabled",
        consecutive_failures: 0,
      });

      // DISABLE_AFTER dead letters in a row disable the endpoint.
      receiver.answers.set("/failing", 500);
      const more = await Promise.all(
        Array.from({ length: DISABLE_AFTER }, async (_, index) =>
          createdEvent(await resource(workspaceId, `Échec n° ${index + 1} 💥`)),
        ),
      );
      for (const event of more) await deliveryIn(failing.id, event.id, "dead");
      const disabled = await eventually("the endpoint disabled", async () => {
        const { data } = await ok<{ data: Endpoint }>("GET", `/webhooks/${failing.id}`);
        return data.status === "disabled" ? data : undefined;
      });
      expect(disabled.consecutive_failures).toBe(DISABLE_AFTER);
      expect(disabled.disabled_reason).toEqual(expect.any(String));

      // A disabled endpoint gets no new deliveries; the enabled one beside it does.
      const later = await createdEvent(await resource(workspaceId, "Après la coupure 🔌"));
      await deliveryIn(witness.id, later.id, "delivered");
      expect((await deliveries(failing.id)).map((row) => row.event_id)).not.toContain(later.id);

      // Enabled again by PATCH: the failures are forgotten and new events are delivered.
      receiver.answers.set("/failing", 204);
      const enabled = await ok<{ data: Endpoint }>("PATCH", `/webhooks/${failing.id}`, {
        status: "enabled",
      });
      expect(enabled.data).toMatchObject({
        status: "enabled",
        disabled_reason: null,
        consecutive_failures: 0,
      });
      const back = await createdEvent(await resource(workspaceId, "De retour ✅"));
      await deliveryIn(failing.id, back.id, "delivered");
    });

    it("signs with both secrets after a rotation, each verifying", async () => {
      const workspaceId = await workspace("Rotation 🔑 ローテーション");
      const hook = await endpoint(workspaceId, `${receiver.url}/rotated`, ["resource.created"]);
      const rotated = await api<{ data: { secret: string; previous_secret_expires_at: string } }>(
        "POST",
        `/webhooks/${hook.id}/rotate-secret`,
      );
      expect(rotated.status).toBe(200);
      const answer = rotated.body.data;
      expect(answer.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(answer.secret).not.toBe(hook.secret);
      const expires = Date.parse(answer.previous_secret_expires_at) - Date.now();
      expect(expires).toBeGreaterThan(23 * 3600_000);
      expect(expires).toBeLessThanOrEqual(24 * 3600_000);

      const event = await createdEvent(await resource(workspaceId, "Signée deux fois ✍️"));
      const arrival = await eventually("the delivery after the rotation", () =>
        receiver.at("/rotated").find((each) => each.headers["webhook-id"] === event.id),
      );
      const signatures = arrival.headers["webhook-signature"]!.split(" ");
      expect(signatures).toHaveLength(2);
      for (const signature of signatures) expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
      // A receiver still on the old secret and one already on the new both accept it.
      expect(verified(arrival, hook.secret).data.id).toBe(event.id);
      expect(verified(arrival, answer.secret).data.id).toBe(event.id);
      // Each signature alone verifies with exactly one of the secrets.
      for (const signature of signatures) {
        const alone = { ...arrival.headers, "webhook-signature": signature };
        const accepts = [hook.secret, answer.secret].filter((secret) => {
          try {
            verifyWebhook(secret, alone, arrival.body);
            return true;
          } catch {
            return false;
          }
        });
        expect(accepts).toHaveLength(1);
      }
    });

    it("delivers to the receiver example run as a user runs it, which skips a redelivered id", async () => {
      const workspaceId = await workspace("Example receiver 🛰️");
      const port = await freePort();
      const hook = await endpoint(workspaceId, `http://127.0.0.1:${port}/`, ["resource.created"]);
      const example: ChildProcess = spawn(
        process.execPath,
        [path.join(projectRoot, "examples", "webhook-receiver.mjs")],
        {
          env: { ...process.env, PORT: String(port), WEBHOOK_SECRET: hook.secret },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let output = "";
      example.stdout!.on("data", (chunk) => (output += chunk));
      example.stderr!.on("data", (chunk) => (output += chunk));
      try {
        await eventually("the example listening", () =>
          output.includes("Listening for webhooks") ? true : undefined,
        );
        const event = await createdEvent(await resource(workspaceId, "Reçu par l'exemple 📬"));
        const delivered = await deliveryIn(hook.id, event.id, "delivered");
        expect(delivered.last_response_status).toBe(204);
        expect(output).toContain(`received resource.created ${event.id}`);

        await ok("POST", `/webhooks/${hook.id}/deliveries/${delivered.id}/redeliver`);
        await eventually("the redelivery acknowledged", async () => {
          const found = await delivery(hook.id, event.id);
          return found?.status === "delivered" && found.attempts === 2 ? found : undefined;
        });
        expect(output).toContain(`duplicate resource.created ${event.id}: already handled`);
        expect(output).not.toContain("refused");
      } finally {
        example.kill("SIGTERM");
      }
    });
  });
