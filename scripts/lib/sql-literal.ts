/**
 * Inlines bound parameters into SQLite statements, for SQL that is written to
 * a file and run with `wrangler d1 execute --file` (which cannot bind values).
 * Values arrive already mapped by Drizzle to driver values (dates as numbers,
 * booleans as 0/1, JSON as text).
 */

export function sqliteLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  switch (typeof value) {
    case "string":
      // A NUL would end the string early in SQLite's C API.
      if (value.includes("\0")) throw new Error("Cannot inline a string containing NUL");
      return `'${value.replaceAll("'", "''")}'`;
    case "number":
      if (!Number.isFinite(value)) throw new Error(`Cannot inline the number ${value}`);
      return String(value);
    case "bigint":
      return value.toString();
    case "boolean":
      return value ? "1" : "0";
  }
  if (value instanceof Uint8Array) return `X'${Buffer.from(value).toString("hex")}'`;
  throw new Error(`Cannot inline a value of type ${Object.prototype.toString.call(value)}`);
}

/**
 * Replaces each `?` placeholder with its literal, in order. Quoted strings and
 * identifiers are copied untouched, so a `?` inside them is not a placeholder.
 */
export function inlineSqliteParams(sql: string, params: readonly unknown[]): string {
  let out = "";
  let next = 0;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i]!;
    if (char === "'" || char === '"' || char === "`") {
      // A doubled quote inside reads as two adjacent quoted runs: copied all the same.
      const end = sql.indexOf(char, i + 1);
      const stop = end === -1 ? sql.length : end + 1;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (char === "?") {
      if (next >= params.length) throw new Error("More placeholders than parameters");
      out += sqliteLiteral(params[next++]);
    } else {
      out += char;
    }
  }
  if (next !== params.length) throw new Error("More parameters than placeholders");
  return out;
}
