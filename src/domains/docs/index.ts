/** The OpenAPI document of every route, and an interactive reference page for it. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/env";
import { referencePage } from "./reference-page";

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
  app.get("/docs", referencePage);
}
