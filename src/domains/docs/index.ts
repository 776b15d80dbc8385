/** The OpenAPI document of every route, and an interactive reference page for it. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/env";
import { GUEST_READ_CACHE, NOT_STORED } from "../../http/middleware/response-defaults";
import { BEARER_SCHEME } from "../../http/routes";
import { DOCS_CACHE, referencePage } from "./reference-page";

export function mountDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent("securitySchemes", BEARER_SCHEME, {
    type: "http",
    scheme: "bearer",
    description:
      "An API key (`hk_…`) or, when configured, a JWT. Each operation's `security` names the scopes it needs (`admin` holds every scope); an operation that lists `{}` also answers guests, who see only what is public.",
  });
  app.use("/openapi.json", async (c, next) => {
    await next();
    c.header("Cache-Control", DOCS_CACHE);
  });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Hearth API",
      version: "1.0.0",
      description:
        "The data layer for creator platforms: identities, workspaces, resources, permissions, teams, engagements, collections and features.\n\n" +
        "Every path answers HEAD where it answers GET (the GET's status and headers, no body), and a method a path does not list answers 405 `method_not_allowed` with `Allow` (before credentials are looked at). " +
        `Every response carries \`X-Content-Type-Options: nosniff\` and a \`Content-Security-Policy\`; \`Cache-Control\` is \`${NOT_STORED}\` on errors and on answers to requests with \`Authorization\`, \`${GUEST_READ_CACHE}\` on a guest's successful read (revalidated before each reuse: what guests may read follows permission rows), and \`Vary: Authorization\` on every \`/v1\` answer.`,
    },
    servers: [{ url: "/" }],
  });
  app.get("/docs", referencePage);
}
