/**
 * One node-postgres client per request, connected on its first query (routes
 * that never touch the database never open a connection) and closed after the
 * response. A single client keeps a transaction's statements on one connection.
 *
 * The client pipelines: queries issued together go out without waiting for
 * each other's results, so they cost one round trip, counted as one. With
 * DATABASE_BATCHING=sequential (for a proxy that refuses pipelining) it does
 * not, and each query waits for the one before it.
 *
 * Under `auto`, a pipelined group that fails on the connection itself (closed,
 * or an error of SQLSTATE class 08, as a pooler that refuses pipelining
 * answers) rather than with an error about its SQL is a possible refusal. A
 * probe on a new connection confirms it: one `select 1` is answered, two
 * pipelined ones are refused the same way. The URL then goes sequential for
 * the isolate, the request continues on a sequential connection, and the
 * refused group is sent again, statement by statement, when nothing of it can
 * have taken effect. To make sure of that, until the URL's server has answered
 * a pipelined group of two or more statements, only reads and a transaction's
 * statements before its `commit` go out pipelined; the commit, or a write
 * outside a transaction and what follows it, waits for their answers (one more
 * round trip, once per isolate in practice). Postgres commits nothing without
 * the `commit`, and the refused connection's end rolls the transaction back.
 * Once pipelining has worked, a later refusal still switches the URL to
 * sequential, but only a group of reads is sent again; a write's error stands.
 *
 * JIT compilation is off for the connection (unless the URL sets `options`):
 * the permission filters give list queries large cost estimates, and at 100k
 * rows Postgres then spent about 2 s compiling a query that runs in 15 ms.
 */
import pg from "pg";
import type { QueryMetrics } from "../metrics";
import {
  type Batching,
  type BatchingSetting,
  batchingAccepted,
  recordBatchingAccepted,
  recordBatchingRefused,
  sendInTurn,
  sendsSequentially,
} from "./batching";
import { groupSameTick, type Queued } from "./same-tick";

type QueryArgs = unknown[];
type Call = Queued<QueryArgs, unknown>;

/** A probe's pipelined pair that gets no answer in this time counts as refused. */
const PROBE_TIMEOUT_MS = 5_000;

interface Connection {
  client: pg.Client;
  pipeline: boolean;
  connected?: Promise<unknown>;
  /** Whether this connection's failure was a refusal of pipelining (probed once). */
  refused?: Promise<boolean>;
}

/** node-postgres's own `query`: the first client's is replaced below. */
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => Promise<unknown>;

export function openPostgres(url: string, metrics: QueryMetrics, setting: BatchingSetting) {
  const connections: Connection[] = [];
  let closing = false;
  const open = (pipeline: boolean): Connection => {
    const client = new pg.Client({ connectionString: url, options: "-c jit=off", pipeline });
    // Errors arrive as events too; unhandled, one would crash the isolate. The
    // socket closing under `end()` raises one that means nothing.
    client.on("error", (error) => {
      if (!closing) console.error("Postgres connection error", error.message);
    });
    const connection: Connection = { client, pipeline };
    connections.push(connection);
    return connection;
  };
  const connect = async (connection: Connection) => {
    connection.connected ??= connection.client.connect();
    await connection.connected;
  };
  const sender = (connection: Connection) => (args: QueryArgs) =>
    clientQuery.apply(connection.client, args);

  let current = open(!sendsSequentially(setting, url));
  const refusedPipelining = (connection: Connection) => {
    connection.refused ??= refusesPipelining(open(true), connect, metrics).then((refused) => {
      if (refused) {
        recordBatchingRefused(url);
        if (current.pipeline) current = open(false);
      }
      return refused;
    });
    return connection.refused;
  };

  const queryTogether = groupSameTick<QueryArgs, unknown>(async (group) => {
    const connection = current;
    await connect(connection);
    if (!connection.pipeline) return sendInTurn(group, sender(connection), metrics);
    // Until this URL's server has answered a pipelined group, only what changes
    // nothing goes out pipelined; the rest follows in turn once it is answered.
    const unproven = setting === "auto" && !batchingAccepted(url);
    const pipelined = group.slice(0, unproven ? safelyPipelined(group) : group.length);
    if (pipelined.length === 0) return sendInTurn(group, sender(connection), metrics);
    const heldBack = group.slice(pipelined.length);
    const outcomes = await metrics.track(() =>
      Promise.allSettled(pipelined.map((call) => sender(connection)(call.args))),
    );
    const failure = outcomes.find((outcome) => outcome.status === "rejected");
    if (!failure) {
      if (pipelined.length > 1) recordBatchingAccepted(url);
      settle(pipelined, outcomes);
      if (heldBack.length > 0) await sendInTurn(heldBack, sender(connection), metrics, true);
      return;
    }
    if (
      setting === "auto" &&
      !isSqlError(failure.reason) &&
      (await refusedPipelining(connection)) &&
      (unproven || group.every(isRead))
    ) {
      await connect(current);
      return sendInTurn(group, sender(current), metrics, true);
    }
    settle(pipelined, outcomes);
    for (const call of heldBack) call.reject(failure.reason);
  });
  // Drizzle's node-postgres session only calls `query`: the first client stands for them all.
  const client = current.client;
  client.query = ((...args: unknown[]) => queryTogether(args)) as typeof client.query;

  return {
    client,
    batching: (): Batching => (current.pipeline ? "pipeline" : "sequential"),
    close: async () => {
      closing = true;
      await Promise.all(
        connections.filter((c) => c.connected).map((c) => c.client.end().catch(() => undefined)),
      );
    },
  };
}

/**
 * Whether the server, or a proxy in front of it, refuses pipelining: on a new
 * connection a single `select 1` is answered, and two pipelined ones fail on
 * the connection rather than with an SQL error (or get no answer at all).
 */
async function refusesPipelining(
  probe: Connection,
  connect: (connection: Connection) => Promise<void>,
  metrics: QueryMetrics,
): Promise<boolean> {
  const select = (timeout?: number) =>
    clientQuery.call(probe.client, { text: "select 1", query_timeout: timeout });
  try {
    await connect(probe);
    await metrics.track(() => select(), true);
  } catch {
    return false;
  }
  const pair = await metrics.track(
    () => Promise.allSettled([select(PROBE_TIMEOUT_MS), select(PROBE_TIMEOUT_MS)]),
    true,
  );
  return pair.some((outcome) => outcome.status === "rejected" && !isSqlError(outcome.reason));
}

/**
 * An error the server reported about the SQL (a constraint, a serialization
 * failure, a syntax error…): it propagates unchanged. Class 08 (connection
 * exception, protocol violation) is about the connection, as is an error that
 * did not come from the server at all.
 */
function isSqlError(error: unknown): boolean {
  return error instanceof pg.DatabaseError && !error.code?.startsWith("08");
}

function settle(calls: Call[], outcomes: PromiseSettledResult<unknown>[]) {
  calls.forEach((call, i) => {
    const outcome = outcomes[i]!;
    if (outcome.status === "fulfilled") call.resolve(outcome.value);
    else call.reject(outcome.reason);
  });
}

/** A query's SQL: Drizzle passes a config object, a probe a string. */
function textOf(call: Call): string {
  const [query] = call.args;
  return typeof query === "string" ? query : ((query as { text?: string }).text ?? "");
}

const isRead = (call: Call) => /^\s*select\b/i.test(textOf(call));

/**
 * How many of a group's first statements can go out pipelined while a refusal
 * of pipelining is still possible, so that a refused group can be sent again:
 * of a transaction (`Database.atomic`: `start transaction`, its statements,
 * `commit`) all but the commit, as Postgres commits nothing without it and a
 * connection's end rolls back what it left open; otherwise the reads before
 * the first statement that may write.
 */
function safelyPipelined(group: Call[]): number {
  const transaction =
    group.length > 2 &&
    textOf(group[0]!) === "start transaction" &&
    textOf(group.at(-1)!) === "commit";
  if (transaction) return group.length - 1;
  const firstWrite = group.findIndex((call) => !isRead(call));
  return firstWrite === -1 ? group.length : firstWrite;
}
