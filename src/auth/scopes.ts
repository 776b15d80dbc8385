/**
 * Scopes are `<domain>:read`, `<domain>:write` and `admin` (docs/architecture.md §6). A scope
 * only opens a door the permission engine then guards; `admin` opens all.
 */
export const DOMAINS = [
  "identities",
  "workspaces",
  "resources",
  "permissions",
  "teams",
  "engagements",
  "collections",
  "features",
  "events",
] as const;
export type Domain = (typeof DOMAINS)[number];

export const ADMIN_SCOPE = "admin";
export const SCOPES = [
  ...DOMAINS.flatMap((domain) => [`${domain}:read`, `${domain}:write`] as const),
  ADMIN_SCOPE,
] as const;
export type Scope = (typeof SCOPES)[number];

/** What a signed-in user may do when their token names no scopes. */
export const USER_SCOPES: Scope[] = SCOPES.filter((scope) => scope !== ADMIN_SCOPE);

export const isScope = (value: string): value is Scope =>
  (SCOPES as readonly string[]).includes(value);
