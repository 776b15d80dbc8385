/** The OpenAPI document of every route, and an interactive reference page for it. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import type { AppEnv } from "../../http/env";

export function mountDocs(app: OpenAPIHono<AppEnv>) {
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Hearth API",
      version: "1.0.0",
      description:
        "The data layer for creator platforms: identities, workspaces, resources, permissions, teams, engagements, collections and features.",
    },
    servers: [{ url: "/" }],
  });
  app.get("/docs", Scalar({ url: "/openapi.json", pageTitle: "Hearth API reference" }));
}
