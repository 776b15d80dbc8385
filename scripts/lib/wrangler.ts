/**
 * Runs the project's pinned wrangler with the Node running this script (the
 * tooling's Node 22), not whatever `wrangler` is first on PATH.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { projectRoot } from "./paths";

const wranglerPackage = createRequire(import.meta.url).resolve("wrangler/package.json");
const wranglerBin = path.join(path.dirname(wranglerPackage), "bin", "wrangler.js");

export function spawnWrangler(args: string[], stdio: "inherit" | "pipe"): ChildProcess {
  return spawn(process.execPath, [wranglerBin, ...args], {
    cwd: projectRoot,
    stdio: stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
    env: { WRANGLER_SEND_METRICS: "false", ...process.env },
  });
}

/** Runs wrangler with its output on the terminal; rejects when it fails. */
export function runWrangler(args: string[]): Promise<void> {
  const child = spawnWrangler(args, "inherit");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`wrangler ${args[0]} ${args[1] ?? ""} failed (exit ${code})`)),
    );
  });
}

/** Runs wrangler with its output captured. */
async function captureWrangler(args: string[]) {
  const child = spawnWrangler(args, "pipe");
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr!.on("data", (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  return { code, stdout, stderr };
}

/** Runs wrangler without showing its output, unless it fails: then the output is the error. */
export async function runWranglerQuietly(args: string[]): Promise<void> {
  const { code, stdout, stderr } = await captureWrangler(args);
  if (code !== 0) {
    throw new Error(
      `wrangler ${args.join(" ")} failed (exit ${code}):\n${stderr || stdout}`.trim(),
    );
  }
}

/**
 * Runs a wrangler command that takes `--json` and returns its parsed output.
 * Wrangler prints failures as `{"error": {"text"}}` on stdout in that mode.
 */
export async function wranglerJson<T>(args: string[]): Promise<T> {
  const { code, stdout, stderr } = await captureWrangler([...args, "--json"]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(
      `wrangler ${args.join(" ")} failed (exit ${code}):\n${stderr || stdout}`.trim(),
    );
  }
  const failure = (parsed as { error?: { text?: string } }).error;
  if (code !== 0 || failure) {
    throw new Error(
      `wrangler ${args[0]} ${args[1]}: ${failure?.text ?? (stderr || `exit ${code}`)}`,
    );
  }
  return parsed as T;
}
