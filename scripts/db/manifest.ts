import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, repoRelative } from "./repo";

/** Checksums of every committed migration: the proof that none was edited after shipping. */
export const MANIFEST_FILE = path.join(REPO_ROOT, "migrations", "manifest.json");

export interface Manifest {
  algorithm: "sha256";
  /** Repository-relative path of each migration → its checksum. */
  files: Record<string, string>;
}

export interface ManifestDiff {
  /** Recorded, present, different content. */
  edited: string[];
  /** Recorded, no longer present. */
  deleted: string[];
  /** Present, never recorded. */
  unrecorded: string[];
}

/** sha256 of a migration, line endings normalised so a CRLF checkout is not an edit. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}

/** The checksum of every `.sql` file directly inside each folder (each dialect keeps its own). */
export function migrationChecksums(migrationDirs: string[]): Record<string, string> {
  const checksums: Record<string, string> = {};
  for (const dir of migrationDirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((file) => file.endsWith(".sql"))) {
      const file = path.join(dir, name);
      checksums[repoRelative(file)] = checksumOf(fs.readFileSync(file, "utf8"));
    }
  }
  return checksums;
}

export function readManifest(): Manifest {
  if (!fs.existsSync(MANIFEST_FILE)) return { algorithm: "sha256", files: {} };
  return JSON.parse(fs.readFileSync(MANIFEST_FILE, "utf8")) as Manifest;
}

export function writeManifest(manifest: Manifest): void {
  const files = Object.fromEntries(
    Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)),
  );
  fs.writeFileSync(MANIFEST_FILE, `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
}

export function diffManifest(manifest: Manifest, checksums: Record<string, string>): ManifestDiff {
  const recorded = Object.entries(manifest.files);
  return {
    edited: recorded
      .filter(([file, sum]) => file in checksums && checksums[file] !== sum)
      .map(([file]) => file),
    deleted: recorded.filter(([file]) => !(file in checksums)).map(([file]) => file),
    unrecorded: Object.keys(checksums).filter((file) => !(file in manifest.files)),
  };
}

/** Records files not yet in the manifest. Existing entries are never rewritten nor removed. */
export function recordNewMigrations(
  manifest: Manifest,
  checksums: Record<string, string>,
): { manifest: Manifest; added: string[] } {
  const added = diffManifest(manifest, checksums).unrecorded;
  const files = { ...manifest.files };
  for (const file of added) files[file] = checksums[file]!;
  return { manifest: { ...manifest, files }, added };
}
