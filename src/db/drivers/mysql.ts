/**
 * One mysql2 connection per request, opened on its first query and closed after
 * the response. `disableEval` because workerd forbids code generation at runtime.
 */
import { type Connection, createConnection } from "mysql2/promise";
import type { QueryMetrics } from "../metrics";

export function openMysql(url: string, metrics: QueryMetrics) {
  let connection: Promise<Connection> | undefined;
  const open = () => {
    connection ??= createConnection({ uri: url, disableEval: true });
    return connection;
  };
  // The subset of a mysql2 promise connection that Drizzle's mysql2 session calls.
  const client = {
    query: (...args: unknown[]) =>
      metrics.track(async () => (await open()).query(...(args as [string]))),
    execute: (...args: unknown[]) =>
      metrics.track(async () => (await open()).execute(...(args as [string]))),
  };

  return {
    client,
    close: async () => {
      if (connection) await (await connection).end();
    },
  };
}
