/**
 * Webhook delivery latency under a write load: a receiver in this process on
 * loopback, a global endpoint for `engagement.created` registered through the
 * API with the admin key, then the create-engagement scenario driven as the
 * other scenarios are. Each delivery's latency is its receipt time minus the
 * event's `created_at` (the commit, by the worker's clock on this machine);
 * the events expected are those the feed holds from the endpoint's creation on.
 * Then, for the floor under that, a few writes one at a time, each awaited to
 * its delivery: the latency of the two queue hops (dispatch, deliver) unloaded.
 */
import { createServer } from "node:http";
import { verifyWebhook } from "../examples/webhook-receiver.mjs";
import { freePort } from "../scripts/lib/dev-server";
import type { BenchHandles } from "./dataset";
import { driveScenario, type LoadOptions } from "./load";
import type { Scenario } from "./scenarios";

export const DELIVERED_TYPE = "engagement.created";
/** After the load, how long deliveries may keep arriving before the rest count as missing. */
const DRAIN_MS = 60_000;
/** …and how long without any arrival ends the wait early. */
const IDLE_MS = 15_000;
/** Writes made one at a time after the load, and how long each may wait for its delivery. */
const UNLOADED_WRITES = 5;
const UNLOADED_WAIT_MS = 30_000;

export interface DeliveryResult {
  /** Create-engagement requests answered 2xx during the load. */
  writes: number;
  /** `engagement.created` events committed from the endpoint's creation on. */
  expected: number;
  /** Of those, delivered with a valid signature (each webhook-id counted once). */
  delivered: number;
  /** Deliveries of an id already received (at-least-once). */
  duplicates: number;
  /** Receipt time − the event's created_at, over the first receipt of each event. */
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
  latencyMaxMs: number | null;
  /** From the end of the load to the last delivery counted. */
  drainMs: number;
  /** Single writes after the load, each awaited to its delivery: median and worst latency. */
  unloadedP50Ms: number | null;
  unloadedMaxMs: number | null;
}

interface Receipt {
  receivedAt: number;
  createdAt: number;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function api<T>(baseUrl: string, key: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** The ids of the events of `type` created at or after `from`, through the admin feed. */
async function eventIdsSince(baseUrl: string, key: string, from: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  for (;;) {
    const query = new URLSearchParams({
      type: DELIVERED_TYPE,
      created_at_from: from,
      limit: "100",
    });
    if (cursor) query.set("cursor", cursor);
    const page = await api<{ data: { id: string }[]; meta: { next_cursor: string | null } }>(
      baseUrl,
      key,
      "GET",
      `/events?${query}`,
    );
    for (const event of page.data) ids.add(event.id);
    if (page.data.length === 0 || !page.meta.next_cursor) return ids;
    cursor = page.meta.next_cursor;
  }
}

export async function measureDelivery(
  baseUrl: string,
  writeScenario: Scenario,
  handles: BenchHandles,
  load: LoadOptions,
): Promise<DeliveryResult> {
  const receipts = new Map<string, Receipt>();
  let latest: Receipt | undefined;
  let duplicates = 0;
  let invalid = 0;
  let lastArrival = 0;
  let secret = "";
  const server = createServer(async (request, response) => {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    lastArrival = Date.now();
    let payload: { timestamp: string };
    try {
      payload = verifyWebhook(secret, request.headers, Buffer.concat(chunks)) as typeof payload;
    } catch {
      invalid += 1;
      response.writeHead(401).end();
      return;
    }
    const id = String(request.headers["webhook-id"]);
    if (receipts.has(id)) duplicates += 1;
    else {
      latest = { receivedAt, createdAt: Date.parse(payload.timestamp) };
      receipts.set(id, latest);
    }
    response.writeHead(204).end();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  try {
    const { data: endpoint } = await api<{
      data: { secret: string; created_at: string };
    }>(baseUrl, handles.adminKey, "POST", "/webhooks", {
      url: `http://127.0.0.1:${port}/`,
      event_types: [DELIVERED_TYPE],
      description: "npm run bench: delivery latency",
    });
    secret = endpoint.secret;

    const result = await driveScenario(baseUrl, writeScenario, handles, load);
    const loadEnded = Date.now();
    const expected = await eventIdsSince(baseUrl, handles.adminKey, endpoint.created_at);
    const delivered = () => [...expected].filter((id) => receipts.has(id)).length;
    while (
      delivered() < expected.size &&
      Date.now() - loadEnded < DRAIN_MS &&
      Date.now() - Math.max(lastArrival, loadEnded) < IDLE_MS
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (invalid > 0) throw new Error(`${invalid} webhook deliveries failed verification`);

    const latencies = [...expected]
      .flatMap((id) => {
        const receipt = receipts.get(id);
        return receipt ? [receipt.receivedAt - receipt.createdAt] : [];
      })
      .sort((a, b) => a - b);
    const counted = [...expected].flatMap((id) => receipts.get(id)?.receivedAt ?? []);

    const unloaded: number[] = [];
    for (let n = 0; n < UNLOADED_WRITES; n++) {
      const before = receipts.size;
      const write = writeScenario.request(handles, result.requests + n);
      const response = await fetch(`${baseUrl}${write.path}`, {
        method: write.method,
        headers: write.headers,
        body: write.body,
      });
      if (!response.ok) throw new Error(`${write.method} ${write.path}: ${response.status}`);
      const deadline = Date.now() + UNLOADED_WAIT_MS;
      while (receipts.size === before && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (receipts.size > before && latest) unloaded.push(latest.receivedAt - latest.createdAt);
    }
    unloaded.sort((a, b) => a - b);
    return {
      writes: result.requests - result.errors,
      expected: expected.size,
      delivered: latencies.length,
      duplicates,
      latencyP50Ms: percentile(latencies, 50),
      latencyP99Ms: percentile(latencies, 99),
      latencyMaxMs: latencies.at(-1) ?? null,
      drainMs: Math.max(0, Math.max(loadEnded, ...counted) - loadEnded),
      unloadedP50Ms: percentile(unloaded, 50),
      unloadedMaxMs: unloaded.at(-1) ?? null,
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
