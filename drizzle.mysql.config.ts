// MySQL/MariaDB migrations, from the tables derived in src/db/schema/mysql.ts.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "mysql",
  schema: "./src/db/schema/mysql.ts",
  out: "./migrations/mysql",
});
