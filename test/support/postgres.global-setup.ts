import { resetPostgres } from "./server-database";

export default async function setup() {
  await resetPostgres(process.env.TEST_POSTGRES_URL!);
}
