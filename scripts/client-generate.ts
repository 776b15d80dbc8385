/**
 * npm run client:generate — writes the typed client's types (src/client/openapi.ts)
 * from the app's OpenAPI document; `--check` only says whether they are up to date.
 */
import { writeFileSync } from "node:fs";
import { parseFlags } from "./lib/args";
import { runMain } from "./lib/cli";
import { CLIENT_TYPES_FILE, committedClientTypes, generateClientTypes } from "./lib/client-types";
import { displayPath } from "./lib/paths";

runMain(async () => {
  const flags = parseFlags(
    process.argv.slice(2),
    { check: { type: "boolean", default: false } },
    `Usage: npm run client:generate [-- --check]

Builds the app in Node, takes its OpenAPI document (GET /openapi.json) and writes
the types of the typed client (${displayPath(CLIENT_TYPES_FILE)}) with openapi-typescript.
Run it after changing a route's contract, and commit the result.
--check  write nothing; fail when the committed file differs from what would be written.`,
  );
  const generated = await generateClientTypes();
  const upToDate = committedClientTypes() === generated;
  if (flags.check) {
    if (upToDate) {
      console.log(`✓ ${displayPath(CLIENT_TYPES_FILE)} matches /openapi.json`);
      return 0;
    }
    console.error(
      `✗ ${displayPath(CLIENT_TYPES_FILE)} differs from /openapi.json: run npm run client:generate and commit it`,
    );
    return 1;
  }
  writeFileSync(CLIENT_TYPES_FILE, generated);
  console.log(
    `${upToDate ? "Unchanged" : "Wrote"} ${displayPath(CLIENT_TYPES_FILE)} (${generated.length} characters)`,
  );
  return 0;
});
