/**
 * `npm run test:postgres` / `npm run test:mysql`: the worker suite against a
 * real server. Uses TEST_POSTGRES_URL / TEST_MYSQL_URL when set; otherwise a
 * dedicated `hearth_test` database and `hearth` user (with a password, as
 * Hyperdrive's local connection strings require) on the local server, created
 * on first use through the admin URL (TEST_*_ADMIN_URL, default: local superuser).
 */
import { spawnSync } from "node:child_process";
import mysql from "mysql2/promise";
import pg from "pg";
import { exitWithUsageOnHelp } from "./lib/args";

const DEFAULTS = {
  postgres: {
    variable: "TEST_POSTGRES_URL",
    url: "postgres://hearth:hearth@127.0.0.1:5432/hearth_test",
    admin: process.env.TEST_POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  },
  mysql: {
    variable: "TEST_MYSQL_URL",
    url: "mysql://hearth:hearth@127.0.0.1:3306/hearth_test",
    admin: process.env.TEST_MYSQL_ADMIN_URL ?? "mysql://root@127.0.0.1:3306",
  },
} as const;

type Dialect = keyof typeof DEFAULTS;

async function provisionPostgres(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const role = await client.query("select 1 from pg_roles where rolname = 'hearth'");
    if (role.rowCount === 0) await client.query("create role hearth login password 'hearth'");
    const db = await client.query("select 1 from pg_database where datname = 'hearth_test'");
    if (db.rowCount === 0) await client.query("create database hearth_test owner hearth");
  } finally {
    await client.end();
  }
}

async function provisionMysql(adminUrl: string) {
  const connection = await mysql.createConnection(adminUrl);
  try {
    await connection.query("create database if not exists hearth_test");
    for (const host of ["%", "localhost"]) {
      await connection.query(`create user if not exists 'hearth'@'${host}' identified by 'hearth'`);
      await connection.query(`grant all privileges on hearth_test.* to 'hearth'@'${host}'`);
    }
  } finally {
    await connection.end();
  }
}

const USAGE = `Usage: npm run test:postgres [-- <vitest arguments>]
       npm run test:mysql [-- <vitest arguments>]

Runs the worker suite (twice: batching statements, and with
DATABASE_BATCHING=sequential) and the e2e tests against a real server: the database
in TEST_POSTGRES_URL / TEST_MYSQL_URL, else a hearth_test database (user
hearth, password hearth) on the local server, created on first use through
TEST_POSTGRES_ADMIN_URL / TEST_MYSQL_ADMIN_URL (default: the local superuser).
.dev.vars and DATABASE_URL are never used. Other arguments go to vitest, e.g.
a test file.`;

async function main() {
  exitWithUsageOnHelp(process.argv.slice(3), USAGE);
  const dialect = process.argv[2] as Dialect;
  const defaults = DEFAULTS[dialect];
  if (!defaults) throw new Error("usage: test-dialect.ts postgres|mysql [vitest args…]");
  const url = process.env[defaults.variable];
  if (!url) {
    await (dialect === "postgres" ? provisionPostgres : provisionMysql)(defaults.admin);
  }
  const result = spawnSync(
    "npx",
    [
      "vitest",
      "run",
      "--project",
      `worker-${dialect}`,
      "--project",
      `worker-${dialect}-sequential`,
      "--project",
      "e2e",
      ...process.argv.slice(3),
    ],
    { stdio: "inherit", env: { ...process.env, [defaults.variable]: url ?? defaults.url } },
  );
  process.exit(result.status ?? 1);
}

await main();
