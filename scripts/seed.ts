/**
 * npm run db:seed [-- <target>]
 * Writes the demo data of seed-data.ts into the database `npm run dev` uses
 * (or the one the flags name); running it again changes nothing.
 */
import { parseFlags } from "./lib/args";
import { runMain } from "./lib/cli";
import { saveDemoKey } from "./lib/demo-key";
import { displayPath } from "./lib/paths";
import { seed } from "./lib/seed";
import { TARGET_OPTIONS, TARGET_USAGE, targetFromFlags, withTarget } from "./lib/target";

const USAGE = `Usage: npm run db:seed [-- <target>]

Writes the demo data (one organization, four people, three workspaces, …) and
mints the demo admin API key the first time. Running it again changes nothing.

${TARGET_USAGE}`;

runMain(async () => {
  const target = targetFromFlags(parseFlags(process.argv.slice(2), TARGET_OPTIONS, USAGE));
  const outcome = await withTarget(target, async (db) => {
    console.log(`Seeding demo data into ${db.description}…`);
    return seed(db);
  });
  console.log("Demo data is in place (rows that already existed were left as they were).");

  if (outcome.adminKey === "existing") {
    console.log(
      `The demo admin API key exists already (prefix ${outcome.prefix}); it is shown only when created.`,
    );
    return;
  }
  console.log(`\nDemo admin API key (shown once, store it now):\n  ${outcome.minted.key}\n`);
  const file = await saveDemoKey(outcome.minted.key, target);
  if (file) console.log(`Saved to ${displayPath(file)} so \`npm run dev\` can show it again.`);
});
