/**
 * npm run db:copies [-- <target>]
 * Writes the copies the permission engine reads instead of another row
 * (src/db/copies.ts) where they are missing: the backfill after migration
 * `resources_workspace_visibility`, which adds resources' copy of their workspace's visibility empty.
 * Every later write keeps the copies itself.
 */
import { fillCopies } from "../../src/db/copies";
import { parseFlags } from "../lib/args";
import { runMain } from "../lib/cli";
import { TARGET_OPTIONS, TARGET_USAGE, targetFromFlags, withTarget } from "../lib/target";

const USAGE = `Usage: npm run db:copies [-- <target>]

Copies each resource's workspace visibility onto the resources that have no
copy yet, in one atomic write. Run it once after applying migration
resources_workspace_visibility to a database that holds data; until
then those resources are decided from their workspace's row, which costs a
row read each. Running it again fills nothing.

${TARGET_USAGE}`;

runMain(async () => {
  const target = targetFromFlags(parseFlags(process.argv.slice(2), TARGET_OPTIONS, USAGE));
  await withTarget(target, async (db) => {
    console.log(`Copying workspace visibilities in ${db.description}…`);
    console.log(`  resources: ${await fillCopies(db)} filled`);
  });
  console.log("The copies are complete.");
});
