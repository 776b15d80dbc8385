/**
 * A receiver for Hearth's webhooks, to copy into your own service: plain Node 22,
 * no dependencies.
 *
 *   WEBHOOK_SECRET=whsec_… PORT=8789 node examples/webhook-receiver.mjs
 *
 * Deliveries follow the Standard Webhooks specification: `webhook-id` (the event's
 * id, the same on every retry), `webhook-timestamp` (unix seconds of the attempt)
 * and `webhook-signature` (`v1,<base64 HMAC-SHA256>` over "<id>.<timestamp>.<body>",
 * keyed with the base64 bytes after `whsec_`; two of them, space-separated, while a
 * rotated secret is still valid). The server answers 204 to a verified delivery
 * (once per webhook-id: a retry of something already handled is acknowledged and
 * skipped) and 401 to anything else; any other answer makes Hearth retry later.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

export class WebhookVerificationError extends Error {
  name = "WebhookVerificationError";
}

const SECRET_PREFIX = "whsec_";
const MAX_BODY_BYTES = 1024 * 1024;

/** A header from a Fetch `Headers`, Node's `req.headers`, or a plain object in any case. */
function headerValue(headers, name) {
  if (typeof headers?.get === "function") return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(", ") : value;
  }
  return undefined;
}

/**
 * Checks a delivery and returns its parsed body; throws WebhookVerificationError when
 * a header is missing, the timestamp is further than `toleranceSeconds` from `now`
 * (milliseconds; replayed old deliveries are refused), or no `v1` signature matches.
 * `rawBody` must be the bytes as received (a string or a Buffer/Uint8Array): parsing
 * and re-serializing JSON changes them.
 */
export function verifyWebhook(
  secret,
  headers,
  rawBody,
  { toleranceSeconds = 300, now = Date.now() } = {},
) {
  const id = headerValue(headers, "webhook-id");
  const timestamp = headerValue(headers, "webhook-timestamp");
  const signatures = headerValue(headers, "webhook-signature");
  if (!id || !timestamp || !signatures) {
    throw new WebhookVerificationError(
      "missing webhook-id, webhook-timestamp or webhook-signature",
    );
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    throw new WebhookVerificationError("webhook-timestamp is not unix seconds");
  }
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) {
    throw new WebhookVerificationError("webhook-timestamp is outside the tolerance");
  }

  const key = Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    "base64",
  );
  if (key.length === 0) throw new WebhookVerificationError("the secret is empty");
  const body = typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : Buffer.from(rawBody);
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.`).update(body).digest();

  // Any one of the signatures may match (two while a rotated secret is still valid);
  // versions other than v1 are for other schemes and are skipped.
  const matched = signatures.split(" ").some((signature) => {
    const comma = signature.indexOf(",");
    if (comma < 0 || signature.slice(0, comma) !== "v1") return false;
    const candidate = Buffer.from(signature.slice(comma + 1), "base64");
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
  if (!matched) throw new WebhookVerificationError("no signature matches");
  return JSON.parse(body.toString("utf8"));
}

/** The ids handled most recently, oldest forgotten first, so memory stays bounded. */
class RecentIds {
  #ids = new Set();
  constructor(limit) {
    this.limit = limit;
  }
  has(id) {
    return this.#ids.has(id);
  }
  add(id) {
    this.#ids.add(id);
    if (this.#ids.size > this.limit) this.#ids.delete(this.#ids.values().next().value);
  }
}

/**
 * A `node:http` request listener that verifies each delivery with `secret` and calls
 * `onEvent(payload, id)` once per webhook-id. If `onEvent` throws, the answer is 500
 * and the id is not remembered, so Hearth's retry is handled again. Keep the ids in a
 * database in production: this memory is lost on restart and not shared between
 * processes, which at-least-once delivery makes a receiver's job.
 */
export function webhookListener(secret, { onEvent = () => {}, log = console.log } = {}) {
  const handled = new RecentIds(10_000);
  return async (request, response) => {
    if (request.method !== "POST") {
      response.writeHead(405, { allow: "POST" }).end();
      return;
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        response.writeHead(413).end();
        return;
      }
      chunks.push(chunk);
    }
    let payload;
    try {
      payload = verifyWebhook(secret, request.headers, Buffer.concat(chunks));
    } catch (error) {
      log(`refused: ${error.message}`);
      response.writeHead(401).end();
      return;
    }
    const id = request.headers["webhook-id"];
    if (handled.has(id)) {
      log(`duplicate ${payload.type} ${id}: already handled`);
      response.writeHead(204).end();
      return;
    }
    try {
      await onEvent(payload, id);
    } catch (error) {
      log(`failed ${payload.type} ${id}: ${error.message}`);
      response.writeHead(500).end();
      return;
    }
    handled.add(id);
    log(`received ${payload.type} ${id}`);
    response.writeHead(204).end();
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret?.startsWith(SECRET_PREFIX)) {
    console.error("Set WEBHOOK_SECRET to the endpoint's secret (whsec_…).");
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8789);
  createServer(webhookListener(secret)).listen(port, "127.0.0.1", () => {
    console.log(`Listening for webhooks on http://127.0.0.1:${port}/`);
  });
}
