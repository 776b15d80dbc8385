/**
 * The application: middleware shared by every route, the `/v1` API with one
 * sub-app per domain, the OpenAPI document and its reference page, and the
 * error envelope for everything that goes wrong.
 */
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { authenticate } from "./auth/authenticate";
import { collectionsRouter } from "./domains/collections";
import { mountDocs } from "./domains/docs";
import { healthRouter } from "./domains/health";
import { identityRouter } from "./domains/identity";
import { linksRouter } from "./domains/links";
import { permissionsRouter } from "./domains/permissions";
import { resourcesRouter } from "./domains/resources";
import { workspacesRouter } from "./domains/workspaces";
import { handleError, handleNotFound } from "./http/error-handler";
import { ApiError } from "./http/errors";
import { config } from "./http/middleware/config";
import { database } from "./http/middleware/database";
import { requireJsonBody } from "./http/middleware/json-body";
import { refuseUnparsableQueryNames } from "./http/middleware/query-names";
import { createRouter } from "./http/router";

export function createApp() {
  const app = createRouter();

  app.use(requestId());
  app.use(config());
  app.use((c, next) => {
    const origins = c.get("config").corsOrigins;
    return cors({
      origin: origins === "*" ? "*" : origins,
      exposeHeaders: ["x-request-id", "Server-Timing"],
      maxAge: 600,
    })(c, next);
  });

  const api = createRouter();
  api.use((c, next) =>
    bodyLimit({
      maxSize: c.get("config").maxBodyBytes,
      onError: () => {
        throw new ApiError(
          413,
          `Request bodies are limited to ${c.get("config").maxBodyBytes} bytes`,
        );
      },
    })(c, next),
  );
  api.use(requireJsonBody());
  api.use(refuseUnparsableQueryNames());
  api.use(database());
  api.use(authenticate());
  api.route("/", healthRouter);
  api.route("/", identityRouter);
  api.route("/", permissionsRouter);
  api.route("/", collectionsRouter);
  api.route("/", resourcesRouter);
  api.route("/", workspacesRouter);
  api.route("/", linksRouter);

  app.route("/v1", api);
  mountDocs(app);

  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
