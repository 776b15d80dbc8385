import { resetMysql } from "./server-database";

export default async function setup() {
  await resetMysql(process.env.TEST_MYSQL_URL!);
}
