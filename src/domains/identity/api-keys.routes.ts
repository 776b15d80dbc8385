import { z } from "@hono/zod-openapi";
import { SCOPES } from "../../auth/scopes";
import { API_KEY_SUBJECTS } from "../../db/schema";
import { defineList } from "../../http/list-query";
import { createItemRoute, deleteItemRoute, getItemRoute, listRoute } from "../../http/routes";
import { TimestampInput, TrimmedText } from "../../http/schemas";
import { ApiKey, CreatedApiKey, Subject } from "./api-keys.shapes";

export const CreateApiKey = z
  .strictObject({
    name: TrimmedText(200),
    scopes: z
      .array(z.enum(SCOPES))
      .min(1)
      .max(SCOPES.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, "Scopes must not repeat"),
    subject: Subject.optional().openapi({
      description:
        "Whom the key acts for; default the caller. Only admins may name another subject.",
    }),
    expires_at: TimestampInput.optional().openapi({
      description:
        "Default: never, or when the API key minting this one expires. A key minted with a key expires no later than it (422 otherwise) and is revoked with it.",
    }),
  })
  .openapi("CreateApiKey");

export const apiKeyList = defineList({
  table: (t) => t.apiKeys,
  sort: { created_at: "id", name: "name" },
  defaultSort: "-created_at",
  filters: {
    subject_type: { kind: "enum", field: "subjectType", values: API_KEY_SUBJECTS },
    subject_id: { kind: "id", field: "subjectId" },
  },
});

const tags = ["api keys"];

export const listApiKeysRoute = listRoute({
  path: "/api-keys",
  tags,
  summary: "List API keys: the caller's own, or any for admins (never the secret)",
  operationId: "listApiKeys",
  description: "Newest first; filter by `subject_type` and `subject_id`.",
  access: { scope: "identities:read", guests: false },
  query: apiKeyList.query,
  item: ApiKey,
});

export const createApiKeyRoute = createItemRoute({
  path: "/api-keys",
  tags,
  // The answer carries the key's secret once: it is never stored, so no key replays it.
  idempotencyKey: false,
  summary: "Mint an API key (for yourself with a subset of your scopes, or for anyone as admin)",
  operationId: "createApiKey",
  description:
    "The response carries the key once. A key cannot have scopes its creator lacks (403); only admins mint keys for another subject (403).",
  access: { scope: "identities:write", guests: false },
  body: CreateApiKey,
  item: CreatedApiKey,
});

export const getApiKeyRoute = getItemRoute({
  path: "/api-keys/{id}",
  tags,
  summary: "Get one API key (never the secret)",
  operationId: "getApiKey",
  description: "Keys of another subject answer 404 unless you are an admin.",
  access: { scope: "identities:read", guests: false },
  item: ApiKey,
});

export const revokeApiKeyRoute = deleteItemRoute({
  versioned: true,
  path: "/api-keys/{id}",
  tags,
  summary: "Revoke an API key, and every key minted with it (at any depth)",
  operationId: "revokeApiKey",
  description:
    "The key and every key minted with it stop working at once; keys of another subject answer 404 unless you are an admin.",
  access: { scope: "identities:write", guests: false },
});
