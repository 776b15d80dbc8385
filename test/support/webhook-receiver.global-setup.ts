/**
 * A webhook receiver on loopback for the webhooks tests (Vitest `provide`):
 * real HTTP, so deliveries are sent, signed and answered as in production.
 *
 * - `POST /sinks` with `{ fail?: number, status?: number, redirect?: boolean }`
 *   → `{ url, receivedUrl }`: a new endpoint URL that answers 500 (or `status`)
 *   to its first `fail` requests (all of them when `fail` is -1), a 302 to
 *   another sink when `redirect`, and 204 otherwise;
 * - `GET <receivedUrl>` → `{ received: [{ headers, body }] }`: every request
 *   the sink got, in order, its body as the exact text sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    webhookReceiverUrl: string;
  }
}

interface Sink {
  fail: number;
  status: number;
  redirect: boolean;
  received: { headers: Record<string, string>; body: string }[];
}

async function read(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

export default async function setup(project: TestProject) {
  const sinks = new Map<string, Sink>();
  let origin = "";

  const send = (response: ServerResponse, status: number, body?: unknown) => {
    response.writeHead(status, body === undefined ? {} : { "content-type": "application/json" });
    response.end(body === undefined ? undefined : JSON.stringify(body));
  };

  async function route(request: IncomingMessage, response: ServerResponse) {
    const [, prefix, id, action] = (request.url ?? "").split("/");
    const body = await read(request);
    if (request.method === "POST" && prefix === "sinks" && !id) {
      const options = JSON.parse(body || "{}") as Partial<Sink>;
      const sinkId = crypto.randomUUID();
      sinks.set(sinkId, {
        fail: options.fail ?? 0,
        status: options.status ?? 500,
        redirect: options.redirect ?? false,
        received: [],
      });
      return send(response, 201, {
        url: `${origin}/sinks/${sinkId}`,
        receivedUrl: `${origin}/sinks/${sinkId}/received`,
      });
    }
    const sink = prefix === "sinks" && id ? sinks.get(id) : undefined;
    if (!sink) return send(response, 404, {});
    if (request.method === "GET" && action === "received") {
      return send(response, 200, { received: sink.received });
    }
    if (request.method !== "POST" || action) return send(response, 404, {});
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
    );
    sink.received.push({ headers, body });
    if (sink.redirect) {
      response.writeHead(302, { location: `${origin}/sinks/${crypto.randomUUID()}` });
      return response.end();
    }
    if (sink.fail === -1 || sink.received.length <= sink.fail)
      return send(response, sink.status, {});
    return send(response, 204);
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error) => send(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  project.provide("webhookReceiverUrl", origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
