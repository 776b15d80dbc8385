import { createMiddleware } from "hono/factory";
import { loadConfig } from "../../config";
import type { AppEnv } from "../env";

export const config = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set("config", loadConfig(c.env));
    await next();
  });
