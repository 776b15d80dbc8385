/**
 * The benchmark's verdicts: a single-row read against the bare D1 read of the
 * same run, and the worker's startup as read from a `wrangler check startup`
 * CPU profile.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioResult } from "../../bench/load";
import { judgeBudgets, type SizeRun } from "../../bench/report";
import { startupOf } from "../../bench/startup";

const result = (
  name: string,
  kind: ScenarioResult["kind"],
  requestsPerSecond: number,
): ScenarioResult => ({
  name,
  description: name,
  kind,
  requests: requestsPerSecond * 5,
  requestsPerSecond,
  latencyP50Ms: 30,
  latencyP99Ms: 60,
  errors: 0,
  queriesPerRequest: kind === "floor" || kind === "reference" ? null : 1,
  maxQueries: kind === "floor" || kind === "reference" ? null : 1,
  rowsReadPerRequest: null,
  maxRowsRead: null,
});

const run = (resources: number, bareD1: number | null, read: number): SizeRun => ({
  resources,
  seedSeconds: 1,
  scenarios: [
    result("floor", "floor", 350),
    ...(bareD1 === null ? [] : [result("d1-floor", "reference", bareD1)]),
    result("get-resource", "single-row read", read),
  ],
});

const bundle = { rawBytes: 3_000_000, gzippedBytes: 800_000 };
const startup = { activeMs: 180, garbageCollectionMs: 14 };
const verdict = (runs: SizeRun[], name: string) =>
  judgeBudgets(runs, bundle, startup).find(({ budget }) => budget.includes(name));

describe("the single-row read against the bare D1 read", () => {
  it("is met at 0.8× in every size and names each share", () => {
    const budget = verdict([run(1000, 250, 200), run(10_000, 240, 204)], "bare D1 read");
    expect(budget).toMatchObject({ met: true, detail: "@1k: 0.80×, @10k: 0.85×" });
  });

  it("is missed when one size falls below 0.8×", () => {
    const budget = verdict([run(1000, 250, 210), run(10_000, 255, 178)], "bare D1 read");
    expect(budget).toMatchObject({ met: false, detail: "@1k: 0.84×, @10k: 0.70×" });
  });

  it("is not judged off D1, where the bench has no bare D1 read", () => {
    expect(verdict([run(1000, null, 150)], "bare D1 read")?.met).toBeNull();
  });
});

describe("startup", () => {
  it("counts the profile's samples that are not idle, garbage collection apart", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: "(root)" } },
        { id: 2, callFrame: { functionName: "(idle)" } },
        { id: 3, callFrame: { functionName: "init" } },
        { id: 4, callFrame: { functionName: "(garbage collector)" } },
      ],
      samples: [2, 3, 3, 4, 2, 3],
      timeDeltas: [300_000, 50_000, 60_250, 12_000, 100_000, 1_000],
    };
    expect(startupOf(profile)).toEqual({ activeMs: 123.3, garbageCollectionMs: 12 });
  });

  it("is judged against the platform's 1 s", () => {
    const runs = [run(1000, 250, 200)];
    const budget = (activeMs: number) =>
      judgeBudgets(runs, bundle, { activeMs, garbageCollectionMs: 0 }).find(({ budget }) =>
        budget.startsWith("worker startup"),
      );
    expect(budget(180)).toMatchObject({ met: true });
    expect(budget(180)?.detail).toContain("180 ms of CPU");
    expect(budget(1200)?.met).toBe(false);
  });
});
