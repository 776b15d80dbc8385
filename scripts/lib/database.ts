/**
 * The scripts' database layer is the worker's: `Database` from src/db, with
 * its adapter (atomic writes, upserts, chunked inserts, bound parameters) over
 * local D1, a Postgres/MySQL URL, or remote D1. Local D1 is the real binding,
 * run by wrangler's getPlatformProxy over the same state files `wrangler dev`
 * and `wrangler d1 --local` use.
 */
import path from "node:path";
import type { Bindings } from "../../src/config";
import { dialectOfUrl } from "../../src/config";
import { type Database, openDatabase } from "../../src/db/database";
import { defaultLocalState, projectRoot } from "./paths";

/** The worker's Database, with what to call it in messages. */
export type ScriptDatabase = Database & { readonly description: string };

/**
 * Names `database` for messages. `stop` ends what opened it (wrangler's local
 * D1 proxy) and becomes its `close`, which does nothing more on D1.
 */
export function described(
  database: Database,
  description: string,
  stop?: () => Promise<void>,
): ScriptDatabase {
  return Object.assign(database, stop ? { description, close: stop } : { description });
}

/** Local D1 of `persistTo` (default .wrangler/state) for the wrangler environment `env`. */
export async function openLocalD1(
  description: string,
  location: { env?: string; persistTo?: string } = {},
): Promise<ScriptDatabase> {
  // Loaded on demand: wrangler is large, and URL-only runs never need it.
  const { getPlatformProxy } = await import("wrangler");
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: path.join(projectRoot, "wrangler.jsonc"),
    environment: location.env,
    // wrangler keeps local D1 under <persist-to>/v3, as `wrangler d1 --persist-to` does.
    persist: { path: path.join(location.persistTo ?? defaultLocalState, "v3") },
    remoteBindings: false,
  });
  const database = openDatabase({ DB: proxy.env.DB } as Bindings, { dialect: "d1" });
  return described(database, description, () => proxy.dispose());
}

/** The Postgres or MySQL database at `url`, connected on its first query. */
export function openUrlDatabase(url: string, description: string): ScriptDatabase {
  const target = { dialect: dialectOfUrl(url), url, via: "url", batching: "auto" } as const;
  return described(openDatabase({} as Bindings, target), description);
}
