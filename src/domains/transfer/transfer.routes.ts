/**
 * Contracts of the transfer endpoints: what `npm run db:transfer` (and
 * db:verify, db:export, db:import, db:status) needs to use a deployed Hearth
 * as one side — its dialect, migrations and row counts, each table's rows as
 * NDJSON in keyset pages, and batches of rows written back all-or-nothing.
 * Admin only (docs/architecture.md §15).
 */
import { type RouteConfig, z } from "@hono/zod-openapi";
import { tablesInDependencyOrder } from "../../db/canonical-rows";
import { itemEnvelope, jsonResponse } from "../../http/envelopes";
import { countParameter } from "../../http/list-query";
import { type Description, getItemRoute, operation } from "../../http/routes";
import { NoQuery } from "../../http/schemas";

/** Rows a page of `GET …/rows` reads at most, and the rows one `POST …/rows` may carry. */
export const MAX_PAGE_ROWS = 1000;
/** The longest primary key `after` may name (every key is text; UUIDs are 36). */
const MAX_KEY_LENGTH = 255;
export const NDJSON = "application/x-ndjson";

const tags = ["transfer"];
const access = { scope: "admin", guests: false } as const;

const tableNames = tablesInDependencyOrder().map((shape) => shape.name) as [string, ...string[]];

const TableParams = z.object({
  table: z.enum(tableNames).openapi({
    param: { name: "table", in: "path" },
    description: "A table of the schema, by its SQL name",
  }),
});

const TransferStatus = z
  .object({
    dialect: z.enum(["d1", "postgres", "mysql"]),
    migrations: z.array(z.string()).nullable().openapi({
      description:
        "The migrations the database applied, by tag (`0002_identities_…`), in order; null when it has no migrations table",
    }),
    key_id: z.string().nullable().openapi({
      description:
        "The id of the API key making this call: the tool neither copies nor compares that row, which is how it reaches the database rather than data in it",
    }),
    max_body_bytes: z.number().int().openapi({
      description: "The largest request body the worker accepts (MAX_BODY_BYTES)",
    }),
    max_page_rows: z.number().int().openapi({
      description: "The most rows one page reads and one batch may carry",
    }),
    tables: z
      .array(z.object({ name: z.enum(tableNames), rows: z.number().int() }))
      .openapi({ description: "Every table in foreign-key order, with its row count" }),
  })
  .openapi("TransferStatus");
/** What `GET /v1/transfer` answers in `data` (the tool's deployed side reads it). */
export type TransferStatus = z.infer<typeof TransferStatus>;

const WriteResult = z
  .object({ table: z.enum(tableNames), rows: z.number().int() })
  .openapi("TransferWrite");

const ROW_FORM =
  "Each line is one row in canonical form: a JSON object keyed by every SQL column name, timestamps as epoch milliseconds, booleans as booleans, JSON columns as JSON, NULL as null.";

const ndjsonBody = (description: string) => ({
  required: true,
  content: { [NDJSON]: { schema: z.string().openapi({ description }) } },
});

export const getTransferStatusRoute = getItemRoute({
  path: "/transfer",
  tags,
  summary: "What a data transfer needs to know about this database (admin)",
  operationId: "getTransferStatus",
  description:
    "The database's dialect, the migrations it applied and every table's row count, with the limits the other transfer endpoints apply.",
  access,
  item: TransferStatus,
});

/**
 * The endpoints on one table: `operation` itself, since they are the API's only
 * routes whose rows travel as NDJSON (a body or an answer no builder describes);
 * the table parameter, tags and access are theirs alike.
 */
const tableOperation = <
  P extends `/transfer/tables/{table}/${string}`,
  M extends "get" | "post",
  Req extends Omit<NonNullable<RouteConfig["request"]>, "params">,
  Res extends RouteConfig["responses"],
>({
  request,
  ...route
}: Omit<Description, "tags" | "access"> & { path: P; method: M; request: Req; responses: Res }) =>
  operation({ ...route, tags, access, request: { params: TableParams, ...request } });

export const exportTransferRowsRoute = tableOperation({
  method: "get",
  path: "/transfer/tables/{table}/rows",
  summary: "A page of a table's rows as NDJSON, in primary-key order (admin)",
  operationId: "exportTransferRows",
  description: `Up to \`limit\` rows whose primary key sorts after \`after\`, one per line. ${ROW_FORM} Fewer than \`limit\` lines: the table has no more rows. Pass the last line's primary key as \`after\` for the next page. Works while the API is read-only.`,
  request: {
    query: z.strictObject({
      after: z.string().min(1).max(MAX_KEY_LENGTH).optional().openapi({
        description: "The primary key of the last row already read (none: from the start)",
      }),
      limit: countParameter(MAX_PAGE_ROWS, MAX_PAGE_ROWS),
    }),
  },
  responses: {
    200: {
      description: "The rows, one canonical row per line (no lines: none left)",
      content: { [NDJSON]: { schema: z.string() } },
    },
  },
});

export const importTransferRowsRoute = tableOperation({
  method: "post",
  path: "/transfer/tables/{table}/rows",
  summary: "Write a batch of a table's rows, all or nothing (admin)",
  operationId: "importTransferRows",
  description: `The body holds 1 to ${MAX_PAGE_ROWS} rows, one per line. ${ROW_FORM} They are written in one atomic write, self-references (\`api_keys.parent_key_id\`) left null: set them with \`POST …/links\` once the table is complete. \`on_duplicate=skip\` skips rows whose primary key exists (a resumed transfer); by default such a row fails the batch with 409. A line that is not a JSON object answers 400; a value its column cannot hold answers 422 naming the table, row and column; nothing of the batch is written then.`,
  request: {
    query: z.strictObject({
      on_duplicate: z.enum(["fail", "skip"]).default("fail").openapi({
        description: "What a row whose primary key exists does: fail the batch, or be skipped",
      }),
    }),
    body: ndjsonBody(`1 to ${MAX_PAGE_ROWS} canonical rows, one per line`),
  },
  responses: { 200: jsonResponse(itemEnvelope(WriteResult), "The rows were written") },
});

export const linkTransferRowsRoute = tableOperation({
  method: "post",
  path: "/transfer/tables/{table}/links",
  summary: "Set the self-references of rows already written, all or nothing (admin)",
  operationId: "linkTransferRows",
  description: `The second pass of a transfer, for tables whose rows reference rows of the same table (\`api_keys.parent_key_id\`): the body holds 1 to ${MAX_PAGE_ROWS} rows as for \`POST …/rows\`, and each existing row is set to the values given, in one atomic write. Idempotent. Rows without a self-reference are ignored; on other tables nothing is written.`,
  request: { query: NoQuery, body: ndjsonBody("Canonical rows, one per line") },
  responses: { 200: jsonResponse(itemEnvelope(WriteResult), "The rows were linked") },
});
