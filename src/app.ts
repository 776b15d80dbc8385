/**
 * The application: middleware shared by every route, the `/v1` API with one
 * sub-app per domain, the OpenAPI document and its reference page, and the
 * error envelope for everything that goes wrong.
 */
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { authenticate } from "./auth/authenticate";
import type { AppConfig } from "./config";
import { billingRouter } from "./domains/billing";
import { catalogRouter } from "./domains/catalog";
import { collectionsRouter } from "./domains/collections";
import { mountDocs } from "./domains/docs";
import { engagementsRouter } from "./domains/engagements";
import { eventsRouter } from "./domains/events";
import { healthRouter } from "./domains/health";
import { identityRouter } from "./domains/identity";
import { linksRouter } from "./domains/links";
import { permissionsRouter } from "./domains/permissions";
import { resourcesRouter } from "./domains/resources";
import { teamsRouter } from "./domains/teams";
import { transferRouter } from "./domains/transfer";
import { webhooksRouter } from "./domains/webhooks";

/** The webhooks queue's consumer, for the worker's `queue` handler (src/index.ts). */
export { consumeWebhookMessages } from "./domains/webhooks";

import { workspacesRouter } from "./domains/workspaces";
import { ApiError } from "./errors";
import type { AppEnv } from "./http/env";
import { handleError, handleNotFound } from "./http/error-handler";
import { refuseUnservedMethods } from "./http/middleware/allowed-methods";
import { config } from "./http/middleware/config";
import { BOOKMARK_HEADER, database } from "./http/middleware/database";
import { IDEMPOTENCY_REPLAYED_HEADER } from "./http/middleware/idempotency";
import { refuseUnparsableQueryNames } from "./http/middleware/query-names";
import { failedAuthenticationLimit, requestRateLimit } from "./http/middleware/rate-limits";
import { readOnly } from "./http/middleware/read-only";
import { responseDefaults, varyByCaller } from "./http/middleware/response-defaults";
import { webhooksDispatch } from "./http/middleware/webhooks-dispatch";
import { createRouter } from "./http/router";

/** Middleware built from configuration, once per configuration rather than per request. */
function fromConfig(
  make: (config: AppConfig) => MiddlewareHandler<AppEnv>,
): MiddlewareHandler<AppEnv> {
  const built = new WeakMap<AppConfig, MiddlewareHandler<AppEnv>>();
  return (c, next) => {
    const config = c.get("config");
    let middleware = built.get(config);
    if (!middleware) {
      middleware = make(config);
      built.set(config, middleware);
    }
    return middleware(c, next);
  };
}

export function createApp() {
  const app = createRouter();

  // Outermost: its headers reach every response, preflights and errors included.
  app.use(responseDefaults());
  app.use(requestId());
  app.use(config());
  app.use(
    fromConfig(({ corsOrigins }) => {
      // Without allowHeaders, preflights allow the request headers they ask for
      // (authorization, content-type, if-match, if-none-match, x-d1-bookmark, …).
      const answerCors = cors({
        origin: corsOrigins === "*" ? "*" : corsOrigins,
        exposeHeaders: [
          "x-request-id",
          "Server-Timing",
          "Retry-After",
          "RateLimit-Policy",
          "RateLimit",
          BOOKMARK_HEADER,
          IDEMPOTENCY_REPLAYED_HEADER,
          "ETag",
        ],
        maxAge: 600,
      });
      const answered = async () => {};
      return async (c, next) => {
        if (c.req.method === "OPTIONS") return answerCors(c, next);
        // Other requests get the same headers, set on their answer once it is
        // made: set before (as cors() does), they make a placeholder response
        // that every answer is then copied into.
        await next();
        await answerCors(c, answered);
      };
    }),
  );
  // After CORS, whose headers a 405 carries too; before the API's middleware, which it skips.
  app.use(refuseUnservedMethods(app));

  const api = createRouter();
  // First: a frozen API answers every write the same, whatever its body or credentials.
  api.use(readOnly());
  api.use(
    fromConfig(({ maxBodyBytes }) =>
      bodyLimit({
        maxSize: maxBodyBytes,
        onError: () => {
          throw new ApiError(413, `Request bodies are limited to ${maxBodyBytes} bytes`);
        },
      }),
    ),
  );
  api.use(refuseUnparsableQueryNames());
  api.use(database());
  // Inside the database's middleware: reads whether this request's writes recorded events.
  api.use(webhooksDispatch());
  api.use(varyByCaller());
  // Around authentication: its 401s for bad credentials count against the client's address.
  api.use(failedAuthenticationLimit());
  api.use(authenticate());
  // Once the caller is known: the request's budget is theirs (a guest's: their address's).
  api.use(requestRateLimit());
  // In this order in the OpenAPI document and the reference.
  const domains = [
    healthRouter,
    identityRouter,
    permissionsRouter,
    collectionsRouter,
    resourcesRouter,
    workspacesRouter,
    linksRouter,
    engagementsRouter,
    catalogRouter,
    billingRouter,
    teamsRouter,
    eventsRouter,
    webhooksRouter,
    transferRouter,
  ];
  for (const router of domains) api.route("/", router);

  app.route("/v1", api);
  mountDocs(app);
  // Someone opening the worker's address in a browser lands on the reference.
  app.get("/", (c) => c.redirect("/docs"));

  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
