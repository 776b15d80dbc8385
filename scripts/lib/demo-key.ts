/**
 * The demo admin API key of a local D1 database, kept beside that database's
 * state (git-ignored) so `npm run dev` can show it again: the database holds
 * only its hash.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultLocalState } from "./paths";

/** `persistTo`: the absolute `--persist-to` directory, if any. */
export function demoKeyPath(persistTo?: string): string {
  return path.join(persistTo ?? defaultLocalState, "hearth-demo-key");
}

export async function saveDemoKey(key: string, persistTo?: string): Promise<string> {
  const file = demoKeyPath(persistTo);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return file;
}

export async function readDemoKey(persistTo?: string): Promise<string | undefined> {
  try {
    return (await readFile(demoKeyPath(persistTo), "utf8")).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
