/**
 * One node-postgres client per request, connected on its first query (routes
 * that never touch the database never open a connection) and closed after the
 * response. A single client keeps a transaction's statements on one connection.
 *
 * The client pipelines: queries issued together go out without waiting for
 * each other's results, so they cost one round trip, counted as one.
 *
 * JIT compilation is off for the connection (unless the URL sets `options`):
 * the permission filters give list queries large cost estimates, and at 100k
 * rows Postgres then spent about 2 s compiling a query that runs in 15 ms.
 */
import pg from "pg";
import type { QueryMetrics } from "../metrics";
import { groupSameTick } from "./same-tick";

export function openPostgres(url: string, metrics: QueryMetrics) {
  const client = new pg.Client({ connectionString: url, options: "-c jit=off", pipeline: true });
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
    await metrics.track(() =>
      Promise.all(group.map((call) => query(...call.args).then(call.resolve, call.reject))),
    );
  });
  client.query = ((...args: unknown[]) => queryTogether(args)) as typeof client.query;

  return {
    client,
    close: async () => {
      closing = true;
      if (connected) await client.end();
    },
  };
}
