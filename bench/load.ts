/**
 * Drives one scenario against the running worker with autocannon (concurrent
 * keep-alive connections for a fixed time) and reads each response's
 * `Server-Timing` for the database round trips and rows it cost.
 */
import autocannon from "autocannon";
import type { BenchHandles } from "./dataset";
import type { Scenario } from "./scenarios";

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
}

export interface ScenarioResult {
  name: string;
  description: string;
  kind: Scenario["kind"];
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Transport errors, timeouts and non-2xx answers. */
  errors: number;
  /** Means per request; null where the response carried no such figure. */
  queriesPerRequest: number | null;
  maxQueries: number | null;
  rowsReadPerRequest: number | null;
  maxRowsRead: number | null;
}

/** Running totals of the `db` Server-Timing metric. */
class DatabaseCost {
  private responses = 0;
  private queries = 0;
  private maxQueries = 0;
  private rowsReported = 0;
  private rowsRead = 0;
  private maxRowsRead = 0;

  add(serverTiming: string | undefined) {
    const desc = serverTiming?.match(/(?:^|,)\s*db;[^,]*desc="([^"]*)"/)?.[1];
    if (desc === undefined) return;
    const figure = (name: string) => desc.match(new RegExp(`${name}=(\\d+)`))?.[1];
    const queries = Number(figure("queries") ?? 0);
    this.responses += 1;
    this.queries += queries;
    this.maxQueries = Math.max(this.maxQueries, queries);
    const rows = figure("rows_read");
    if (rows !== undefined) {
      this.rowsReported += 1;
      this.rowsRead += Number(rows);
      this.maxRowsRead = Math.max(this.maxRowsRead, Number(rows));
    }
  }

  summary() {
    const mean = (total: number, count: number) =>
      count === 0 ? null : Math.round((total / count) * 10) / 10;
    return {
      queriesPerRequest: mean(this.queries, this.responses),
      maxQueries: this.responses === 0 ? null : this.maxQueries,
      rowsReadPerRequest: mean(this.rowsRead, this.rowsReported),
      maxRowsRead: this.rowsReported === 0 ? null : this.maxRowsRead,
    };
  }
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found === undefined ? undefined : String(found[1]);
}

export async function driveScenario(
  baseUrl: string,
  scenario: Scenario,
  handles: BenchHandles,
  options: LoadOptions,
): Promise<ScenarioResult> {
  const cost = new DatabaseCost();
  let sent = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      {
        setupRequest: (request) => {
          const next = scenario.request(handles, sent++);
          return { ...request, ...next, headers: { ...request.headers, ...next.headers } };
        },
        onResponse: (_status, _body, _context, headers) => {
          cost.add(header(headers as Record<string, unknown>, "server-timing"));
        },
      },
    ],
  });
  return {
    name: scenario.name,
    description: scenario.description,
    kind: scenario.kind,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    ...cost.summary(),
  };
}
