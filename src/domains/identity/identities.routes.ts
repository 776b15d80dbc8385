import { z } from "@hono/zod-openapi";
import { MAX_CLAIM_LENGTH } from "../../auth/jwt";
import { defineList } from "../../http/list-query";
import { createItemRoute, deleteItemRoute, listRoute } from "../../http/routes";
import { Id, IdParams } from "../../http/schemas";
import { UserIdentity } from "./identities.shapes";

const IdentityText = z.string().min(1).max(MAX_CLAIM_LENGTH);

export const CreateUserIdentity = z
  .strictObject({
    issuer: IdentityText.openapi({
      description: "The identity provider's `iss`, exactly as its tokens carry it",
      example: "https://clerk.example.com",
    }),
    subject: IdentityText.openapi({
      description: "The provider's id of the user: its tokens' `sub`",
      example: "user_2NNEqL2nrIRdJ194ndJqAHwEfxC",
    }),
  })
  .openapi("CreateUserIdentity");

export const identityList = defineList({
  table: (t) => t.userIdentities,
  sort: { created_at: "id", issuer: "issuer" },
  defaultSort: "created_at",
  filters: {},
});

const IdentityParams = IdParams.extend({
  identityId: Id.openapi({ param: { name: "identityId", in: "path" } }),
});

const tags = ["identity"];

export const listUserIdentitiesRoute = listRoute({
  path: "/users/{id}/identities",
  tags,
  summary: "A user's linked external identities (the user themself, or admin)",
  operationId: "listUserIdentities",
  description:
    "The (issuer, subject) pairs whose tokens act as this user. Anyone but the user and admins gets 403.",
  access: { scope: "identities:read", guests: false },
  params: IdParams,
  query: identityList.query,
  item: UserIdentity,
});

export const createUserIdentityRoute = createItemRoute({
  path: "/users/{id}/identities",
  tags,
  summary:
    "Link an identity provider's (issuer, subject) to a user, so its tokens act as them (admin)",
  operationId: "createUserIdentity",
  access: { scope: "admin", guests: false },
  description:
    "A token whose `iss` and `sub` match a link acts as the linked user. An (issuer, subject) links to one user only: 409 when taken.",
  params: IdParams,
  body: CreateUserIdentity,
  item: UserIdentity,
});

export const deleteUserIdentityRoute = deleteItemRoute({
  versioned: true,
  path: "/users/{id}/identities/{identityId}",
  tags,
  summary: "Unlink an external identity: its tokens stop acting as the user (admin)",
  operationId: "deleteUserIdentity",
  description: "Tokens for the unlinked (issuer, subject) answer 401 from then on.",
  access: { scope: "admin", guests: false },
  params: IdentityParams,
});
