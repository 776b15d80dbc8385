const CLOSING_QUOTE: Record<string, string> = { "'": "'", '"': '"', "`": "`", "[": "]" };

/**
 * Splits SQL into statements on `;` outside quotes and comments, dropping the comments
 * (drizzle-kit's `--> statement-breakpoint` is one). Trigger bodies (`BEGIN … END`) are
 * not supported: Hearth's migrations define no triggers.
 */
export function splitSqlStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = "";
  let i = 0;
  while (i < sql.length) {
    const char = sql[i]!;
    const pair = sql.slice(i, i + 2);
    if (pair === "--") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end;
    } else if (pair === "/*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 2;
      current += " ";
    } else if (char in CLOSING_QUOTE) {
      const end = closingQuoteIndex(sql, i);
      current += sql.slice(i, end + 1);
      i = end + 1;
    } else if (char === ";") {
      statements.push(current);
      current = "";
      i += 1;
    } else {
      current += char;
      i += 1;
    }
  }
  statements.push(current);
  return statements.map((statement) => statement.trim()).filter(Boolean);
}

/** Index of the quote closing the one at `start`; a doubled quote inside is an escaped one. */
function closingQuoteIndex(sql: string, start: number): number {
  const close = CLOSING_QUOTE[sql[start]!]!;
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (close !== "]" && sql[i + 1] === close) {
        i += 2;
        continue;
      }
      return i;
    }
    i += 1;
  }
  return sql.length - 1;
}
