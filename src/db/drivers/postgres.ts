/**
 * One node-postgres client per request, connected on its first query (routes
 * that never touch the database never open a connection) and closed after the
 * response. A single client keeps a transaction's statements on one connection.
 *
 * The client pipelines: queries issued together go out without waiting for
 * each other's results, so they cost one round trip, counted as one. With
 * DATABASE_BATCHING=sequential (for a proxy that refuses pipelining) it does
 * not, and each query waits for the one before it. `auto` pipelines: no
 * refusal of pipelining by a server could be reproduced here to detect it by.
 *
 * JIT compilation is off for the connection (unless the URL sets `options`):
 * the permission filters give list queries large cost estimates, and at 100k
 * rows Postgres then spent about 2 s compiling a query that runs in 15 ms.
 */
import pg from "pg";
import type { QueryMetrics } from "../metrics";
import { type Batching, type BatchingSetting, sendInTurn } from "./batching";
import { groupSameTick } from "./same-tick";

export function openPostgres(url: string, metrics: QueryMetrics, setting: BatchingSetting) {
  const pipeline = setting !== "sequential";
  const client = new pg.Client({ connectionString: url, options: "-c jit=off", pipeline });
  let closing = false;
  // Errors arrive as events too; unhandled, one would crash the isolate. The
  // socket closing under `end()` raises one that means nothing.
  client.on("error", (error) => {
    if (!closing) console.error("Postgres connection error", error.message);
  });
  let connected: Promise<unknown> | undefined;
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const queryTogether = groupSameTick<unknown[], unknown>(async (group) => {
    connected ??= client.connect();
    await connected;
    if (!pipeline) return sendInTurn(group, (args) => query(...args), metrics);
    await metrics.track(() =>
      Promise.all(group.map((call) => query(...call.args).then(call.resolve, call.reject))),
    );
  });
  client.query = ((...args: unknown[]) => queryTogether(args)) as typeof client.query;

  return {
    client,
    batching: (): Batching => (pipeline ? "pipeline" : "sequential"),
    close: async () => {
      closing = true;
      if (connected) await client.end();
    },
  };
}
