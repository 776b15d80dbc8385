/** A foreign key as a statement declares it: the parent table and its ON DELETE action. */
export interface ForeignKeyClause {
  parent: string;
  /** Lower case, single spaces: "cascade", "set null", "set default", "restrict", "no action". */
  onDelete: string;
}

/**
 * What one statement does to tables, as far as the D1 safety check needs to know.
 * Table names are unquoted and lower case (SQLite compares them case-insensitively).
 */
export type TableEffect =
  | { kind: "create"; table: string; foreignKeys: ForeignKeyClause[]; copiesFrom: string[] }
  | { kind: "add-column"; table: string; foreignKeys: ForeignKeyClause[] }
  | { kind: "drop"; table: string }
  | { kind: "rename"; from: string; to: string }
  | { kind: "write"; table: string; readsFrom: string[] }
  | { kind: "other" };

const NAME = String.raw`(?:"(?:[^"]|"")+"|\x60(?:[^\x60]|\x60\x60)+\x60|\[[^\]]+\]|[A-Za-z_][\w$]*)`;
/** A table name, optionally schema-qualified; captures the table part. */
const TABLE = String.raw`(?:${NAME}\s*\.\s*)?(${NAME})`;

const CREATE_TABLE = new RegExp(
  String.raw`^CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${TABLE}\s*([\s\S]*)$`,
  "i",
);
const ALTER_TABLE_ADD = new RegExp(String.raw`^ALTER\s+TABLE\s+${TABLE}\s+ADD\b([\s\S]*)$`, "i");
const DROP_TABLE = new RegExp(String.raw`^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?${TABLE}`, "i");
const RENAME_TABLE = new RegExp(
  String.raw`^ALTER\s+TABLE\s+${TABLE}\s+RENAME\s+TO\s+${TABLE}`,
  "i",
);
const INSERT_INTO = new RegExp(
  String.raw`^(?:INSERT(?:\s+OR\s+\w+)?|REPLACE)\s+INTO\s+${TABLE}([\s\S]*)$`,
  "i",
);
const UPDATE = new RegExp(String.raw`^UPDATE(?:\s+OR\s+\w+)?\s+${TABLE}([\s\S]*)$`, "i");
const READ_FROM = new RegExp(String.raw`\b(?:FROM|JOIN)\s+${TABLE}`, "gi");
const REFERENCES = new RegExp(
  String.raw`\bREFERENCES\s+${TABLE}\s*(?:\([^)]*\))?((?:\s*(?:ON\s+(?:DELETE|UPDATE)\s+(?:SET\s+NULL|SET\s+DEFAULT|CASCADE|RESTRICT|NO\s+ACTION)|MATCH\s+\w+))*)`,
  "gi",
);
const ON_DELETE = /ON\s+DELETE\s+(SET\s+NULL|SET\s+DEFAULT|CASCADE|RESTRICT|NO\s+ACTION)/i;

export function tableEffectOf(statement: string): TableEffect {
  const sql = withoutStringLiterals(statement.trim());
  let match = CREATE_TABLE.exec(sql);
  if (match) {
    const rest = match[2]!;
    const isCopy = /^AS\b/i.test(rest);
    return {
      kind: "create",
      table: unquote(match[1]!),
      foreignKeys: isCopy ? [] : foreignKeysIn(rest),
      copiesFrom: isCopy ? tablesReadBy(rest) : [],
    };
  }
  match = RENAME_TABLE.exec(sql);
  if (match) return { kind: "rename", from: unquote(match[1]!), to: unquote(match[2]!) };
  match = ALTER_TABLE_ADD.exec(sql);
  if (match) {
    return { kind: "add-column", table: unquote(match[1]!), foreignKeys: foreignKeysIn(match[2]!) };
  }
  match = DROP_TABLE.exec(sql);
  if (match) return { kind: "drop", table: unquote(match[1]!) };
  match = INSERT_INTO.exec(sql) ?? UPDATE.exec(sql);
  if (match) {
    return { kind: "write", table: unquote(match[1]!), readsFrom: tablesReadBy(match[2]!) };
  }
  return { kind: "other" };
}

function foreignKeysIn(definition: string): ForeignKeyClause[] {
  return [...definition.matchAll(REFERENCES)].map(([, parent, actions]) => ({
    parent: unquote(parent!),
    onDelete: (ON_DELETE.exec(actions ?? "")?.[1] ?? "no action")
      .toLowerCase()
      .replace(/\s+/g, " "),
  }));
}

function tablesReadBy(sql: string): string[] {
  return [...sql.matchAll(READ_FROM)].map(([, table]) => unquote(table!));
}

/** Empties '…' literals so that words inside data are never read as SQL. */
function withoutStringLiterals(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "''");
}

function unquote(name: string): string {
  const quote = name[0];
  const bare =
    quote === '"' || quote === "`"
      ? name.slice(1, -1).replaceAll(quote + quote, quote)
      : quote === "["
        ? name.slice(1, -1)
        : name;
  return bare.toLowerCase();
}
