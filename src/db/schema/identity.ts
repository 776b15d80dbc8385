import {
  type AnySQLiteColumn,
  index,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { id, json, ref, timestamp, timestamps } from "./columns";

export type Theme = Record<string, string>;

export const organizations = sqliteTable("organizations", {
  id: id(),
  name: text("name", { length: 200 }).notNull(),
  slug: text("slug", { length: 100 }).notNull().unique(),
  avatarUrl: text("avatar_url"),
  bannerUrl: text("banner_url"),
  theme: json<Theme>("theme"),
  ...timestamps,
});

export const users = sqliteTable(
  "users",
  {
    id: id(),
    email: text("email", { length: 320 }).notNull().unique(),
    displayName: text("display_name", { length: 200 }).notNull(),
    avatarUrl: text("avatar_url"),
    bio: text("bio"),
    theme: json<Theme>("theme"),
    organizationId: ref("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    ...timestamps,
  },
  (t) => [index("users_organization_idx").on(t.organizationId)],
);

/**
 * Identities a user is known by at external identity providers: a JWT whose
 * `iss` and `sub` match a row acts as that user.
 */
export const userIdentities = sqliteTable(
  "user_identities",
  {
    id: id(),
    userId: ref("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    issuer: text("issuer", { length: 255 }).notNull(),
    subject: text("subject", { length: 255 }).notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("user_identities_issuer_subject_uq").on(t.issuer, t.subject),
    index("user_identities_user_idx").on(t.userId, t.id),
  ],
);

export const API_KEY_SUBJECTS = ["user", "organization", "workspace"] as const;

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: id(),
    name: text("name", { length: 200 }).notNull(),
    /** Public, recognisable start of the key (`hk_` + random); the lookup path. */
    prefix: text("prefix", { length: 32 }).notNull().unique(),
    /** SHA-256 of the secret part, hex. The key itself is never stored. */
    secretHash: text("secret_hash", { length: 64 }).notNull(),
    subjectType: text("subject_type", { length: 16, enum: API_KEY_SUBJECTS }).notNull(),
    subjectId: ref("subject_id").notNull(),
    scopes: json<string[]>("scopes").notNull(),
    expiresAt: timestamp("expires_at"),
    revokedAt: timestamp("revoked_at"),
    lastUsedAt: timestamp("last_used_at"),
    /** The key that minted this one: revoking a key revokes what it minted. */
    parentKeyId: ref("parent_key_id").references((): AnySQLiteColumn => apiKeys.id, {
      onDelete: "cascade",
    }),
    ...timestamps,
  },
  (t) => [
    index("api_keys_subject_idx").on(t.subjectType, t.subjectId),
    index("api_keys_parent_idx").on(t.parentKeyId),
  ],
);
