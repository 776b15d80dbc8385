/**
 * The webhooks queue's consumer (docs/architecture.md §21). `dispatch` reads
 * the outbox after the stored webhooks position and makes one delivery per
 * (matching enabled endpoint, event), unique per pair so racing dispatchers
 * make each once, then queues a `deliver` message per delivery it made.
 * `deliver` claims the delivery (a compare-and-set on its attempt count, so
 * one message sends it however many arrive), signs and POSTs it, logs the
 * attempt, and schedules the retry as a new delayed message, or declares it
 * dead, disabling an endpoint whose last deliveries all died.
 */
import { and, asc, eq, inArray, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { WebhookMessage, WebhooksConfig } from "../../config";
import type { Database } from "../../db/database";
import { eventsAfter, type FeedPosition } from "../../db/events";
import { uuidv7 } from "../../db/ids";
import { lit } from "../../db/sql";
import { iso } from "../../http/schemas";
import { type EventRow, toEvent } from "../events";
import { signatureHeader } from "./signing";
import { targetProblem } from "./targets";
import { type DeliveryRow, type WebhookRow, wantsType } from "./webhooks.shapes";

/** What the consumer needs of the queue: to send more messages. */
export type WebhookQueue = Pick<Queue<WebhookMessage>, "send" | "sendBatch">;

/** The feed position's name in `feed_positions`. */
const POSITION = "webhooks";
/** Events read per round of a dispatch, and rounds per message (more: the next message). */
const EVENTS_PER_ROUND = 100;
const ROUNDS_PER_DISPATCH = 20;
/** The longest a receiver may take to answer. */
export const SEND_TIMEOUT_MS = 15_000;
/** How long a claimed attempt holds its delivery (longer than a send may take). */
const LEASE_MS = 60_000;
/**
 * How long past due a delivery must be before a dispatch queues it again (its
 * message lost, or its attempt's worker gone): well beyond a queue's usual
 * backlog, so a busy queue is not fed duplicates.
 */
const LOST_AFTER_MS = 10 * 60_000;
/** A message arriving this early for its delivery's next attempt still sends it (clocks differ a little). */
const EARLY_MS = 1_000;
/** The longest retry delay (Queues allow 12 hours). */
const MAX_RETRY_SECONDS = 6 * 3600;
/** Queues' limit of messages per sendBatch. */
const SEND_BATCH = 100;
/** Ids per `in (…)` list: within D1's 100 bound parameters. */
const IDS_PER_STATEMENT = 90;

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );

async function sendDeliveries(queue: WebhookQueue, ids: string[]) {
  for (const chunk of chunks(ids, SEND_BATCH)) {
    await queue.sendBatch(
      chunk.map((id) => ({ body: { kind: "deliver", delivery_id: id } as WebhookMessage })),
    );
  }
}

async function storedPosition(db: Database): Promise<FeedPosition | null> {
  const p = db.t.feedPositions;
  const [row] = await db.orm.select().from(p).where(eq(p.name, POSITION)).limit(1);
  return row ? { sequence: row.sequence, id: row.eventId } : null;
}

/** Moves the position from `from` to `to` only if it is still `from`; whether it moved. */
async function advancePosition(
  db: Database,
  from: FeedPosition | null,
  to: FeedPosition,
): Promise<boolean> {
  const p = db.t.feedPositions;
  const now = new Date();
  const [result] = await db.atomic((orm) =>
    from === null
      ? db.insertChunks(
          orm,
          p,
          [
            {
              name: POSITION,
              sequence: to.sequence,
              eventId: to.id,
              createdAt: now,
              updatedAt: now,
            },
          ],
          { ignoreDuplicates: true },
        )
      : [
          orm
            .update(p)
            .set({ sequence: to.sequence, eventId: to.id, updatedAt: now })
            .where(
              and(eq(p.name, POSITION), eq(p.sequence, from.sequence), eq(p.eventId, from.id)),
            ),
        ],
  );
  return db.changedRows(result) > 0;
}

/** Whether `endpoint` wants `event`: its types, its owner's scope, and recorded since it exists. */
export function matches(endpoint: WebhookRow, event: EventRow): boolean {
  if (!wantsType(endpoint.eventTypes, event.type)) return false;
  if (event.createdAt.getTime() < endpoint.createdAt.getTime()) return false;
  if (endpoint.workspaceId) return event.workspaceId === endpoint.workspaceId;
  if (endpoint.organizationId) return event.organizationId === endpoint.organizationId;
  return true;
}

/**
 * Turns the events after the stored position into deliveries and queues
 * them; also queues again the deliveries whose message was lost (due for
 * LOST_AFTER_MS).
 */
export async function dispatch(db: Database, queue: WebhookQueue): Promise<void> {
  const w = db.t.webhooks;
  const d = db.t.webhookDeliveries;
  for (let round = 0; round < ROUNDS_PER_DISPATCH; round++) {
    const from = await storedPosition(db);
    const events = await eventsAfter(db, from, EVENTS_PER_ROUND);
    if (events.length === 0) break;
    // Read after the events: an endpoint committed before them is among these.
    const endpoints = await db.orm.select().from(w).where(eq(w.status, "enabled"));
    const now = new Date();
    const rows = events.flatMap((event) =>
      endpoints
        .filter((endpoint) => matches(endpoint, event))
        .map((endpoint) => ({
          id: uuidv7(),
          webhookId: endpoint.id,
          eventId: event.id,
          eventType: event.type,
          status: "pending" as const,
          attempts: 0,
          nextAttemptAt: now,
          createdAt: now,
        })),
    );
    let made: string[] = [];
    if (rows.length > 0) {
      // A racing dispatcher may have made some already: those are skipped, and queued by it.
      await db.atomic((orm) => db.insertChunks(orm, d, rows, { ignoreDuplicates: true }));
      const found = await Promise.all(
        chunks(
          rows.map((row) => row.id),
          IDS_PER_STATEMENT,
        ).map((ids) => db.orm.select({ id: d.id }).from(d).where(inArray(d.id, ids))),
      );
      made = found.flat().map((row) => row.id);
      await sendDeliveries(queue, made);
    }
    const last = events.at(-1)!;
    const moved = await advancePosition(db, from, { sequence: last.commitSeq, id: last.id });
    // Another dispatcher moved it first: it goes on from there.
    if (!moved || events.length < EVENTS_PER_ROUND) break;
  }
  const lost = await db.orm
    .select({ id: d.id })
    .from(d)
    .innerJoin(w, eq(w.id, d.webhookId))
    .where(
      and(
        inArray(d.status, ["pending", "failed"]),
        lt(d.nextAttemptAt, new Date(Date.now() - LOST_AFTER_MS)),
        eq(w.status, "enabled"),
      ),
    )
    .orderBy(asc(d.nextAttemptAt))
    .limit(SEND_BATCH);
  await sendDeliveries(
    queue,
    lost.map((row) => row.id),
  );
}

/** The delay before retry `attempt + 1`: full jitter under a doubling ceiling. */
export function retryDelaySeconds(config: WebhooksConfig, attempt: number): number {
  const ceiling = Math.min(MAX_RETRY_SECONDS, config.retryBaseSeconds * 2 ** (attempt - 1));
  return Math.max(1, Math.ceil(Math.random() * ceiling));
}

/** The body every attempt of a delivery sends: the event as the feed answers it. */
export function deliveryBody(event: EventRow): string {
  return JSON.stringify({
    type: event.type,
    timestamp: iso(event.createdAt),
    data: toEvent(event),
  });
}

interface Outcome {
  status: number | null;
  error: string | null;
}

async function send(
  endpoint: WebhookRow,
  event: EventRow,
  config: WebhooksConfig,
  now: Date,
): Promise<Outcome> {
  const refused = targetProblem(endpoint.url, config.allowPrivateTargets);
  if (refused) return { status: null, error: `Not sent: ${refused}` };
  const body = deliveryBody(event);
  const timestamp = Math.floor(now.getTime() / 1000);
  const secrets = [endpoint.secret];
  if (
    endpoint.previousSecret &&
    (endpoint.previousSecretExpiresAt?.getTime() ?? 0) > now.getTime()
  ) {
    secrets.push(endpoint.previousSecret);
  }
  try {
    const response = await fetch(endpoint.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "Hearth-Webhooks/1",
        "webhook-id": event.id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": await signatureHeader(secrets, event.id, timestamp, body),
      },
      body,
    });
    // The answer is not read; its body is released.
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300)
      return { status: response.status, error: null };
    const redirect = response.status >= 300 && response.status < 400;
    return {
      status: response.status,
      error: redirect
        ? `Redirected (${response.status}): redirects are not followed`
        : `HTTP ${response.status}`,
    };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      status: null,
      error: timedOut
        ? `No answer within ${SEND_TIMEOUT_MS / 1000} s`
        : `Not delivered: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
    };
  }
}

/** Claims the delivery for one attempt: only from the state it was read in, so one message sends it. */
async function claim(db: Database, delivery: DeliveryRow, now: Date): Promise<boolean> {
  const d = db.t.webhookDeliveries;
  const [result] = await db.atomic((orm) => [
    orm
      .update(d)
      .set({ attempts: delivery.attempts + 1, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(
        and(
          eq(d.id, delivery.id),
          eq(d.attempts, delivery.attempts),
          eq(d.status, delivery.status),
          or(
            sql`${d.nextAttemptAt} is null`,
            lte(d.nextAttemptAt, new Date(now.getTime() + EARLY_MS)),
          ),
        ),
      ),
  ]);
  return db.changedRows(result) > 0;
}

/**
 * Sends delivery `id` once, if it is due: a delivered or dead one (unless
 * redelivered, which makes it pending), one of a disabled or deleted endpoint,
 * or one another message claimed, is left alone. Answers what happened.
 */
export async function deliver(
  db: Database,
  config: WebhooksConfig,
  queue: WebhookQueue | undefined,
  id: string,
): Promise<"delivered" | "failed" | "dead" | "skipped"> {
  const { webhooks: w, webhookDeliveries: d, events: e, webhookAttempts: a } = db.t;
  const [[delivery], [endpoint], [event]] = await db.read((orm) => [
    orm.select().from(d).where(eq(d.id, id)).limit(1),
    orm
      .select()
      .from(w)
      .where(eq(w.id, sql`(select ${d.webhookId} from ${d} where ${d.id} = ${id})`))
      .limit(1),
    orm
      .select()
      .from(e)
      .where(eq(e.id, sql`(select ${d.eventId} from ${d} where ${d.id} = ${id})`))
      .limit(1),
  ]);
  if (!delivery || !endpoint || endpoint.status !== "enabled") return "skipped";
  if (delivery.status === "delivered" || delivery.status === "dead") return "skipped";
  const started = new Date();
  if (!(await claim(db, delivery, started))) return "skipped";
  const attempt = delivery.attempts + 1;
  const outcome: Outcome = event
    ? await send(endpoint, event, config, started)
    : { status: null, error: "The event was pruned" };
  const finished = new Date();
  const delivered = outcome.error === null;
  const dead = !delivered && (attempt >= config.maxAttempts || !event);
  const delay = delivered || dead ? 0 : retryDelaySeconds(config, attempt);
  const status = delivered ? "delivered" : dead ? "dead" : "failed";
  const byId = eq(w.id, endpoint.id);
  await db.atomic((orm) => [
    orm.insert(a).values({
      id: uuidv7(),
      deliveryId: id,
      attempt,
      startedAt: started,
      responseStatus: outcome.status,
      error: outcome.error,
      durationMs: finished.getTime() - started.getTime(),
    }),
    orm
      .update(d)
      .set({
        status,
        nextAttemptAt: delivered || dead ? null : new Date(finished.getTime() + delay * 1000),
        lastResponseStatus: outcome.status,
        lastError: outcome.error,
        ...(delivered ? { deliveredAt: finished } : {}),
      })
      .where(and(eq(d.id, id), eq(d.attempts, attempt))),
    ...endpointCounters(db, orm, byId, delivered, dead, config, finished),
  ]);
  if (status === "failed" && queue) {
    await queue.send({ kind: "deliver", delivery_id: id }, { delaySeconds: delay });
  }
  return status;
}

/**
 * A delivered delivery resets its endpoint's count of dead ones in a row; a
 * dead one adds to it, and the one that reaches WEBHOOK_DISABLE_AFTER disables
 * the endpoint (recorded as its `webhook.updated` event). Attempts that will
 * be retried change nothing.
 */
function endpointCounters(
  db: Database,
  orm: Database["orm"],
  byId: SQL,
  delivered: boolean,
  dead: boolean,
  config: WebhooksConfig,
  now: Date,
) {
  const w = db.t.webhooks;
  if (delivered) {
    return [
      orm
        .update(w)
        .set({ consecutiveFailures: 0, updatedAt: now })
        .where(and(byId, sql`${w.consecutiveFailures} <> 0`)),
    ];
  }
  if (!dead) return [];
  const reaches = sql`${w.consecutiveFailures} + 1 >= ${config.disableAfter}`;
  const reason = `Disabled after ${config.disableAfter} deliveries in a row went dead`;
  return [
    orm
      .update(w)
      .set({
        consecutiveFailures: sql`${w.consecutiveFailures} + 1`,
        status: sql`case when ${reaches} then ${lit("disabled")} else ${w.status} end`,
        disabledReason: sql`case when ${reaches} then ${reason} else ${w.disabledReason} end`,
        updatedAt: now,
      } as never)
      .where(byId),
    ...db.recordEvents(
      orm,
      "updated",
      w,
      and(byId, eq(w.status, "disabled"), eq(w.updatedAt, now), eq(w.disabledReason, reason))!,
    ),
  ];
}

/**
 * The queue's batch. Its dispatch messages are served by one dispatch (each
 * would read the same events after the same position); its deliveries are
 * sent side by side, so one slow receiver does not hold the others back.
 * Each runs on a database of its own: on Postgres and MySQL a connection runs
 * one transaction at a time. Work that fails (the database down) has its
 * messages retried by the queue; the rest are acknowledged.
 */
export async function consume(
  batch: MessageBatch<WebhookMessage>,
  openDatabase: () => Database,
  config: WebhooksConfig,
  queue: WebhookQueue | undefined,
): Promise<void> {
  const dispatches = batch.messages.filter((message) => message.body.kind === "dispatch");
  const work: [Message<WebhookMessage>[], (db: Database) => Promise<unknown>][] = [];
  if (dispatches.length > 0) {
    work.push([dispatches, async (db) => queue && (await dispatch(db, queue))]);
  }
  for (const message of batch.messages) {
    const body = message.body;
    if (body.kind === "deliver") {
      work.push([[message], (db) => deliver(db, config, queue, body.delivery_id)]);
    } else if (body.kind !== "dispatch") {
      message.ack();
    }
  }
  await Promise.all(
    work.map(async ([messages, run]) => {
      const db = openDatabase();
      try {
        await run(db);
        for (const message of messages) message.ack();
      } catch (error) {
        console.error("webhooks: message failed, retried by the queue", error);
        for (const message of messages) message.retry({ delaySeconds: 10 });
      } finally {
        await db.close();
      }
    }),
  );
}
