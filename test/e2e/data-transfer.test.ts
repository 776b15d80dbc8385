/**
 * db:transfer, db:verify, db:export and db:import run as a user runs them, on
 * real databases: local D1 in temporary state directories, and scratch
 * databases (<name of the test database>_xfer) on the Postgres and
 * MySQL servers of TEST_POSTGRES_URL / TEST_MYSQL_URL, created through the
 * servers' admin URLs as `npm run test:postgres` does. Without those
 * variables the server legs are skipped (and said so); D1 ↔ D1 still runs.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/lib/dev-server";
import { projectRoot } from "../../scripts/lib/paths";
import { type DirectSide, openDirect } from "../../scripts/lib/transfer/databases";
import { readManifest } from "../../scripts/lib/transfer/files";
import { writeIsolatedWranglerConfig } from "../../scripts/lib/wrangler-config";
import { tablesInDependencyOrder } from "../../src/db/canonical-rows";
import type { Tables } from "../../src/db/schema";
import { scratchDatabase } from "../support/scratch-database";

const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
const TABLES = tablesInDependencyOrder().length;

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [tsx, `scripts/db/${script}.ts`, ...args], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];
function freshDirectory(label: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `hearth-xfer-${label}-`));
  temporary.push(directory);
  return directory;
}
const freshLocal = () => `local:${freshDirectory("d1")}`;

async function withDb<T>(side: string, use: (db: DirectSide) => Promise<T>): Promise<T> {
  const db = await openDirect(
    side.startsWith("local:")
      ? { kind: "local", persistTo: side.slice(6) }
      : { kind: "url", url: side },
  );
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

const servers = [
  ["postgres", process.env.TEST_POSTGRES_URL],
  ["mysql", process.env.TEST_MYSQL_URL],
] as const;
for (const [dialect, url] of servers) {
  if (!url)
    console.log(
      `data transfer: skipping the ${dialect} legs (TEST_${dialect.toUpperCase()}_URL is unset)`,
    );
}

// Ids of the edge rows (v7-shaped; the child key sorts before its parent on purpose).
const ORG = "01930000-0000-7000-8000-0000000e0001";
const ZOE = "01930000-0000-7000-8000-0000000e0002";
const LONG_POST = "01930000-0000-7000-8000-0000000e0003";
const WEBHOOK = "01930000-0000-7000-8000-0000000e0006";
const DELIVERY = "01930000-0000-7000-8000-0000000e0007";
const PARENT_KEY = "01930000-0000-7000-8000-0000000effff";
const CHILD_KEY = "01930000-0000-7000-8000-0000000e0004";
/** The timestamps every database holds: MySQL's datetime spans years 1000–9999. */
const EARLIEST = new Date(Date.UTC(1000, 0, 1));
const LATEST = new Date(Date.UTC(10000, 0, 1) - 1);

/** Rows at the edges: unicode of every plane, NULLs, JSON whose keys jsonb reorders, booleans, limits. */
function edgeRows(orm: DirectSide["store"]["orm"], t: Tables) {
  const times = { createdAt: EARLIEST, updatedAt: LATEST };
  return [
    orm.insert(t.organizations).values({
      id: ORG,
      name: "Ōkami 大神 Studio 🐺",
      slug: "okami-大神",
      avatarUrl: null,
      bannerUrl: null,
      theme: { z: "last", a: "first", アクセント: "#ff0000", "": "an empty key" },
      ...times,
    }),
    orm.insert(t.users).values({
      id: ZOE,
      email: "zoë.ökami@例え.jp",
      displayName: "Zoë 🔥 ゾーイ 𝄞",
      avatarUrl: null,
      bio: 'Line one\nLine "two" \\ back\tslash — 😀 \u00e9 vs e\u0301',
      theme: null,
      organizationId: ORG,
      createdAt: new Date(0),
      updatedAt: new Date(1),
    }),
    orm.insert(t.apiKeys).values([
      {
        id: CHILD_KEY,
        name: "minted by the parent 🔑",
        prefix: "hk_edgechild0001",
        secretHash: "c".repeat(64),
        subjectType: "user",
        subjectId: ZOE,
        scopes: ["resources:read"],
        expiresAt: LATEST,
        revokedAt: null,
        lastUsedAt: EARLIEST,
        parentKeyId: null,
        ...times,
      },
      {
        id: PARENT_KEY,
        name: "親キー",
        prefix: "hk_edgeparent001",
        secretHash: "p".repeat(64),
        subjectType: "user",
        subjectId: ZOE,
        scopes: ["admin", "resources:read"],
        expiresAt: null,
        revokedAt: new Date(Date.UTC(2026, 11, 1, 23, 59, 59, 999)),
        lastUsedAt: null,
        parentKeyId: null,
        ...times,
      },
    ]),
    // The self-reference set after both rows exist (insert order would not allow it otherwise).
    orm.update(t.apiKeys).set({ parentKeyId: PARENT_KEY }).where(eq(t.apiKeys.id, CHILD_KEY)),
    orm.insert(t.userSubscriptions).values({
      userId: ZOE,
      billingCustomerId: null,
      billingSubscriptionId: "sub_ゾーイ_✨",
      activeFeatures: [],
      customPriceCents: 2 ** 31 - 1,
      discountPct: 100,
      discountType: "forever",
      cycle: "yearly",
      cycleStart: null,
      cycleEnd: LATEST,
      active: false,
      ...times,
    }),
    orm.insert(t.resources).values({
      id: LONG_POST,
      ownerType: "user",
      ownerId: ZOE,
      type: "post",
      title: "長い記事 — a long post 📝 with 'quotes'",
      excerpt: null,
      status: "UNLISTED",
      ...times,
    }),
    // ~54 KB of CJK: one row alone fills half of a D1 statement, and fits MySQL's TEXT.
    orm.insert(t.posts).values({
      resourceId: LONG_POST,
      body: `${"本文です。".repeat(3500)}🔚`,
      bodyHtml: null,
      featuredImageUrl: null,
      ...times,
    }),
    orm.insert(t.engagements).values({
      subjectType: "user",
      subjectId: ZOE,
      action: "subscribe",
      objectType: "workspace",
      objectId: ORG,
      singleton: true,
      activatedAt: null,
      ...times,
    }),
    orm.insert(t.featurePresets).values({
      name: "Créateur ✨ プラン",
      featureSlugs: ["custom-domain", "🎵"],
      sortOrder: -(2 ** 31),
      ...times,
    }),
    // The audit trail travels with the data: an event whose image jsonb reorders, and the counter.
    orm.insert(t.eventSequence).values({ name: "events", value: 1_000_000 }),
    orm.insert(t.events).values({
      id: "01930000-0000-7000-8000-0000000e0005",
      commitSeq: 1_000_000,
      type: "resource.updated",
      objectType: "resource",
      objectId: LONG_POST,
      workspaceId: null,
      organizationId: ORG,
      userId: ZOE,
      actorType: "user",
      actorId: ZOE,
      apiKeyId: PARENT_KEY,
      requestId: "r".repeat(255),
      data: { title: "長い記事 📝", z: [true, null, 1.5], a: { "": "é" }, created_at: 0 },
      createdAt: EARLIEST,
    }),
    // Webhooks travel too: an endpoint mid-rotation, a dead delivery of that event with
    // its attempt, and the dispatcher's position in the feed.
    orm.insert(t.webhooks).values({
      id: WEBHOOK,
      workspaceId: null,
      organizationId: ORG,
      url: `https://hooks.例え.jp/${"ß".repeat(1000)}?q=ゾーイ`,
      eventTypes: ["resource.*", "engagement.created"],
      description: "Zoë's 🔔 endpoint",
      status: "disabled",
      disabledReason: "Disabled after 5 deliveries in a row went dead",
      consecutiveFailures: 5,
      secret: `whsec_${"A".repeat(43)}=`,
      previousSecret: `whsec_${"z".repeat(43)}=`,
      previousSecretExpiresAt: LATEST,
      ...times,
    }),
    orm.insert(t.webhookDeliveries).values({
      id: DELIVERY,
      webhookId: WEBHOOK,
      eventId: "01930000-0000-7000-8000-0000000e0005",
      eventType: "resource.updated",
      status: "dead",
      attempts: 8,
      nextAttemptAt: null,
      lastResponseStatus: 503,
      lastError: "HTTP 503 — サービス利用不可",
      createdAt: EARLIEST,
      deliveredAt: null,
    }),
    orm.insert(t.webhookAttempts).values({
      id: "01930000-0000-7000-8000-0000000e0008",
      deliveryId: DELIVERY,
      attempt: 8,
      startedAt: LATEST,
      responseStatus: null,
      error: "No answer within 15 s",
      durationMs: 15_000,
    }),
    orm.insert(t.feedPositions).values({
      name: "webhooks",
      sequence: 1_000_000,
      eventId: "01930000-0000-7000-8000-0000000e0005",
      ...times,
    }),
  ];
}

let world: string;
/** The databases the first test carried the world through, in order (after the world). */
const journey: string[] = [];

/** What a client reads of the world, every kind of row, including the edge rows. */
const READS = [
  "/v1/users?limit=100",
  `/v1/users/${ZOE}`,
  "/v1/organizations?limit=100",
  `/v1/organizations/${ORG}`,
  "/v1/workspaces?limit=100",
  "/v1/resources?limit=100&include=post,authors,links,counts",
  `/v1/resources/${LONG_POST}?include=post,authors,links,counts`,
  "/v1/collections?limit=100",
  `/v1/users/${ZOE}/engagements/made?limit=100`,
  "/v1/me/engagements?limit=100",
  "/v1/teams?limit=100",
  "/v1/permissions?limit=100",
  "/v1/features?limit=100",
  "/v1/feature-presets?limit=100",
];

/** `wrangler dev` on a side of the journey: local D1 by its state directory, a server by URL. */
async function serveSide(side: string, label: string): Promise<DevServer> {
  const config = writeIsolatedWranglerConfig(
    path.join(projectRoot, ".wrangler", "e2e"),
    `xfer-${label}`,
    {},
  );
  const args = ["--config", config];
  if (side.startsWith("local:")) args.push("--persist-to", side.slice(6));
  else args.push("--persist-to", freshDirectory("unused"), "--var", `DATABASE_URL:${side}`);
  return startDevServer(args, "/openapi.json");
}

/** Status and body of every read, as the worker on `server` answers them. */
async function answers(server: DevServer, key: string): Promise<string[]> {
  const found: string[] = [];
  for (const read of READS) {
    const response = await fetch(`${server.url}${read}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    found.push(`${read} ${response.status} ${await response.text()}`);
  }
  return found;
}

beforeAll(async () => {
  world = freshLocal();
  await withDb(world, (db) => db.applyMigrations());
  // The demo data, as `npm run db:seed` writes it, then the edge rows.
  const seeded = spawnSync(
    process.execPath,
    [tsx, "scripts/seed.ts", "--local", "--persist-to", world.slice(6)],
    { cwd: projectRoot, encoding: "utf8" },
  );
  expect(seeded.status, seeded.stderr).toBe(0);
  await withDb(world, (db) => db.store.atomic((orm) => edgeRows(orm, db.store.t)));
}, 180_000);

afterAll(() => {
  for (const directory of temporary) fs.rmSync(directory, { recursive: true, force: true });
});

describe("moving data between databases", { timeout: 300_000 }, () => {
  it("carries a world with every table populated D1 → Postgres → MySQL → D1 and back to identical digests", async () => {
    const empty = await withDb(world, async (db) => {
      const counts = [];
      for (const shape of tablesInDependencyOrder())
        counts.push([shape.name, await db.rowCount(shape)] as const);
      return counts.filter(([, rows]) => rows === 0).map(([name]) => name);
    });
    expect(empty).toEqual([]);

    const legs = [world];
    for (const [dialect, url] of servers)
      if (url) legs.push(await scratchDatabase("xfer", dialect, url));
    const end = freshLocal();
    legs.push(end);
    journey.push(...legs.slice(1));
    for (let i = 1; i < legs.length; i++) {
      // Small pages: several pages per table, and many statements per D1 batch.
      const moved = run(
        "transfer",
        "--from",
        legs[i - 1]!,
        "--to",
        legs[i]!,
        "--migrate",
        "--page-size",
        "40",
      );
      expect(moved.stderr).toBe("");
      expect(moved.stdout).toContain(`All ${TABLES} tables match.`);
      expect(moved.status).toBe(0);
    }
    const verified = run("verify", "--from", world, "--to", end);
    expect(verified.stdout).toContain(`All ${TABLES} tables match.`);
    expect(verified.status).toBe(0);

    // The values themselves, read back through the schema at the end of the journey.
    const [child] = await withDb(end, (db) =>
      db.store.orm.select().from(db.store.t.apiKeys).where(eq(db.store.t.apiKeys.id, CHILD_KEY)),
    );
    expect(child).toMatchObject({
      parentKeyId: PARENT_KEY,
      expiresAt: LATEST,
      lastUsedAt: EARLIEST,
    });
  });

  it("a worker on each database of the journey answers the same reads, byte for byte", async () => {
    expect(journey.length).toBeGreaterThan(0);
    // The seed's admin key travelled with the rows: it opens every copy.
    const key = fs.readFileSync(path.join(world.slice(6), "hearth-demo-key"), "utf8").trim();
    const servers = await Promise.all(
      [world, ...journey].map((side, i) => serveSide(side, String(i))),
    );
    try {
      const [expected, ...copies] = await Promise.all(servers.map((s) => answers(s, key)));
      expect(expected!.filter((line) => line.split(" ")[1] !== "200")).toEqual([]);
      for (const [i, copy] of copies.entries()) {
        for (const [r, line] of copy.entries()) expect(line, journey[i]).toBe(expected![r]);
      }
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });

  it("names the migrations a target lacks, and applies them only when asked", async () => {
    const target = freshLocal();
    const refused = run("transfer", "--from", world, "--to", target);
    expect(refused.stderr).toMatch(
      /Pass --migrate to apply the target's migrations\. local D1 \(.*\) has no Hearth schema/,
    );
    expect(refused.status).toBe(1);
    const migrated = run("transfer", "--from", world, "--to", target, "--migrate");
    expect(migrated.stdout).toContain(`All ${TABLES} tables match.`);
    expect(migrated.status).toBe(0);
  });

  const server = servers.find(([, url]) => url);
  it.skipIf(!server)(
    "stops before a page holding a value the server cannot store, naming the row, and writes nothing of it",
    async () => {
      const [dialect, url] = server!;
      const source = freshLocal();
      await withDb(source, (db) => db.applyMigrations());
      // D1 integers are 64-bit; Postgres and MySQL integer columns hold 32 bits.
      const feature = "01930000-0000-7000-8000-0000000e0005";
      await withDb(source, (db) =>
        db.store.orm.insert(db.store.t.features).values({
          id: feature,
          slug: "studio-max",
          name: "Studio ∞",
          category: "audio",
          basePriceCents: 3_000_000_000,
        }),
      );
      const target = await scratchDatabase("xfer", dialect, url!);
      const moved = run("transfer", "--from", source, "--to", target, "--migrate");
      expect(moved.stderr).toContain(
        `features ${feature}: base_price_cents = 3000000000 does not fit ${dialect}'s column`,
      );
      expect(moved.status).toBe(1);
      const features = tablesInDependencyOrder().find((shape) => shape.name === "features")!;
      expect(await withDb(target, (db) => db.rowCount(features))).toBe(0);
    },
  );

  const resumed = { target: "", state: "" };

  it("stops mid-transfer, refuses to write into the non-empty target, and resumes without duplicating a row", async () => {
    resumed.target = freshLocal();
    resumed.state = path.join(freshDirectory("state"), "state.json");
    const interrupted = run(
      "transfer",
      "--from",
      world,
      "--to",
      resumed.target,
      "--migrate",
      "--page-size",
      "10",
      "--state",
      resumed.state,
      "--stop-after-pages",
      "6",
    );
    expect(interrupted.stderr).toContain("Stopped after 6 pages");
    expect(interrupted.status).toBe(1);

    const refused = run("transfer", "--from", world, "--to", resumed.target);
    expect(refused.stderr).toMatch(/already holds rows: api_keys \(\d+\), collections \(\d+\)/);
    expect(refused.stderr).toContain("--resume");
    expect(refused.status).toBe(1);

    // An interruption between a page's commit and its checkpoint: the
    // checkpoint of the table in progress is lost, so its pages come again.
    const state = JSON.parse(fs.readFileSync(resumed.state, "utf8"));
    const inProgress = Object.entries(state.tables as Record<string, { done: boolean }>).find(
      ([, checkpoint]) => !checkpoint.done,
    )![0];
    delete state.tables[inProgress];
    fs.writeFileSync(resumed.state, JSON.stringify(state));

    const finished = run(
      "transfer",
      "--from",
      world,
      "--to",
      resumed.target,
      "--resume",
      "--page-size",
      "10",
      "--state",
      resumed.state,
    );
    expect(finished.stderr).toBe("");
    expect(finished.stdout).toContain(`All ${TABLES} tables match.`);
    expect(finished.status).toBe(0);
  });

  it("db:verify fails on a changed row, naming its table and id", async () => {
    await withDb(resumed.target, (db) =>
      db.store.orm
        .update(db.store.t.users)
        .set({ bio: "Line one — edited" })
        .where(eq(db.store.t.users.id, ZOE)),
    );
    const verified = run("verify", "--from", world, "--to", resumed.target);
    expect(verified.stdout).toMatch(new RegExp(`^users .*DIFFERS: ${ZOE}$`, "m"));
    expect(verified.stderr).toContain("1 table(s) differ: users");
    expect(verified.status).toBe(1);
  });

  it("exports to NDJSON files and imports them back into every database", async () => {
    const dump = path.join(freshDirectory("dump"), "backup");
    const exported = run("export", "--from", world, "--out", dump);
    expect(exported.stderr).toBe("");
    expect(exported.status).toBe(0);
    const manifest = readManifest(dump);
    expect(Object.keys(manifest.tables)).toHaveLength(TABLES);
    expect(manifest.migration).toBe(manifest.migrations.at(-1));
    const users = fs.readFileSync(path.join(dump, "users.ndjson"), "utf8").trim().split("\n");
    expect(users).toHaveLength(manifest.tables.users!.rows);
    expect(users.join("\n")).toContain("Zoë 🔥 ゾーイ 𝄞");

    const targets = [freshLocal()];
    for (const [dialect, url] of servers)
      if (url) targets.push(await scratchDatabase("xfer", dialect, url));
    for (const target of targets) {
      const imported = run("import", "--in", dump, "--to", target, "--migrate");
      expect(imported.stderr).toBe("");
      expect(imported.stdout).toContain(`All ${TABLES} tables match.`);
      expect(imported.status).toBe(0);
      const verified = run("verify", "--from", world, "--to", target);
      expect(verified.status).toBe(0);
    }

    // A damaged dump (a line lost) is refused before a row is loaded.
    const file = path.join(dump, "engagements.ndjson");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    fs.writeFileSync(file, [...lines.slice(0, 2), ...lines.slice(3)].join("\n"));
    const untouched = freshLocal();
    await withDb(untouched, (db) => db.applyMigrations());
    const damaged = run("import", "--in", dump, "--to", untouched);
    expect(damaged.stderr).toMatch(
      /engagements\.ndjson does not match its manifest \(\d+ rows, \d+ recorded/,
    );
    expect(damaged.status).toBe(1);
    expect(await withDb(untouched, (db) => db.nonEmptyTables())).toEqual([]);
  });
});
