import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { id, ref, timestamps } from "./columns";
import { organizations, users } from "./identity";

export const TEAM_ROLES = ["owner", "admin", "member"] as const;

export const teams = sqliteTable(
  "teams",
  {
    id: id(),
    name: text("name", { length: 200 }).notNull(),
    ownerUserId: ref("owner_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: ref("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    ...timestamps,
  },
  (t) => [
    index("teams_owner_idx").on(t.ownerUserId, t.id),
    index("teams_organization_idx").on(t.organizationId),
  ],
);

export const teamMembers = sqliteTable(
  "team_members",
  {
    id: id(),
    teamId: ref("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: ref("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { length: 16, enum: TEAM_ROLES }).notNull().default("member"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("team_members_uq").on(t.teamId, t.userId),
    index("team_members_user_idx").on(t.userId, t.teamId),
  ],
);
