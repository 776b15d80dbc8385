import type { TestProject } from "vitest/node";
import { startPipeliningRefusingProxy } from "./pipelining-refusing-proxy";
import { resetPostgres } from "./server-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** TEST_POSTGRES_URL through a proxy that refuses pipelining. */
    pipeliningRefusingPostgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await resetPostgres(process.env.TEST_POSTGRES_URL!);
  const proxy = await startPipeliningRefusingProxy(process.env.TEST_POSTGRES_URL!);
  project.provide("pipeliningRefusingPostgresUrl", proxy.url);
  return () => proxy.close();
}
