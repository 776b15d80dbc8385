/**
 * A deployed Hearth as a side of a transfer: its admin-only transfer
 * endpoints (src/domains/transfer) read a table in NDJSON keyset pages and
 * write batches all-or-nothing. Batches are sized under the worker's body
 * limit and row limit; a request that fails on the way (network, 5xx) is
 * retried with backoff, a write then skipping rows already there, so a retry
 * never duplicates one. The admin key the tool uses is how it reaches the
 * database, not data: its row is neither copied nor compared.
 */
import type { CanonicalRow, TableShape } from "../../../src/db/canonical-rows";
import { canonicalLine, rowId, tablesInDependencyOrder } from "../../../src/db/canonical-rows";
import { NDJSON, type TransferStatus as Status } from "../../../src/domains/transfer";
import type { DatabaseSpec, TransferSide } from "./databases";
import { describeSpec } from "./databases";

const RETRIES = 3;
const FIRST_BACKOFF_MS = 500;
/** Room left under the worker's body limit. */
const BODY_MARGIN_BYTES = 1024;

/** The worker's answer to a request that failed: its error envelope's message. */
export class WorkerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "WorkerError";
  }
}

const retryable = (error: unknown) =>
  !(error instanceof WorkerError) ||
  error.status === 429 ||
  (error.status >= 500 && error.code !== "read_only");

/**
 * One request, retried when it failed on the way (to `retryPath` when given);
 * a worker's refusal is thrown with its message.
 */
async function request(
  spec: Extract<DatabaseSpec, { kind: "remote" }>,
  method: string,
  path: string,
  body?: string,
  retryPath = path,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${spec.origin}${attempt === 0 ? path : retryPath}`, {
        method,
        headers: {
          authorization: `Bearer ${spec.key}`,
          ...(body === undefined ? {} : { "content-type": NDJSON }),
        },
        body,
      });
      if (response.ok) return response;
      const text = await response.text();
      let envelope: { error?: { code?: string; message?: string; details?: unknown } } = {};
      try {
        envelope = JSON.parse(text);
      } catch {}
      const { code, message, details } = envelope.error ?? {};
      throw new WorkerError(
        response.status,
        code,
        `${describeSpec(spec)} answered ${method} ${path} with ${response.status}${code ? ` ${code}` : ""}: ${message ?? text.slice(0, 200)}${details === undefined ? "" : ` ${JSON.stringify(details)}`}`,
      );
    } catch (error) {
      if (attempt >= RETRIES || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, FIRST_BACKOFF_MS * 2 ** attempt));
    }
  }
}

export class RemoteSide implements TransferSide {
  readonly description: string;
  readonly dialect: TransferSide["dialect"];
  readonly migrateAdvice: string;

  private constructor(
    readonly spec: Extract<DatabaseSpec, { kind: "remote" }>,
    private readonly status: Status,
  ) {
    this.description = `${describeSpec(spec)} (${status.dialect})`;
    this.dialect = status.dialect;
    this.migrateAdvice =
      status.dialect === "d1"
        ? "A deployed Hearth cannot apply migrations through the worker: apply them with `npx wrangler d1 migrations apply DB --remote` (add `--env <name>` for an environment), then run this again"
        : "A deployed Hearth cannot apply migrations through the worker: apply them to its database with `DATABASE_URL=<its URL> npm run db:migrate:url`, then run this again";
  }

  static async open(spec: Extract<DatabaseSpec, { kind: "remote" }>): Promise<RemoteSide> {
    const status = (await (await request(spec, "GET", "/v1/transfer")).json()) as { data: Status };
    return new RemoteSide(spec, status.data);
  }

  private request(method: string, path: string, body?: string, retryPath?: string) {
    return request(this.spec, method, path, body, retryPath);
  }

  private async json<T>(method: string, path: string, body?: string): Promise<T> {
    return (await (await this.request(method, path, body)).json()) as T;
  }

  private isOwnKey(shape: TableShape, row: CanonicalRow): boolean {
    return shape.key === "apiKeys" && rowId(shape, row) === this.status.key_id;
  }

  /** Row counts by table, without the key's own row (which reading skips). */
  private async counts(): Promise<Map<string, number>> {
    const { tables, key_id } = (await this.json<{ data: Status }>("GET", "/v1/transfer")).data;
    const apiKeys = tablesInDependencyOrder().find((shape) => shape.key === "apiKeys")!.name;
    return new Map(
      tables.map(({ name, rows }) => [
        name,
        name === apiKeys && key_id !== null ? Math.max(0, rows - 1) : rows,
      ]),
    );
  }

  async rowCount(shape: TableShape): Promise<number> {
    return (await this.counts()).get(shape.name) ?? 0;
  }

  async *readPages(
    shape: TableShape,
    pageSize: number,
    after?: string,
  ): AsyncGenerator<CanonicalRow[]> {
    const limit = Math.min(pageSize, this.status.max_page_rows);
    let cursor = after;
    for (;;) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor !== undefined) query.set("after", cursor);
      const response = await this.request("GET", `/v1/transfer/tables/${shape.name}/rows?${query}`);
      const rows = (await response.text())
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as CanonicalRow);
      const page = rows.filter((row) => !this.isOwnKey(shape, row));
      if (page.length > 0) yield page;
      if (rows.length < limit) return;
      cursor = rowId(shape, rows.at(-1)!);
    }
  }

  /** NDJSON bodies within the worker's body and row limits, in order. */
  private batches(shape: TableShape, page: CanonicalRow[]): string[] {
    const maxBytes = this.status.max_body_bytes - BODY_MARGIN_BYTES;
    const bodies: string[] = [];
    let lines: string[] = [];
    let bytes = 0;
    for (const row of page) {
      const line = `${canonicalLine(shape, row)}\n`;
      const size = Buffer.byteLength(line);
      if (size > maxBytes) {
        throw new Error(
          `${shape.name} ${rowId(shape, row)} takes ${size} bytes, more than ${describeSpec(this.spec)} accepts in one request (MAX_BODY_BYTES ${this.status.max_body_bytes}): raise it on that worker`,
        );
      }
      if (
        lines.length > 0 &&
        (bytes + size > maxBytes || lines.length >= this.status.max_page_rows)
      ) {
        bodies.push(lines.join(""));
        lines = [];
        bytes = 0;
      }
      lines.push(line);
      bytes += size;
    }
    if (lines.length > 0) bodies.push(lines.join(""));
    return bodies;
  }

  async writePage(shape: TableShape, page: CanonicalRow[], ignoreDuplicates: boolean) {
    const path = `/v1/transfer/tables/${shape.name}/rows`;
    for (const body of this.batches(shape, page)) {
      // A retry skips rows already there: the failed attempt may have been written, its answer lost.
      const first = `${path}?on_duplicate=${ignoreDuplicates ? "skip" : "fail"}`;
      await this.request("POST", first, body, `${path}?on_duplicate=skip`);
    }
  }

  async linkSelfReferences(shape: TableShape, page: CanonicalRow[]) {
    if (shape.selfReferences.length === 0) return;
    for (const body of this.batches(shape, page)) {
      await this.request("POST", `/v1/transfer/tables/${shape.name}/links`, body);
    }
  }

  async appliedMigrations() {
    return (await this.json<{ data: Status }>("GET", "/v1/transfer")).data.migrations ?? undefined;
  }

  async applyMigrations() {
    console.error(this.migrateAdvice);
  }

  async nonEmptyTables(): Promise<string[]> {
    const counts = await this.counts();
    return tablesInDependencyOrder()
      .filter((shape) => (counts.get(shape.name) ?? 0) > 0)
      .map((shape) => `${shape.name} (${counts.get(shape.name)})`);
  }

  async close() {}
}
