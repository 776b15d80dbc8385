import { createRoute, z } from "@hono/zod-openapi";
import { SCOPES } from "../../auth/scopes";
import { API_KEY_SUBJECTS } from "../../db/schema";
import {
  errorResponses,
  itemEnvelope,
  jsonBody,
  jsonResponse,
  listEnvelope,
} from "../../http/envelopes";
import { defineList } from "../../http/list-query";
import { Id, IdParams, NoQuery, Timestamp } from "../../http/schemas";

const Subject = z.object({ type: z.enum(API_KEY_SUBJECTS), id: Id }).openapi("Subject");

export const ApiKey = z
  .object({
    id: Id,
    name: z.string(),
    /** The public start of the key, to recognise it; the key itself is never shown again. */
    prefix: z.string(),
    subject: Subject,
    scopes: z.array(z.string()),
    expires_at: Timestamp.nullable(),
    revoked_at: Timestamp.nullable(),
    last_used_at: Timestamp.nullable(),
    created_at: Timestamp,
  })
  .openapi("ApiKey");

export const CreatedApiKey = ApiKey.extend({
  key: z.string().openapi({ description: "The API key. Shown once: store it now." }),
}).openapi("CreatedApiKey");

export const CreateApiKey = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    scopes: z
      .array(z.enum(SCOPES))
      .min(1)
      .max(SCOPES.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, "Scopes must not repeat"),
    subject: Subject.optional().openapi({
      description:
        "Whom the key acts for; default the caller. Only admins may name another subject.",
    }),
    expires_at: Timestamp.optional(),
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

export const listApiKeysRoute = createRoute({
  method: "get",
  path: "/api-keys",
  tags,
  summary: "List API keys: the caller's own, or any for admins (never the secret)",
  request: { query: apiKeyList.query },
  responses: {
    200: jsonResponse(listEnvelope(ApiKey), "A page of keys"),
    ...errorResponses(400, 401, 403),
  },
});

export const createApiKeyRoute = createRoute({
  method: "post",
  path: "/api-keys",
  tags,
  summary: "Mint an API key (for yourself with a subset of your scopes, or for anyone as admin)",
  request: { body: jsonBody(CreateApiKey) },
  responses: {
    201: jsonResponse(itemEnvelope(CreatedApiKey), "The key, shown this once"),
    ...errorResponses(400, 401, 403, 422),
  },
});

export const getApiKeyRoute = createRoute({
  method: "get",
  path: "/api-keys/{id}",
  tags,
  summary: "Get one API key (never the secret)",
  request: { params: IdParams, query: NoQuery },
  responses: {
    200: jsonResponse(itemEnvelope(ApiKey), "The key"),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const revokeApiKeyRoute = createRoute({
  method: "delete",
  path: "/api-keys/{id}",
  tags,
  summary: "Revoke an API key",
  request: { params: IdParams, query: NoQuery },
  responses: { 204: { description: "Revoked" }, ...errorResponses(400, 401, 403, 404) },
});
