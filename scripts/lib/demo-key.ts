/**
 * The demo admin API key of a local database, kept under .wrangler/state
 * (git-ignored) so `npm run dev` can show it again: the database holds only
 * its hash. Local D1 keeps it beside its state; a DATABASE_URL database gets
 * a file named after a hash of its URL. Remote D1 keeps none.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultLocalState } from "./paths";
import type { DatabaseTarget } from "./target";

export function demoKeyPath(target: DatabaseTarget): string | undefined {
  if (target.kind === "url") {
    const id = createHash("sha256").update(target.url).digest("hex").slice(0, 16);
    return path.join(defaultLocalState, `hearth-demo-key-${id}`);
  }
  if (target.location.remote) return undefined;
  return path.join(target.location.persistTo ?? defaultLocalState, "hearth-demo-key");
}

export async function saveDemoKey(
  key: string,
  target: DatabaseTarget,
): Promise<string | undefined> {
  const file = demoKeyPath(target);
  if (!file) return undefined;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return file;
}

export async function readDemoKey(target: DatabaseTarget): Promise<string | undefined> {
  const file = demoKeyPath(target);
  if (!file) return undefined;
  try {
    return (await readFile(file, "utf8")).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
