import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

// bin.cjs is not in drizzle-kit's package exports: locate it beside the package entry.
const DRIZZLE_KIT_BIN = path.join(
  path.dirname(createRequire(import.meta.url).resolve("drizzle-kit")),
  "bin.cjs",
);

export interface DrizzleKitRun {
  status: number | null;
  /** stdout and stderr together; empty when the output went to the terminal. */
  output: string;
}

export interface GenerateOptions {
  cwd: string;
  /** Passed through as `--name`. */
  name?: string;
  /** Capture the output instead of using the terminal (no prompts can be answered then). */
  capture?: boolean;
}

/** Runs `drizzle-kit generate --config <configFile>` on this Node (drizzle-kit wants 22+ here too). */
export function drizzleKitGenerate(configFile: string, options: GenerateOptions): DrizzleKitRun {
  const args = [DRIZZLE_KIT_BIN, "generate", "--config", configFile];
  if (options.name) args.push("--name", options.name);
  const run = spawnSync(process.execPath, args, {
    cwd: options.cwd,
    encoding: "utf8",
    stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
    // A rename prompt waits for an answer that never comes when captured.
    timeout: options.capture ? 120_000 : undefined,
  });
  return { status: run.status, output: `${run.stdout ?? ""}${run.stderr ?? ""}` };
}
