/**
 * Digests of canonical rows (src/db/canonical-rows.ts), for db:verify and the
 * manifests of db:export: computed on the tool's side, whatever the database.
 */
import { createHash } from "node:crypto";
import { type CanonicalRow, canonicalLine, type TableShape } from "../../../src/db/canonical-rows";

const MODULUS = 1n << 256n;

export function rowHash(shape: TableShape, row: CanonicalRow): bigint {
  return BigInt(`0x${createHash("sha256").update(canonicalLine(shape, row)).digest("hex")}`);
}

/**
 * Order-independent digest of a table: the sum of its rows' SHA-256 modulo
 * 2^256 (primary keys make rows distinct, so no two equal rows cancel out).
 */
export class TableDigest {
  rows = 0;
  private sum = 0n;

  add(shape: TableShape, row: CanonicalRow) {
    this.rows += 1;
    this.sum = (this.sum + rowHash(shape, row)) % MODULUS;
  }

  get hex(): string {
    return this.sum.toString(16).padStart(64, "0");
  }
}
