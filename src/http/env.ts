import type { RequestIdVariables } from "hono/request-id";
import type { Caller } from "../auth/caller";
import type { AppConfig, Bindings } from "../config";
import type { Database } from "../db/database";
import type { IfMatchCondition } from "./conditional";

/** What every handler finds on its context. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: RequestIdVariables & {
    config: AppConfig;
    db: Database;
    caller: Caller;
    /** The versions a versioned write's `If-Match` accepts (src/http/conditional.ts). */
    expectedVersions: IfMatchCondition;
    /** A versioned PUT's `If-None-Match: *`: create, never replace. */
    createOnly: boolean;
  };
}
