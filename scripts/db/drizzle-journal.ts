import fs from "node:fs";
import path from "node:path";

/** One migration recorded in drizzle-kit's `meta/_journal.json`. */
export interface JournalEntry {
  idx: number;
  tag: string;
  /** When it was generated (ms): Drizzle's migrator applies those newer than the newest it recorded. */
  when: number;
}

export function readJournal(migrationsDir: string): JournalEntry[] {
  const file = path.join(migrationsDir, "meta", "_journal.json");
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { entries: JournalEntry[] }).entries;
}
