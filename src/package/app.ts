/**
 * `@hearth-data/hearth/app`: Hearth's Hono application, to mount inside
 * another worker (`app.route("/api", createApp())`). It reads its bindings
 * (DB, DATABASE_URL, HYPERDRIVE, JWT_*, …: README, Configuration) from the
 * host worker's env. The /docs page's script is a static asset of Hearth's own
 * worker and is not served when mounted elsewhere; /openapi.json is.
 */
export { type App, createApp } from "../app";
export type { Bindings } from "../config";
