/**
 * Who is calling: a guest, an API key or a JWT bearer. The caller's subject and
 * scopes are resolved once per request by the `authenticate` middleware;
 * principals that depend on data (teams, organization, follows) are resolved in
 * SQL by the permission engine, so membership changes apply at once.
 */
import { ADMIN_SCOPE, type Domain } from "./scopes";

export type SubjectType = "user" | "organization" | "workspace";

export interface Subject {
  type: SubjectType;
  id: string;
}

export type Caller =
  | { kind: "guest"; subject: null; scopes: ReadonlySet<string> }
  | {
      kind: "api_key" | "jwt";
      subject: Subject;
      scopes: ReadonlySet<string>;
      /** The key's row id, for API key callers. */
      apiKeyId?: string;
      /** When the key expires (null: never), for API key callers: keys it mints expire no later. */
      apiKeyExpiresAt?: Date | null;
    };

export const GUEST: Caller = { kind: "guest", subject: null, scopes: new Set() };

export const isAdmin = (caller: Caller) => caller.scopes.has(ADMIN_SCOPE);

/** Guests may read what is public; everyone else needs the scope (or admin). */
export function hasScope(caller: Caller, domain: Domain, verb: "read" | "write"): boolean {
  if (caller.kind === "guest") return verb === "read";
  return isAdmin(caller) || caller.scopes.has(`${domain}:${verb}`);
}

/** The user acting, when the subject is one. */
export const userIdOf = (caller: Caller) =>
  caller.subject?.type === "user" ? caller.subject.id : undefined;

/**
 * The caller's subject when it is of one of `types`: who owns or does what a
 * request creates unless the body names another. Else `refusal` is thrown.
 */
export function subjectOfType<T extends SubjectType>(
  caller: Caller,
  types: readonly T[],
  refusal: () => Error,
): { type: T; id: string } {
  const subject = caller.subject;
  if (subject && (types as readonly SubjectType[]).includes(subject.type)) {
    return { type: subject.type as T, id: subject.id };
  }
  throw refusal();
}
