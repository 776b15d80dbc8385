/**
 * How a server driver sends the statements a request issues together
 * (`Database.read`, `Database.atomic`): batched, in one round trip (pipelined
 * on Postgres, one multi-statement query on MySQL), or sequentially, one
 * statement per round trip on the same connection, for servers and proxies
 * that refuse the batched form (DATABASE_BATCHING).
 */
import type { QueryMetrics } from "../metrics";
import type { Queued } from "./same-tick";

/** DATABASE_BATCHING: `auto` batches until the server refuses it, then goes sequential. */
export type BatchingSetting = "auto" | "batched" | "sequential";

/** How statements issued together reach the database, as `/v1/health` reports it. */
export type Batching = "batch" | "pipeline" | "multi-statement" | "sequential";

/**
 * Database URLs whose server refused a batched call in this isolate (`auto`):
 * every later request to them sends its statements one at a time.
 */
const refusedBatching = new Set<string>();

export function sendsSequentially(setting: BatchingSetting, url: string): boolean {
  return setting === "sequential" || (setting === "auto" && refusedBatching.has(url));
}

export function recordBatchingRefused(url: string): void {
  refusedBatching.add(url);
}

/** Database URLs whose server answered a batched group in this isolate. */
const acceptedBatching = new Set<string>();

export function recordBatchingAccepted(url: string): void {
  acceptedBatching.add(url);
}

export function batchingAccepted(url: string): boolean {
  return acceptedBatching.has(url);
}

/**
 * Sends a group's calls one round trip each, in order, as one batch in the
 * metrics (`continuesBatch`: the one a refused batched attempt began). After a
 * failure the rest are not sent and fail with that error: a transaction's
 * `commit` must never follow a statement that failed.
 */
export async function sendInTurn<Args, Result>(
  group: Queued<Args, Result>[],
  send: (args: Args) => Promise<Result>,
  metrics: QueryMetrics,
  continuesBatch = false,
): Promise<void> {
  for (const [i, call] of group.entries()) {
    try {
      call.resolve(await metrics.track(() => send(call.args), continuesBatch || i > 0));
    } catch (error) {
      for (const rest of group.slice(i)) rest.reject(error);
      return;
    }
  }
}
