import { mintApiKey } from "../src/auth/api-keys";
import { isScope, SCOPES } from "../src/auth/scopes";
import { uuidv7 } from "../src/db/ids";
import { API_KEY_SUBJECTS } from "../src/db/schema";
import { subjectExistence } from "../src/domains/identity";
import { parseFlags } from "./lib/args";
import { runMain, UsageError } from "./lib/cli";
import { TARGET_OPTIONS, TARGET_USAGE, targetFromFlags, withTarget } from "./lib/target";

const USAGE = `Usage: npm run keys:create -- --subject <type>:<id> --scopes <scope,…> [options] [<target>]

  --subject <type>:<id>   who the key acts as; type is ${API_KEY_SUBJECTS.join(", ")}
  --scopes <list>         comma-separated: ${SCOPES.join(", ")}
  --name <text>           a label for the key (default: "keys:create <date>")
  --expires <when>        a duration (90m, 12h, 30d) or an ISO 8601 date; default: never
  --before-transfer       the subject need not exist yet: a key for an empty Hearth that
                          is about to receive a db:transfer (--to <it> --key <this key>)
                          bringing the subject; the transfer leaves this key's row alone

${TARGET_USAGE}`;

const OPTIONS = {
  subject: { type: "string" },
  scopes: { type: "string" },
  name: { type: "string" },
  expires: { type: "string" },
  "before-transfer": { type: "boolean", default: false },
  ...TARGET_OPTIONS,
} as const;

type SubjectType = (typeof API_KEY_SUBJECTS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DURATION = /^(\d+)(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

function parseSubject(value: string | undefined): { type: SubjectType; id: string } {
  if (!value) throw new UsageError("--subject is required", USAGE);
  const [type, id = ""] = value.split(":", 2);
  if (!(API_KEY_SUBJECTS as readonly string[]).includes(type!)) {
    throw new UsageError(
      `--subject type must be one of ${API_KEY_SUBJECTS.join(", ")} (got "${type}")`,
      USAGE,
    );
  }
  if (!UUID.test(id)) throw new UsageError(`--subject id must be a UUID (got "${id}")`, USAGE);
  return { type: type as SubjectType, id: id.toLowerCase() };
}

function parseScopes(value: string | undefined): string[] {
  if (!value) throw new UsageError("--scopes is required", USAGE);
  const scopes = [...new Set(value.split(",").map((scope) => scope.trim()))].filter(Boolean);
  const unknown = scopes.filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw new UsageError(`Unknown scope(s): ${unknown.join(", ")}`, USAGE);
  if (scopes.length === 0) throw new UsageError("--scopes names no scope", USAGE);
  return scopes;
}

function parseExpiry(value: string | undefined, now: number): Date | null {
  if (value === undefined) return null;
  const duration = DURATION.exec(value);
  const expires = duration
    ? new Date(now + Number(duration[1]) * UNIT_MS[duration[2] as keyof typeof UNIT_MS])
    : new Date(value);
  if (Number.isNaN(expires.getTime())) {
    throw new UsageError(
      `--expires must be like 30d, 12h, 90m or an ISO 8601 date (got "${value}")`,
      USAGE,
    );
  }
  if (expires.getTime() <= now)
    throw new UsageError(`--expires is not in the future (${value})`, USAGE);
  return expires;
}

runMain(async () => {
  const flags = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
  const subject = parseSubject(flags.subject);
  const scopes = parseScopes(flags.scopes);
  const now = Date.now();
  const expiresAt = parseExpiry(flags.expires, now);
  const name = flags.name?.trim() || `keys:create ${new Date(now).toISOString().slice(0, 10)}`;
  const target = targetFromFlags(flags);

  const minted = await mintApiKey();
  const id = uuidv7(now);
  await withTarget(target, async (db) => {
    const [exists] = flags["before-transfer"]
      ? [true]
      : await db.load(subjectExistence(db, subject));
    if (!exists) throw new Error(`No ${subject.type} with id ${subject.id} in ${db.description}`);

    await db.orm.insert(db.t.apiKeys).values({
      id,
      name,
      prefix: minted.prefix,
      secretHash: minted.secretHash,
      subjectType: subject.type,
      subjectId: subject.id,
      scopes,
      expiresAt,
    });
    console.error(`Created API key ${id} ("${name}") in ${db.description}`);
  });

  console.error(`  subject ${subject.type}:${subject.id}`);
  console.error(`  scopes  ${scopes.join(", ")}`);
  console.error(`  expires ${expiresAt?.toISOString() ?? "never"}`);
  console.error("The key is shown once; store it now:");
  console.log(minted.key);
});
