/**
 * One mysql2 connection per request, opened on its first query and closed after
 * the response. `disableEval` because workerd forbids code generation at runtime.
 *
 * Queries issued together are sent as one multi-statement query, one round
 * trip; each caller gets its own statement's result. Drizzle's mysql2 session
 * formats every value into the SQL with mysql2's escaping, so allowing
 * multiple statements lets nothing new through.
 *
 * A server that does not accept multiple statements on the connection (a
 * proxy that does not pass the capability on, or `flags=-MULTI_STATEMENTS` in
 * the URL) parses the whole text as one statement and answers ER_PARSE_ERROR
 * before running any of it (Vitess's vtgate does the same). Under `auto` such
 * a refusal, confirmed by a probe that changes nothing, switches the URL to
 * sequential sending for the isolate, and the refused group is sent again,
 * statement by statement.
 */
import { type Connection, createConnection, type QueryOptions } from "mysql2/promise";
import type { QueryMetrics } from "../metrics";
import {
  type Batching,
  type BatchingSetting,
  recordBatchingRefused,
  sendInTurn,
  sendsSequentially,
} from "./batching";
import { groupSameTick, type Queued } from "./same-tick";

type QueryArgs = [options: QueryOptions, values?: unknown[]];
type QueryResult = [result: unknown, fields: unknown];
type FieldList = { name: string }[];
type Group = Queued<QueryArgs, QueryResult>[];

export function openMysql(url: string, metrics: QueryMetrics, setting: BatchingSetting) {
  let connection: Promise<Connection> | undefined;
  const open = () => {
    connection ??= createConnection({
      uri: url,
      disableEval: true,
      multipleStatements: setting !== "sequential",
    });
    return connection;
  };
  const queryTogether = groupSameTick<QueryArgs, QueryResult>(async (group) => {
    const conn = await open();
    const send = (args: QueryArgs) => conn.query(...args) as Promise<QueryResult>;
    if (group.length === 1 || sendsSequentially(setting, url)) {
      return sendInTurn(group, send, metrics);
    }
    try {
      await metrics.track(() => sendAsOneQuery(conn, group));
    } catch (error) {
      if (setting !== "auto" || !(await refusesMultipleStatements(conn, error, metrics))) {
        throw error;
      }
      recordBatchingRefused(url);
      await sendInTurn(group, send, metrics, true);
    }
  });
  // The subset of a mysql2 promise connection that Drizzle's mysql2 session calls.
  const client = { query: (...args: QueryArgs) => queryTogether(args) };

  return {
    client,
    batching: (): Batching => (sendsSequentially(setting, url) ? "sequential" : "multi-statement"),
    close: async () => {
      if (connection) await (await connection).end();
    },
  };
}

/** One multi-statement query; each call gets its statement's result. */
async function sendAsOneQuery(conn: Connection, group: Group) {
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
}

/**
 * Whether a multi-statement query failed because the connection does not
 * accept multiple statements, in which case none of it ran. A parse error
 * alone does not say so (with multiple statements on, the statements before a
 * malformed one have run): two harmless selects sent the same way must fail
 * with it too.
 */
async function refusesMultipleStatements(conn: Connection, error: unknown, metrics: QueryMetrics) {
  if ((error as { code?: unknown }).code !== "ER_PARSE_ERROR") return false;
  return metrics
    .track(() => conn.query("select 1;\nselect 1"), true)
    .then(
      () => false,
      (probeError: unknown) => (probeError as { code?: unknown }).code === "ER_PARSE_ERROR",
    );
}

/** Rows fetched with `rowsAsArray`, as the objects a caller without it expects. */
function rowsToObjects(rows: unknown[][], fields: FieldList) {
  return rows.map((row) => Object.fromEntries(fields.map((field, i) => [field.name, row[i]])));
}
