/**
 * `wrangler dev` started the way a user starts it, on a free loopback port,
 * for the end-to-end tests and the benchmark: resolves once `readyPath`
 * answers, with the URL and a `stop()` that ends wrangler and workerd.
 */
import { createServer } from "node:net";
import { prepareDocsAssets } from "./docs-assets";
import { spawnWrangler } from "./wrangler";

export interface DevServer {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

const STARTUP_MS = 60_000;
const POLL_MS = 250;

/** `args` are wrangler dev's own (config, persistence, vars); the port and IP are chosen here. */
export async function startDevServer(args: string[], readyPath: string): Promise<DevServer> {
  prepareDocsAssets();
  // Each server gets its own inspector port too: wrangler's default (9229) is
  // shared, so two servers starting at the same moment could both pick it.
  const [port, inspectorPort] = await Promise.all([freePort(), freePort()]);
  const child = spawnWrangler(
    [
      "dev",
      ...args,
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--inspector-port",
      String(inspectorPort),
      "--show-interactive-dev-session=false",
      "--log-level",
      "warn",
    ],
    "pipe",
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`wrangler dev exited (code ${child.exitCode}):\n${output}`);
    }
    try {
      await fetch(`${url}${readyPath}`);
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  await stop();
  throw new Error(`wrangler dev did not answer within ${STARTUP_MS / 1000} s:\n${output}`);
}
