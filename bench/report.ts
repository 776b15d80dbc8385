/**
 * A benchmark run as data: the results per table size, the machine it ran on,
 * and the verdict on each budget of docs/architecture.md §9; written as JSON and as a
 * Markdown table.
 */
import os from "node:os";
import { GZIP_BUDGET_BYTES, kib } from "../scripts/lib/bundle";
import type { ScenarioResult } from "./load";
import { PAGE } from "./scenarios";
import { STARTUP_LIMIT_MS, type Startup } from "./startup";
import { DELIVERED_TYPE, type DeliveryResult } from "./webhooks";

export interface SizeRun {
  resources: number;
  seedSeconds: number;
  scenarios: ScenarioResult[];
  /** Webhook deliveries under the write load; absent from runs before webhooks existed. */
  delivery?: DeliveryResult;
}

export interface Budget {
  budget: string;
  met: boolean | null;
  detail: string;
}

export interface BenchReport {
  date: string;
  database: "d1" | "postgres" | "mysql";
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string };
  settings: { durationSeconds: number; connections: number; sizes: number[] };
  bundle: { rawBytes: number; gzippedBytes: number };
  /** `wrangler check startup` of the production bundle, on this machine. */
  startup: Startup;
  runs: SizeRun[];
  budgets: Budget[];
}

export function machine(): BenchReport["machine"] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

const READ_KINDS = new Set<ScenarioResult["kind"]>([
  "single-row read",
  "list page",
  "search page",
  "read",
]);
/** A search page keeps at least this share of the guest list page's throughput. */
const SEARCH_SHARE = 0.5;
/** Largest allowed growth of rows read per list page from the smallest to the largest size. */
const LIST_GROWTH = 2;
/** A single-row read may take at most this many times the floor's time per request. */
const FLOOR_FACTOR = 2;
/** The least share of the bare D1 read's throughput a single-row read keeps. */
const D1_FLOOR_SHARE = 0.8;

/** Rows a page may read, as a multiple of its size: permission-filtered, and a collection's. */
const PAGE_ROWS: Record<string, number> = { "member-list": 3, "nested-collection": 10 };

const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;
const scenario = (run: SizeRun, name: string) => run.scenarios.find((s) => s.name === name);
export const sizeLabel = (resources: number) =>
  resources >= 1000 ? `${resources / 1000}k` : String(resources);

function listGrowth(runs: SizeRun[]): Budget {
  const budget = `rows_read per list page at the largest size within ${LIST_GROWTH}× of the smallest`;
  const smallest = runs[0];
  const largest = runs.at(-1);
  if (!smallest || !largest || smallest === largest) {
    return { budget, met: null, detail: "needs two sizes" };
  }
  const ratios = smallest.scenarios
    .filter((small) => small.kind === "list page" || small.kind === "search page")
    .map((small) => ({
      name: small.name,
      small: small.rowsReadPerRequest,
      large: scenario(largest, small.name)?.rowsReadPerRequest ?? null,
    }));
  if (ratios.some(({ small, large }) => small === null || large === null)) {
    return { budget, met: null, detail: "this database does not report rows read" };
  }
  const growth = ratios.map(({ name, small, large }) => ({
    name,
    ratio: large! / Math.max(1, small!),
  }));
  return {
    budget,
    met: growth.every(({ ratio }) => ratio <= LIST_GROWTH),
    detail: growth.map(({ name, ratio }) => `${name} ×${ratio.toFixed(2)}`).join(", "),
  };
}

function searchThroughput(runs: SizeRun[]): Budget {
  const budget = `search page throughput at least ${SEARCH_SHARE}× the guest list page's, at the largest size`;
  const largest = runs.at(-1);
  const list = largest && scenario(largest, "guest-list")?.requestsPerSecond;
  const searches = largest?.scenarios.filter((result) => result.kind === "search page") ?? [];
  if (!largest || !list || searches.length === 0) {
    return { budget, met: null, detail: "needs the guest list and search scenarios" };
  }
  const shares = searches.map((result) => ({
    name: result.name,
    share: result.requestsPerSecond / list,
  }));
  return {
    budget,
    met: shares.every(({ share }) => share >= SEARCH_SHARE),
    detail: `@${sizeLabel(largest.resources)}: ${shares.map(({ name, share }) => `${name} ${share.toFixed(2)}×`).join(", ")}`,
  };
}

export function judgeBudgets(
  runs: SizeRun[],
  bundle: BenchReport["bundle"],
  startup: Startup,
): Budget[] {
  const all = runs.flatMap((run) => run.scenarios.map((result) => ({ run, result })));
  const roundTrips = (kinds: (kind: ScenarioResult["kind"]) => boolean, most: number) => {
    const over = all.filter(({ result }) => kinds(result.kind) && (result.maxQueries ?? 0) > most);
    return {
      met: over.length === 0,
      detail:
        over.length === 0
          ? `every request made ≤ ${most}`
          : over
              .map(
                ({ run, result }) =>
                  `${result.name} @${sizeLabel(run.resources)}: max ${result.maxQueries}`,
              )
              .join("; "),
    };
  };

  const throughput = runs.map((run) => {
    const floor = scenario(run, "floor")?.requestsPerSecond ?? 0;
    const share = (name: string) => {
      const result = scenario(run, name);
      return result && floor > 0 ? result.requestsPerSecond / floor : null;
    };
    return { run, ratio: share("get-resource") ?? 0, bareD1: share("d1-floor") };
  });
  // Where the worker runs on D1: the read against the bare route making the same D1 read.
  const ofBareD1 = runs.flatMap((run) => {
    const bareD1 = scenario(run, "d1-floor")?.requestsPerSecond ?? 0;
    const read = scenario(run, "get-resource")?.requestsPerSecond ?? 0;
    return bareD1 > 0 ? [{ run, share: read / bareD1 }] : [];
  });

  return [
    {
      budget: "a read makes one database round trip",
      ...roundTrips((kind) => READ_KINDS.has(kind), 1),
    },
    { budget: "a write makes at most two", ...roundTrips((kind) => kind === "write", 2) },
    listGrowth(runs),
    pageRows(runs),
    {
      budget: `single-row read throughput within ${FLOOR_FACTOR}× of the bare route`,
      met: throughput.every(({ ratio }) => ratio >= 1 / FLOOR_FACTOR),
      detail: throughput
        .map(
          ({ run, ratio, bareD1 }) =>
            `@${sizeLabel(run.resources)}: ${percent(ratio)} of the floor${bareD1 === null ? "" : ` (bare D1 read: ${percent(bareD1)})`}`,
        )
        .join(", "),
    },
    searchThroughput(runs),
    {
      budget: `single-row read throughput at least ${D1_FLOOR_SHARE}× the bare D1 read's`,
      met: ofBareD1.length === 0 ? null : ofBareD1.every(({ share }) => share >= D1_FLOOR_SHARE),
      detail:
        ofBareD1.length === 0
          ? "no bare D1 read off D1"
          : ofBareD1
              .map(({ run, share }) => `@${sizeLabel(run.resources)}: ${share.toFixed(2)}×`)
              .join(", "),
    },
    {
      budget: "bundle under 1 MiB gzipped",
      met: bundle.gzippedBytes < GZIP_BUDGET_BYTES,
      detail: `${kib(bundle.gzippedBytes)} gzipped (${kib(bundle.rawBytes)} raw)`,
    },
    {
      budget: `worker startup under the platform's ${STARTUP_LIMIT_MS / 1000} s`,
      met: startup.activeMs < STARTUP_LIMIT_MS,
      detail: `${startup.activeMs} ms of CPU (${startup.garbageCollectionMs} ms of it garbage collection), \`wrangler check startup\` on this machine`,
    },
  ];
}

function pageRows(runs: SizeRun[]): Budget {
  const limits = Object.entries(PAGE_ROWS);
  const budget = `rows_read per page within ${limits.map(([name, factor]) => `${factor}× the page for ${name}`).join(", ")}`;
  const measured = runs.flatMap((run) =>
    limits.map(([name, factor]) => ({
      run,
      name,
      most: factor * PAGE,
      rows: scenario(run, name)?.rowsReadPerRequest ?? null,
    })),
  );
  if (measured.some(({ rows }) => rows === null)) {
    return { budget, met: null, detail: "this database does not report rows read" };
  }
  return {
    budget,
    met: measured.every(({ rows, most }) => rows! <= most),
    detail: measured
      .map(
        ({ run, name, rows, most }) => `${name} @${sizeLabel(run.resources)}: ${rows} (≤ ${most})`,
      )
      .join(", "),
  };
}

const cell = (value: number | null, max?: number | null) =>
  value === null ? "–" : max == null ? String(value) : `${value} (${max})`;

function deliveryTable(runs: SizeRun[]): string[] {
  const measured = runs.filter((run) => run.delivery);
  if (measured.length === 0) return [];
  return [
    `Webhook deliveries of \`${DELIVERED_TYPE}\` to a receiver on loopback, under the create-engagement load (latency: receipt − the event's created_at), then of single writes one at a time (unloaded):`,
    "",
    "| Resources | writes | delivered/expected | duplicates | p50 ms | p99 ms | max ms | drain after the load ms | unloaded p50 (max) ms |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...measured
      .map(({ resources, delivery: d }) =>
        [
          sizeLabel(resources),
          d!.writes,
          `${d!.delivered}/${d!.expected}`,
          d!.duplicates,
          cell(d!.latencyP50Ms),
          cell(d!.latencyP99Ms),
          cell(d!.latencyMaxMs),
          d!.drainMs,
          cell(d!.unloadedP50Ms, d!.unloadedMaxMs),
        ].join(" | "),
      )
      .map((row) => `| ${row} |`),
    "",
  ];
}

export function toMarkdown(report: BenchReport): string {
  const { machine: m, settings } = report;
  const lines = [
    `# Hearth benchmark, ${report.date} (${report.database})`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}.`,
    `Load: autocannon, ${settings.connections} connections, ${settings.durationSeconds} s per scenario after a warm-up, over loopback against \`wrangler dev\`.`,
    "",
    "| Resources | Scenario | req/s | p50 ms | p99 ms | queries/req (max) | rows read/req (max) | errors |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
    ...report.runs.flatMap((run) =>
      run.scenarios.map(
        (s) =>
          `| ${sizeLabel(run.resources)} | ${s.name} | ${s.requestsPerSecond} | ${s.latencyP50Ms} | ${s.latencyP99Ms} | ${cell(s.queriesPerRequest, s.maxQueries)} | ${cell(s.rowsReadPerRequest, s.maxRowsRead)} | ${s.errors} |`,
      ),
    ),
    "",
    ...deliveryTable(report.runs),
    "| Budget (docs/architecture.md §9) | Met | Detail |",
    "|---|---|---|",
    ...report.budgets.map(
      (b) => `| ${b.budget} | ${b.met === null ? "n/a" : b.met ? "yes" : "**no**"} | ${b.detail} |`,
    ),
    "",
    "Scenarios:",
    ...(report.runs[0]?.scenarios ?? []).map((s) => `- \`${s.name}\`: ${s.description}`),
    "",
  ];
  return lines.join("\n");
}
