import { createMiddleware } from "hono/factory";
import { matchedRoutes } from "hono/route";
import { METHOD_NAME_ALL, type Router } from "hono/router";
import type { RouterRoute } from "hono/types";
import { ApiError } from "../../errors";
import type { AppEnv } from "../env";

/** Where `Allow` lists a method; any other comes last, in the order it was registered. */
const ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** A route, as opposed to middleware, which Hono registers for every method (`use`). */
const isRoute = (route: RouterRoute) => route.method !== METHOD_NAME_ALL;

/**
 * The methods the app's routes serve at `path`, as `Allow` lists them: HEAD
 * with GET (Hono answers it with the GET route, without the body), and
 * OPTIONS on every known path (the CORS middleware answers it everywhere).
 * None for a path no route matches.
 */
function allowedMethods(
  app: { router: Router<[unknown, RouterRoute]>; routes: RouterRoute[] },
  path: string,
): string[] {
  const registered = new Set(app.routes.filter(isRoute).map((route) => route.method));
  const served = [...registered].filter((method) =>
    app.router.match(method, path)[0].some(([[, route]]) => isRoute(route)),
  );
  if (served.length === 0) return [];
  const allowed = new Set([...served, ...(served.includes("GET") ? ["HEAD"] : []), "OPTIONS"]);
  const rank = (method: string) => (ORDER.includes(method) ? ORDER.indexOf(method) : ORDER.length);
  return [...allowed].sort((a, b) => rank(a) - rank(b));
}

/**
 * A known path asked with a method none of its routes serves: 405 with
 * `Allow`, from the routes the app registered (the same ones the OpenAPI
 * document is made of). It runs before the API's middleware: the method is
 * never served, so neither credentials nor read-only mode change the answer.
 * A path no route matches goes on to the 404.
 */
export const refuseUnservedMethods = (app: Parameters<typeof allowedMethods>[0]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    // For HEAD, Hono matched the GET routes.
    if (matchedRoutes(c).some(isRoute)) return next();
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length === 0) return next();
    c.header("Allow", allowed.join(", "));
    throw new ApiError(
      405,
      `${c.req.method} is not served on ${c.req.path}; it answers ${allowed.join(", ")}`,
    );
  });
