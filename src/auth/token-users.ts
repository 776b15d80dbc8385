/**
 * Which Hearth user a verified token stands for. Identity providers name their
 * users with their own ids, so a token's (`iss`, `sub`) is looked up in
 * `user_identities` first; a `sub` that is the id of an existing Hearth user is
 * accepted too. Anything else is nobody (401), unless provisioning is on: then
 * the user, their static collections and the link are created from the
 * token's `email` and `name` claims, in one atomic write. An email that already
 * belongs to a user never links the token to them (an admin links it).
 *
 * A resolved user is remembered per isolate for `API_KEY_CACHE_SECONDS`, as
 * verified API keys are, so a token costs a query on first sight only.
 */
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { JwtConfig } from "../config";
import type { Database } from "../db/database";
import { constraintViolation } from "../db/errors";
import { uuidv7 } from "../db/ids";
import { newUserWrites } from "../db/users";
import { ApiError } from "../errors";
import { IsolateMemory } from "./isolate-memory";
import type { TokenClaims } from "./jwt";

/** Resolved users by token identity. */
const remembered = new IsolateMemory<string>();

/** Tokens without `iss` can only name a Hearth user id, so they share the empty issuer. */
const identityKey = (issuer: string | undefined, subject: string) =>
  `${issuer ?? ""}\u0000${subject}`;

/** Drops an unlinked identity's user from this isolate's memory. */
export function forgetTokenIdentity(issuer: string, subject: string) {
  const key = identityKey(issuer, subject);
  remembered.forget((_, entryKey) => entryKey === key);
}

/** Drops a deleted user from this isolate's memory: tokens for them stop working here at once. */
export function forgetTokenUser(userId: string) {
  remembered.forget((rememberedUserId) => rememberedUserId === userId);
}

const HEARTH_ID = z.uuid();
const Email = z.email().max(320);

/** The user linked to (issuer, subject), else the user whose id is the subject: one query. */
async function findTokenUser(db: Database, claims: TokenClaims): Promise<string | undefined> {
  const { userIdentities, users } = db.t;
  const linked =
    claims.issuer === undefined
      ? undefined
      : db.orm
          .select({ userId: userIdentities.userId, linked: sql<number>`1`.as("linked") })
          .from(userIdentities)
          .where(
            and(
              db.equalsExactly(userIdentities.issuer, claims.issuer),
              db.equalsExactly(userIdentities.subject, claims.subject),
            ),
          );
  const byId = HEARTH_ID.safeParse(claims.subject).success
    ? db.orm
        .select({ userId: users.id, linked: sql<number>`0`.as("linked") })
        .from(users)
        .where(eq(users.id, claims.subject))
    : undefined;
  const query = linked && byId ? linked.unionAll(byId) : (linked ?? byId);
  if (!query) return undefined;
  const rows = await query;
  // A link wins over a Hearth id (MySQL may answer the literal as a string).
  return (rows.find((row) => Number(row.linked) === 1) ?? rows[0])?.userId;
}

const unauthorized = (message: string) => new ApiError(401, message);

/** The user a verified token stands for; 401 when it stands for nobody. */
export async function resolveTokenUser(
  db: Database,
  claims: TokenClaims,
  config: JwtConfig,
  cacheMs: number,
  /** Read-only mode: the error to throw instead of provisioning (a write). */
  { refuseProvisioning }: { refuseProvisioning?: () => Error } = {},
): Promise<string> {
  const key = identityKey(claims.issuer, claims.subject);
  const known = remembered.get(key);
  if (known) return known;

  const userId =
    (await findTokenUser(db, claims)) ??
    (config.provisionUsers ? await provisionOrRefuse(db, claims, refuseProvisioning) : undefined);
  if (!userId) {
    throw unauthorized(
      "This token's subject is linked to no Hearth user: an admin links it with POST /v1/users/{id}/identities",
    );
  }
  remembered.remember(key, userId, Date.now() + cacheMs);
  return userId;
}

function provisionOrRefuse(db: Database, claims: TokenClaims, refuse?: () => Error) {
  if (refuse) throw refuse();
  return provisionUser(db, claims);
}

/** Creates the token's user and link; answers the user, or the concurrent winner's. */
async function provisionUser(db: Database, claims: TokenClaims): Promise<string> {
  const { issuer, subject } = claims;
  if (issuer === undefined) {
    throw unauthorized("Only tokens with an `iss` claim can create a Hearth user");
  }
  const email = Email.safeParse(claims.email);
  if (!email.success || claims.emailVerified === false) {
    throw unauthorized("Creating a Hearth user needs the token's verified `email` claim");
  }
  const address = email.data.toLowerCase();
  // Cut by characters, as the column counts them, never inside an emoji.
  const name =
    typeof claims.name === "string" ? [...claims.name.trim()].slice(0, 200).join("") : "";
  const id = uuidv7();
  try {
    await db.atomic((orm) => [
      ...newUserWrites(db, orm, {
        id,
        email: address,
        displayName: name || address.slice(0, address.indexOf("@")),
      }),
      ...db.insertRecorded(orm, db.t.userIdentities, [{ userId: id, issuer, subject }]),
    ]);
    return id;
  } catch (error) {
    const violation = constraintViolation(error)?.kind;
    if (violation !== "unique" && violation !== "contention") throw error;
    // A concurrent first request created the user and link: use them.
    const winner = await findTokenUser(db, claims);
    if (winner) return winner;
    if (violation === "contention") throw error;
    throw unauthorized(
      "This token's email already has a Hearth user: an admin links the token to it with POST /v1/users/{id}/identities",
    );
  }
}
