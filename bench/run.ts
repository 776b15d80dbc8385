/**
 * npm run bench [-- --sizes 1000,10000,100000 --duration 10 --connections 8]
 *
 * For each size: seeds a world of that many resources (local D1 by default,
 * the database at DATABASE_URL when set), starts the worker with `wrangler
 * dev`, and drives every scenario over loopback with autocannon, after a
 * warm-up; then the latency of webhook deliveries from a write to a receiver
 * under the create-engagement load (bench/webhooks.ts). Writes bench/results/<date>[-<database>].{json,md,svg} and prints
 * the Markdown table with the verdict on each budget of docs/architecture.md §9,
 * the worker's startup (`wrangler check startup`) among them.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseFlags } from "../scripts/lib/args";
import { buildBundle } from "../scripts/lib/bundle";
import { runMain, UsageError } from "../scripts/lib/cli";
import { startDevServer } from "../scripts/lib/dev-server";
import { displayPath, projectRoot } from "../scripts/lib/paths";
import { redactUrl } from "../scripts/lib/url-database";
import { mintApiKey } from "../src/auth/api-keys";
import { dialectOfUrl } from "../src/config";
import { toChart } from "./chart";
import { benchWorld } from "./dataset";
import { driveScenario, type LoadOptions } from "./load";
import { Progress } from "./progress";
import { type BenchReport, judgeBudgets, machine, type SizeRun, toMarkdown } from "./report";
import { FLOOR_PATH, SCENARIOS, type Scenario } from "./scenarios";
import { type BenchDatabase, seedBenchDatabase } from "./seed";
import { measureStartup } from "./startup";
import { measureDelivery } from "./webhooks";

const USAGE = `Usage: npm run bench [-- options]
  --sizes <n,n,…>       resources per run (default 1000,10000,100000)
  --duration <seconds>  measured time per scenario (default 10)
  --connections <n>     concurrent connections (default 8)
  DATABASE_URL=<url>    run on that Postgres/MySQL database (emptied first) instead of local D1`;

const WARM_UP_SECONDS = 2;
const RESULTS_DIR = path.join(projectRoot, "bench", "results");
const WORK_DIR = path.join(projectRoot, ".wrangler", "bench");

function positiveInteger(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new UsageError(`--${flag} takes a positive whole number (got "${value}")`, USAGE);
  }
  return number;
}

function settingsFromArgs() {
  const flags = parseFlags(
    process.argv.slice(2),
    {
      sizes: { type: "string", default: "1000,10000,100000" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "8" },
    },
    USAGE,
  );
  const sizes = flags.sizes.split(",").map((size) => positiveInteger(size.trim(), "sizes"));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    durationSeconds: positiveInteger(flags.duration, "duration"),
    connections: positiveInteger(flags.connections, "connections"),
  };
}

/** The write load webhook deliveries are measured under. */
const DELIVERY_SCENARIO = "create-engagement";
const deliveryLoad = SCENARIOS.find((scenario) => scenario.name === DELIVERY_SCENARIO)!;

async function benchSize(
  scenarios: Scenario[],
  resources: number,
  database: BenchDatabase,
  load: LoadOptions,
  progress: Progress,
): Promise<SizeRun> {
  const started = Date.now();
  progress.step("seeding");
  const world = benchWorld(resources, await mintApiKey(), await mintApiKey());
  const workDir = path.join(WORK_DIR, `work-${resources}`);
  await seedBenchDatabase(database, world.rows, workDir);
  const seedSeconds = Math.round((Date.now() - started) / 100) / 10;

  progress.step("starting wrangler dev");
  const serverArgs =
    database.kind === "d1"
      ? ["--persist-to", database.persistTo]
      : ["--var", `DATABASE_URL:${database.url}`];
  // The load is one API key's: measured without the development rate limits. The
  // webhook receiver is on loopback, which only the development flag allows.
  const server = await startDevServer(
    [
      "bench/worker.ts",
      "--var",
      "RATE_LIMITS:off",
      "--var",
      "WEBHOOKS_ALLOW_PRIVATE_TARGETS:true",
      ...serverArgs,
    ],
    FLOOR_PATH,
  );
  try {
    const results = [];
    for (const scenario of scenarios) {
      progress.step(`${scenario.name}: warming up`, WARM_UP_SECONDS);
      await driveScenario(server.url, scenario, world.handles, {
        ...load,
        durationSeconds: WARM_UP_SECONDS,
      });
      progress.step(scenario.name, load.durationSeconds);
      results.push(await driveScenario(server.url, scenario, world.handles, load));
    }
    progress.step(`${DELIVERY_SCENARIO}: webhook deliveries under its load`, load.durationSeconds);
    const delivery = await measureDelivery(server.url, deliveryLoad, world.handles, load);
    return { resources, seedSeconds, scenarios: results, delivery };
  } finally {
    await server.stop();
  }
}

runMain(async () => {
  const settings = settingsFromArgs();
  const url = process.env.DATABASE_URL;
  const dialect = url ? dialectOfUrl(url) : "d1";
  const database = (resources: number): BenchDatabase =>
    url
      ? { kind: "url", url }
      : { kind: "d1", persistTo: path.join(WORK_DIR, `state-${resources}`) };
  const scenarios = SCENARIOS.filter((scenario) => dialect === "d1" || !scenario.d1Only);
  console.log(
    `Benchmarking Hearth on ${url ? `${dialect} ${redactUrl(url)}` : "local D1"}: ${settings.sizes.join(", ")} resources, ${scenarios.length} scenarios, ${settings.durationSeconds} s each`,
  );

  const progress = new Progress(settings.sizes.length * (scenarios.length * 2 + 3) + 2);
  progress.step("building the production bundle");
  const bundle = await buildBundle(path.join(WORK_DIR, "dist"), { quiet: true });
  progress.step("profiling the worker's startup");
  const startup = await measureStartup(path.join(WORK_DIR, "startup.cpuprofile"));
  const runs: SizeRun[] = [];
  for (const [index, resources] of settings.sizes.entries()) {
    progress.size = `${resources} resources (${index + 1}/${settings.sizes.length})`;
    runs.push(await benchSize(scenarios, resources, database(resources), settings, progress));
  }
  progress.done();

  const date = new Date().toISOString().slice(0, 10);
  const report: BenchReport = {
    date,
    database: dialect,
    machine: machine(),
    settings,
    bundle: { rawBytes: bundle.rawBytes, gzippedBytes: bundle.gzippedBytes },
    startup,
    runs,
    budgets: judgeBudgets(runs, bundle, startup),
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  const stem = path.join(RESULTS_DIR, dialect === "d1" ? date : `${date}-${dialect}`);
  const markdown = toMarkdown(report);
  await writeFile(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${stem}.md`, markdown);
  await writeFile(`${stem}.svg`, toChart(report));
  console.log(`\n${markdown}`);
  console.log(`Wrote ${displayPath(`${stem}.json`)}, .md and .svg`);
});
