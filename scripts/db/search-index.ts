/**
 * npm run db:search-index [-- <target>]
 * Writes the search index (search_terms) of every resource, workspace and
 * user again: the backfill after migration 0005, which creates the index
 * empty, and the repair of an index written by another version of the
 * tokenizer. Every later write keeps the index itself.
 */
import { rebuildIndex, SEARCH_KINDS } from "../../src/db/search/search-index";
import { parseFlags } from "../lib/args";
import { runMain } from "../lib/cli";
import { TARGET_OPTIONS, TARGET_USAGE, targetFromFlags, withTarget } from "../lib/target";

const USAGE = `Usage: npm run db:search-index [-- <target>]

Indexes every resource, workspace and user for full-text search (q=) again,
100 objects per atomic write. Run it once after applying migration
0005_search_index to a database that holds data; running it again rewrites
the same index.

${TARGET_USAGE}`;

runMain(async () => {
  const target = targetFromFlags(parseFlags(process.argv.slice(2), TARGET_OPTIONS, USAGE));
  await withTarget(target, async (db) => {
    console.log(`Indexing ${db.description} for search…`);
    for (const kind of SEARCH_KINDS) {
      const indexed = await rebuildIndex(db, kind);
      console.log(`  ${kind}: ${indexed} indexed`);
    }
  });
  console.log("The search index is complete.");
});
