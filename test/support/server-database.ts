/**
 * Brings a shared Postgres/MySQL test database to a clean, fully migrated state
 * once per run, through the same migration code as `npm run db:migrate:url`.
 */
import mysql from "mysql2/promise";
import pg from "pg";
import { migrateUrl } from "../../scripts/lib/url-database";

export async function resetPostgres(url: string) {
  await emptyPostgres(url);
  await migrateUrl(url);
}

/** No tables and no migrations recorded. */
export async function emptyPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("drop schema if exists drizzle cascade");
    await client.query("drop schema public cascade");
    await client.query("create schema public");
  } finally {
    await client.end();
  }
}

export async function resetMysql(url: string) {
  await emptyMysql(url);
  await migrateUrl(url);
}

/** No tables and no migrations recorded. */
export async function emptyMysql(url: string) {
  const connection = await mysql.createConnection(url);
  try {
    const database = new URL(url).pathname.slice(1);
    await connection.query(`drop database if exists \`${database}\``);
    await connection.query(`create database \`${database}\``);
  } finally {
    await connection.end();
  }
}
