import type { RouteHandler } from "@hono/zod-openapi";
import { requireAdmin } from "../../access/engine";
import {
  type CanonicalRow,
  canonicalLine,
  type TableShape,
  tableShape,
  tablesInDependencyOrder,
} from "../../db/canonical-rows";
import {
  appliedMigrations,
  countRows,
  holdsKey,
  linkSelfReferences,
  readPage,
  UnfitValue,
  writeRows,
} from "../../db/row-transfer";
import { ApiError, badRequest } from "../../errors";
import type { AppEnv } from "../../http/env";
import type {
  exportTransferRowsRoute,
  getTransferStatusRoute,
  importTransferRowsRoute,
  linkTransferRowsRoute,
} from "./transfer.routes";
import { MAX_PAGE_ROWS, NDJSON } from "./transfer.routes";

/** The path's table (its name was validated against the schema's by the contract). */
const shapeOf = (name: string): TableShape => tableShape(name)!;

// The whole database is at stake: every handler asks for the `admin` scope itself.
export const getTransferStatus: RouteHandler<typeof getTransferStatusRoute, AppEnv> = async (c) => {
  const caller = c.get("caller");
  requireAdmin(caller);
  const db = c.get("db");
  const shapes = tablesInDependencyOrder();
  const counts = await db.load(...shapes.map((shape) => countRows(db, shape)));
  return c.json(
    {
      data: {
        dialect: db.dialect,
        migrations: (await appliedMigrations(db)) ?? null,
        key_id: (caller.kind === "api_key" && caller.apiKeyId) || null,
        max_body_bytes: c.get("config").maxBodyBytes,
        max_page_rows: MAX_PAGE_ROWS,
        tables: shapes.map((shape, index) => ({
          name: shape.name,
          rows: counts[index]!,
        })),
      },
    },
    200,
  );
};

export const exportTransferRows: RouteHandler<typeof exportTransferRowsRoute, AppEnv> = async (
  c,
) => {
  requireAdmin(c.get("caller"));
  const shape = shapeOf(c.req.valid("param").table);
  const { after, limit } = c.req.valid("query");
  const store = c.get("db");
  if (after !== undefined && !holdsKey(store, shape, after)) {
    throw badRequest(`after: not a primary key of ${shape.name}`);
  }
  const rows = await readPage(store, shape, limit, after);
  const text = rows.map((row) => `${canonicalLine(shape, row)}\n`).join("");
  return c.body(text, 200, { "content-type": `${NDJSON}; charset=utf-8` }) as never;
};

const isObject = (value: unknown): value is CanonicalRow =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The body's canonical rows: 400 for a line that is not a JSON object, 413
 * past the batch's row limit, 422 for a row whose columns are not exactly the
 * table's (naming the row and column).
 */
async function bodyRows(request: Request, shape: TableShape): Promise<CanonicalRow[]> {
  // Decoded as UTF-8 here: workerd's text() warns on a type it does not know as text.
  const lines = new TextDecoder().decode(await request.arrayBuffer()).split("\n");
  const rows: CanonicalRow[] = [];
  const names = new Set(shape.columns.map((column) => column.name));
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw badRequest(`Line ${index + 1} is not JSON: send one canonical row per line`);
    }
    if (!isObject(row)) throw badRequest(`Line ${index + 1} is not a JSON object`);
    const id = String(row[shape.primaryKey.name]);
    const unknown = Object.keys(row).find((name) => !names.has(name));
    const missing = shape.columns.find((column) => !(column.name in row));
    const column = unknown ?? missing?.name;
    if (column !== undefined) {
      throw new ApiError(
        422,
        `${shape.name} ${id}: ${unknown ? "no such column" : "missing column"} ${column} (line ${index + 1})`,
        { table: shape.name, row: id, column, line: index + 1 },
      );
    }
    rows.push(row);
    if (rows.length > MAX_PAGE_ROWS) {
      throw new ApiError(413, `A batch holds at most ${MAX_PAGE_ROWS} rows`);
    }
  }
  if (rows.length === 0)
    throw badRequest("The body holds no rows: send one canonical row per line");
  return rows;
}

/** A value its column cannot hold: 422 naming it; nothing was written. */
async function naming<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof UnfitValue)) throw error;
    const { table, row, column, value } = error;
    throw new ApiError(422, error.message, { table, row, column, value });
  }
}

export const importTransferRows: RouteHandler<typeof importTransferRowsRoute, AppEnv> = async (
  c,
) => {
  requireAdmin(c.get("caller"));
  const shape = shapeOf(c.req.valid("param").table);
  const skip = c.req.valid("query").on_duplicate === "skip";
  const rows = await bodyRows(c.req.raw, shape);
  await naming(writeRows(c.get("db"), shape, rows, skip));
  return c.json({ data: { table: shape.name, rows: rows.length } }, 200);
};

export const linkTransferRows: RouteHandler<typeof linkTransferRowsRoute, AppEnv> = async (c) => {
  requireAdmin(c.get("caller"));
  const shape = shapeOf(c.req.valid("param").table);
  const rows = await bodyRows(c.req.raw, shape);
  await naming(linkSelfReferences(c.get("db"), shape, rows));
  return c.json({ data: { table: shape.name, rows: rows.length } }, 200);
};
