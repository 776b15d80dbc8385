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

/** The schema snapshot drizzle-kit wrote with a migration: `meta/<prefix>_snapshot.json`. */
export function readSnapshot<Snapshot>(migrationsDir: string, tag: string): Snapshot {
  const prefix = tag.split("_")[0];
  const file = path.join(migrationsDir, "meta", `${prefix}_snapshot.json`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
}
