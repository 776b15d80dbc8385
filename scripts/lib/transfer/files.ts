/**
 * A dump directory: one NDJSON file per table (a canonical row per line, in
 * primary-key order) and manifest.json with each table's row count and
 * digest and the migrations the data was taken at. Any of the three
 * databases can load it (db:import), which makes it Hearth's backup.
 */
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { type CanonicalRow, canonicalLine, type TableShape } from "../../../src/db/canonical-rows";
import { displayPath } from "../paths";

export const MANIFEST_FILE = "manifest.json";
const FORMAT = "hearth-dump/1";

export interface Manifest {
  format: typeof FORMAT;
  createdAt: string;
  /** Where the data came from, for people (passwords redacted). */
  source: string;
  /** The last migration applied to the source; `migrations` lists them all, in order. */
  migration: string | null;
  migrations: string[];
  tables: Record<string, { file: string; rows: number; digest: string }>;
}

export function readManifest(directory: string): Manifest {
  const file = path.join(directory, MANIFEST_FILE);
  if (!fs.existsSync(file)) {
    throw new Error(`${displayPath(directory)} holds no ${MANIFEST_FILE}: not a db:export dump`);
  }
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  if (manifest.format !== FORMAT) {
    throw new Error(`${displayPath(file)} is format ${manifest.format}, expected ${FORMAT}`);
  }
  return manifest;
}

export function writeManifest(directory: string, manifest: Omit<Manifest, "format">): void {
  const text = `${JSON.stringify({ format: FORMAT, ...manifest }, null, 2)}\n`;
  fs.writeFileSync(path.join(directory, MANIFEST_FILE), text);
}

export const tableFile = (shape: TableShape) => `${shape.name}.ndjson`;

/** Pages of the canonical rows stored for a table, skipping the first `skip`. */
export async function* readFilePages(
  directory: string,
  shape: TableShape,
  pageSize: number,
  skip = 0,
): AsyncGenerator<CanonicalRow[]> {
  const file = path.join(directory, tableFile(shape));
  if (!fs.existsSync(file)) return;
  const lines = readline.createInterface({
    input: fs.createReadStream(file, "utf8"),
    crlfDelay: Infinity,
  });
  let page: CanonicalRow[] = [];
  let seen = 0;
  for await (const line of lines) {
    if (line === "" || seen++ < skip) continue;
    page.push(JSON.parse(line) as CanonicalRow);
    if (page.length === pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/** Appends rows to a table's file; `end()` flushes and closes it. */
export function tableWriter(directory: string, shape: TableShape) {
  const stream = fs.createWriteStream(path.join(directory, tableFile(shape)), { flags: "a" });
  return {
    async write(rows: CanonicalRow[]) {
      const text = rows.map((row) => `${canonicalLine(shape, row)}\n`).join("");
      if (!stream.write(text)) await once(stream, "drain");
    },
    end: () =>
      new Promise<void>((resolve, reject) =>
        stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
      ),
  };
}
