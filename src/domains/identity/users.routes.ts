import { z } from "@hono/zod-openapi";
import { defineList } from "../../http/list-query";
import {
  createItemRoute,
  deleteItemRoute,
  getItemRoute,
  listRoute,
  updateItemRoute,
} from "../../http/routes";
import { Id, orNull, Theme, TrimmedText, Url } from "../../http/schemas";
import { Me, User } from "./users.shapes";

const profile = {
  display_name: TrimmedText(200),
  avatar_url: Url.nullable(),
  bio: z.string().max(2000).nullable(),
  theme: orNull(Theme),
};

export const CreateUser = z
  .strictObject({
    email: z.email().max(320),
    ...profile,
    avatar_url: profile.avatar_url.optional(),
    bio: profile.bio.optional(),
    theme: profile.theme.optional(),
    organization_id: Id.nullable().optional(),
  })
  .openapi("CreateUser");

/** Profile fields for everyone; email and organization for admins only. */
export const UpdateUser = z
  .strictObject({
    display_name: profile.display_name.optional(),
    avatar_url: profile.avatar_url.optional(),
    bio: profile.bio.optional(),
    theme: profile.theme.optional(),
    email: z.email().max(320).optional(),
    organization_id: Id.nullable().optional(),
  })
  .openapi("UpdateUser");

export const userList = defineList({
  table: (t) => t.users,
  sort: { created_at: "id", display_name: "displayName" },
  defaultSort: "created_at",
  filters: {
    organization_id: { kind: "id", field: "organizationId" },
    q: { kind: "fulltext", index: "user" },
    created_at: { kind: "date", field: "createdAt" },
  },
});

const tags = ["identity"];

export const listUsersRoute = listRoute({
  path: "/users",
  tags,
  summary: "List users (public profiles)",
  operationId: "listUsers",
  description:
    "Emails show only to the user themself and admins. Filter by `organization_id`, sort by `created_at` or `display_name`.",
  access: { scope: "identities:read", guests: true },
  query: userList.query,
  item: User,
});

export const createUserRoute = createItemRoute({
  path: "/users",
  tags,
  summary: "Create a user (admin)",
  operationId: "createUser",
  description: "An email already taken answers 409 naming `email`.",
  access: { scope: "admin", guests: false },
  body: CreateUser,
  item: User,
});

export const getUserRoute = getItemRoute({
  path: "/users/{id}",
  tags,
  summary: "Get a user",
  operationId: "getUser",
  description: "A public profile; the email shows only to the user themself and admins.",
  access: { scope: "identities:read", guests: true },
  item: User,
});

export const updateUserRoute = updateItemRoute({
  versioned: true,
  path: "/users/{id}",
  tags,
  summary: "Update a profile (the user themself, or admin)",
  operationId: "updateUser",
  description:
    "Only admins may change a user's email or organization (403); an email already taken answers 409 naming `email`.",
  access: { scope: "identities:write", guests: false },
  body: UpdateUser,
  item: User,
});

export const deleteUserRoute = deleteItemRoute({
  versioned: true,
  path: "/users/{id}",
  tags,
  summary: "Delete a user and everything they own (the user themself, or admin)",
  operationId: "deleteUser",
  access: { scope: "identities:write", guests: false },
  description:
    "One atomic write: the user, their workspaces (with those workspaces' resources, collections, links and keys), the resources and collections they own directly, the teams they own (with those teams' memberships and permission rows), their API keys (and the keys those minted), identities, feature grants and billing subscriptions, their memberships of others' teams, the engagements they made and those with them or their things as object, the permission rows naming them, and every author credit, collection item, filter and mention naming any of it. Organizations they belong to, and everything of other users, stay.",
});

export const getMeRoute = getItemRoute({
  path: "/me",
  tags,
  summary: "The caller: its subject, scopes and (for users) profile",
  operationId: "getMe",
  description: "Who the bearer token speaks for: an API key's or token's subject and scopes.",
  access: { scope: null, guests: false },
  item: Me,
});
