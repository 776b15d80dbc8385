/**
 * The worker's startup, as `wrangler check startup` profiles it: wrangler
 * builds the production bundle, starts it in a local workerd and writes a CPU
 * profile of evaluating its global scope (no network needed). The figure is
 * the profile's active CPU time (its samples that are not idle), to set
 * against the platform's 1 s startup limit; measured on this machine, not on
 * Cloudflare's.
 */
import { readFile } from "node:fs/promises";
import { runWranglerQuietly } from "../scripts/lib/wrangler";

/** Cloudflare's limit on a worker's startup (parsing and running its global scope). */
export const STARTUP_LIMIT_MS = 1000;

export interface Startup {
  /** CPU time spent starting, in ms (idle samples left out). */
  activeMs: number;
  /** Of which garbage collection. */
  garbageCollectionMs: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Active and garbage-collection time of a V8 CPU profile. */
export function startupOf(profile: CpuProfile): Startup {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  let activeUs = 0;
  let garbageCollectionUs = 0;
  profile.samples.forEach((node, index) => {
    const us = profile.timeDeltas[index] ?? 0;
    const name = names.get(node);
    if (name === "(idle)") return;
    activeUs += us;
    if (name === "(garbage collector)") garbageCollectionUs += us;
  });
  const ms = (us: number) => Math.round(us / 100) / 10;
  return { activeMs: ms(activeUs), garbageCollectionMs: ms(garbageCollectionUs) };
}

/** Profiles the production worker's startup; the profile is kept at `outfile`. */
export async function measureStartup(outfile: string): Promise<Startup> {
  await runWranglerQuietly(["check", "startup", "--env", "production", "--outfile", outfile]);
  return startupOf(JSON.parse(await readFile(outfile, "utf8")) as CpuProfile);
}
