/**
 * The API reference page at /docs: Scalar's browser build, served by this
 * worker as a static asset (scripts/lib/docs-assets.ts puts it in place), so
 * the page works offline and always runs the version pinned in package.json.
 */
import type { Context } from "hono";

/** Where the asset is served; the file is assets/docs/scalar-api-reference.js. */
export const SCALAR_SCRIPT_PATH = "/docs/scalar-api-reference.js";

const CONFIGURATION = {
  url: "/openapi.json",
  // Inter and JetBrains Mono would come from Scalar's font CDN: use the system's.
  withDefaultFonts: false,
  // Nothing leaves for Scalar's servers: no usage reports, no "Ask AI" chat.
  telemetry: false,
  agent: { disabled: true },
};

/**
 * Scripts, styles, fonts, images and requests from this origin only. The page
 * has no inline script (Scalar reads its configuration from the
 * `#api-reference` element). Styles may be inline: Scalar's bundled
 * libraries inject <style> elements and style attributes at run time, and
 * only some of them carry a nonce.
 */
export const REFERENCE_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The reference page and the OpenAPI document change only with a deploy and
 * are the same for every caller: any cache may keep them for five minutes
 * (the document is built anew for each request it answers).
 */
export const DOCS_CACHE = "public, max-age=300";

const attribute = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hearth API reference</title>
  </head>
  <body>
    <script id="api-reference" type="application/json" data-configuration="${attribute(JSON.stringify(CONFIGURATION))}"></script>
    <script src="${SCALAR_SCRIPT_PATH}"></script>
  </body>
</html>
`;

export function referencePage(c: Context) {
  c.header("Content-Security-Policy", REFERENCE_PAGE_CSP);
  c.header("Cache-Control", DOCS_CACHE);
  return c.html(PAGE);
}
