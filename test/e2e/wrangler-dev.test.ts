/**
 * The worker started the way users start it — `wrangler dev` — on each database
 * the configuration can select: local D1, DATABASE_URL (Postgres, MySQL) and a
 * Hyperdrive binding with a local connection string (Postgres, MySQL). The
 * server cases run when TEST_POSTGRES_URL / TEST_MYSQL_URL are set, as in
 * `npm run test:postgres` / `test:mysql`. On Postgres also behind a proxy that
 * refuses pipelining, where `DATABASE_BATCHING=auto` goes sequential by itself.
 * And the rate-limit bindings of wrangler.jsonc, as `wrangler dev` emulates them.
 */
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { readWranglerConfig } from "../../scripts/lib/wrangler-config";
import { REFERENCE_PAGE_CSP } from "../../src/domains/docs/reference-page";
import { parseRateLimits } from "../../src/http/rate-limits";
import { type DevWorkerOptions, DevWorkers } from "../support/dev-workers";
import { startPipeliningRefusingProxy } from "../support/pipelining-refusing-proxy";

const workers = new DevWorkers();

/** Debian's chromium (.ci/run installs it); CHROMIUM_PATH points elsewhere. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromiumPath);
if (!hasChromium && !process.env.CI) {
  console.log(
    `Skipping the /docs browser test: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
}

afterAll(() => workers.stopAll());

async function startWorker(options: DevWorkerOptions): Promise<string> {
  return (await workers.start(options)).url;
}

async function health(base: string) {
  const response = await fetch(`${base}/v1/health`);
  const body = (await response.json()) as { data: { database: { dialect: string; ok: boolean } } };
  const bookmark = response.headers.get("x-d1-bookmark");
  return { status: response.status, database: body.data.database, bookmark };
}

/** A page with its total: two statements the worker sends in one round trip. */
async function countedPage(base: string) {
  const response = await fetch(`${base}/v1/resources?limit=1&count=true`);
  const body = (await response.json()) as { meta: { total: number } };
  const queries = /queries=(\d+)/.exec(response.headers.get("server-timing") ?? "")?.[1];
  return { status: response.status, total: body.meta.total, queries: Number(queries) };
}

describe("wrangler dev", { timeout: 90_000 }, () => {
  it("serves health, the OpenAPI document and the docs page on local D1", async () => {
    const base = await startWorker({});
    // A fresh local D1 has no tables yet, but `select 1` answers.
    expect(await health(base)).toEqual({
      status: 200,
      database: expect.objectContaining({ dialect: "d1", ok: true, batching: "batch" }),
      bookmark: expect.any(String),
    });
    const spec = await fetch(`${base}/openapi.json`);
    expect(spec.status).toBe(200);
    const specBytes = new Uint8Array(await spec.arrayBuffer());
    const document = JSON.parse(new TextDecoder().decode(specBytes)) as { paths: object };
    expect(document.paths).toHaveProperty("/v1/health");
    // Over HTTP, a HEAD states no length or the GET's, never the empty body's.
    const head = await fetch(`${base}/openapi.json`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect([null, String(specBytes.byteLength)]).toContain(head.headers.get("content-length"));
    const docs = await fetch(`${base}/docs`);
    expect(docs.headers.get("content-type")).toMatch(/text\/html/);
    // Workers Assets serves the page's script, with the _headers rules.
    const script = await fetch(`${base}/docs/scalar-api-reference.js`, { method: "HEAD" });
    expect(script.status).toBe(200);
    expect(script.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("emulates wrangler.jsonc's rate limits: failed authentications end in 429", async () => {
    const base = await startWorker({});
    const { vars } = readWranglerConfig() as { vars: { RATE_LIMITS: string } };
    const { limit, period } = parseRateLimits(vars.RATE_LIMITS)["failed-auth"]!;
    // Windows follow the clock: two of them allow at most 2 × limit.
    let refusal: Response | undefined;
    for (let sent = 0; sent <= 2 * limit && !refusal; sent++) {
      const response = await fetch(`${base}/v1/me`, {
        headers: { authorization: "Bearer hk_wrong" },
      });
      if (response.status === 429) refusal = response;
      else expect(response.status).toBe(401);
    }
    expect(refusal?.headers.get("retry-after")).toBe(String(period));
    expect(refusal?.headers.get("ratelimit-policy")).toBe(`"failed-auth";q=${limit};w=${period}`);
    expect(refusal?.headers.get("ratelimit")).toBe(`"failed-auth";r=0;t=${period}`);
  });

  it.skipIf(!hasChromium && !process.env.CI)(
    "renders every operation on /docs in a browser, with nothing loaded from elsewhere",
    async () => {
      const base = await startWorker({});
      const spec = (await (await fetch(`${base}/openapi.json`)).json()) as {
        paths: Record<string, Record<string, { summary?: string }>>;
      };
      const titles = Object.entries(spec.paths).flatMap(([route, operations]) =>
        Object.values(operations).map((operation) => operation.summary ?? route),
      );
      expect(titles.length).toBeGreaterThan(50);

      const browser = await chromium.launch({ executablePath: chromiumPath });
      try {
        const page = await browser.newPage();
        const elsewhere: string[] = [];
        // Offline, as on a plane: anything not from the worker fails and is recorded.
        await page.route("**/*", (route) => {
          const url = route.request().url();
          if (url.startsWith(`${base}/`)) return route.continue();
          elsewhere.push(url);
          return route.abort("internetdisconnected");
        });
        const problems: string[] = [];
        page.on("pageerror", (error) => problems.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(message.text());
        });

        const response = await page.goto(`${base}/docs`);
        expect(response?.headers()["content-security-policy"]).toBe(REFERENCE_PAGE_CSP);
        // Every sidebar group opened: each operation is listed by its summary.
        const closedGroups = page.getByRole("button", { name: /^Open Group - / });
        await closedGroups.first().waitFor();
        while ((await closedGroups.count()) > 0) await closedGroups.first().click();
        const sidebar = await page
          .getByRole("complementary", { name: "Sidebar for Hearth API" })
          .innerText();
        const missing = titles.filter((title) => !sidebar.includes(title));
        expect(missing).toEqual([]);
        // The first operation's section is rendered in full, with its example response.
        await expect
          .poll(() => page.getByText("Whether the worker and its database answer").count())
          .toBeGreaterThan(1);

        expect(elsewhere).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );

  it("starts two servers at the same moment (each with its own inspector port)", async () => {
    const bases = await Promise.all([startWorker({}), startWorker({})]);
    for (const base of bases) expect((await health(base)).status).toBe(200);
  });

  const servers = [
    ["postgres", process.env.TEST_POSTGRES_URL],
    ["mysql", process.env.TEST_MYSQL_URL],
  ] as const;
  for (const [dialect, url] of servers) {
    const ways: [string, DevWorkerOptions][] = [
      ["DATABASE_URL", { vars: { DATABASE_URL: url! } }],
      ["a Hyperdrive binding", { hyperdrive: url! }],
    ];
    for (const [way, start] of ways) {
      it.skipIf(!url)(`switches to ${dialect} with ${way}, one round trip per read`, async () => {
        const base = await startWorker(start);
        expect(await health(base)).toEqual({
          status: 200,
          database: expect.objectContaining({
            dialect,
            ok: true,
            batching: dialect === "postgres" ? "pipeline" : "multi-statement",
          }),
          bookmark: null,
        });
        expect(await countedPage(base)).toEqual({
          status: 200,
          total: expect.any(Number),
          queries: 1,
        });
      });
    }
  }

  it.skipIf(!process.env.TEST_POSTGRES_URL)(
    "goes sequential by itself behind a proxy that refuses Postgres pipelining",
    async () => {
      const proxy = await startPipeliningRefusingProxy(process.env.TEST_POSTGRES_URL!);
      try {
        const base = await startWorker({ vars: { DATABASE_URL: proxy.url } });
        expect((await health(base)).database).toMatchObject({ ok: true, batching: "pipeline" });
        // The page and its count, pipelined and refused (1), the probe (2), then in turn (2).
        const first = await countedPage(base);
        expect(first).toEqual({ status: 200, total: expect.any(Number), queries: 5 });
        expect((await health(base)).database).toMatchObject({ ok: true, batching: "sequential" });
        expect(await countedPage(base)).toEqual({ status: 200, total: first.total, queries: 2 });
      } finally {
        await proxy.close();
      }
    },
  );
});
