/**
 * One mysql2 connection per request, opened on its first query and closed after
 * the response. `disableEval` because workerd forbids code generation at runtime.
 *
 * Queries issued together are sent as one multi-statement query, one round
 * trip; each caller gets its own statement's result. Drizzle's mysql2 session
 * formats every value into the SQL with mysql2's escaping, so allowing
 * multiple statements lets nothing new through.
 */
import { type Connection, createConnection, type QueryOptions } from "mysql2/promise";
import type { QueryMetrics } from "../metrics";
import { groupSameTick } from "./same-tick";

type QueryArgs = [options: QueryOptions, values?: unknown[]];
type QueryResult = [result: unknown, fields: unknown];
type FieldList = { name: string }[];

export function openMysql(url: string, metrics: QueryMetrics) {
  let connection: Promise<Connection> | undefined;
  const open = () => {
    connection ??= createConnection({ uri: url, disableEval: true, multipleStatements: true });
    return connection;
  };
  const queryTogether = groupSameTick<QueryArgs, QueryResult>(async (group) => {
    const conn = await open();
    await metrics.track(async () => {
      if (group.length === 1) {
        group[0]!.resolve((await conn.query(...group[0]!.args)) as QueryResult);
        return;
      }
      const [results, fields] = (await conn.query({
        ...group[0]!.args[0],
        sql: group.map(({ args: [options] }) => options.sql).join(";\n"),
        values: group.flatMap(({ args: [options, values] }) => values ?? options.values ?? []),
        rowsAsArray: true,
      })) as unknown as [unknown[], FieldList[]];
      group.forEach(({ args: [options], resolve }, i) => {
        const rows = results[i];
        const asObjects = !options.rowsAsArray && Array.isArray(rows);
        resolve([asObjects ? rowsToObjects(rows, fields[i]!) : rows, fields[i]]);
      });
    });
  });
  // The subset of a mysql2 promise connection that Drizzle's mysql2 session calls.
  const client = { query: (...args: QueryArgs) => queryTogether(args) };

  return {
    client,
    close: async () => {
      if (connection) await (await connection).end();
    },
  };
}

/** Rows fetched with `rowsAsArray`, as the objects a caller without it expects. */
function rowsToObjects(rows: unknown[][], fields: FieldList) {
  return rows.map((row) => Object.fromEntries(fields.map((field, i) => [field.name, row[i]])));
}
