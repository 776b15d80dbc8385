// D1 (SQLite) migrations; applied by `wrangler d1 migrations apply`.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema/tables.ts",
  out: "./migrations",
});
