/**
 * Scratch databases for the data-portability tests: <name of the test
 * database>_<label> on the Postgres and MySQL servers of TEST_POSTGRES_URL /
 * TEST_MYSQL_URL, created through the servers' admin URLs as
 * `npm run test:postgres` does.
 */
import mysql from "mysql2/promise";
import pg from "pg";

/** A scratch database on the test server, dropped and created empty. */
export async function scratchDatabase(
  label: string,
  dialect: "postgres" | "mysql",
  url: string,
): Promise<string> {
  const target = new URL(url);
  const name = `${target.pathname.slice(1)}_${label}`;
  const user = decodeURIComponent(target.username);
  if (dialect === "postgres") {
    const admin = new pg.Client({
      connectionString:
        process.env.TEST_POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    });
    await admin.connect();
    try {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.query(`create database "${name}" owner "${user}"`);
    } finally {
      await admin.end();
    }
  } else {
    const admin = await mysql.createConnection(
      process.env.TEST_MYSQL_ADMIN_URL ?? "mysql://root@127.0.0.1:3306",
    );
    try {
      await admin.query(`drop database if exists \`${name}\``);
      await admin.query(`create database \`${name}\``);
      for (const host of ["%", "localhost"]) {
        await admin.query(`grant all privileges on \`${name}\`.* to '${user}'@'${host}'`);
      }
    } finally {
      await admin.end();
    }
  }
  target.pathname = `/${name}`;
  return target.toString();
}
