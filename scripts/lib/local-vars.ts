/**
 * The local secrets `wrangler dev` gives the worker, read the way wrangler
 * reads them: `.dev.vars.<env>` or `.dev.vars` when there is one, otherwise
 * the `.env` files (later ones override earlier ones). The scripts use them to
 * act on the database the worker will use.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { projectRoot } from "./paths.ts";

/** The files wrangler dev loads secrets from, in loading order (existing ones only). */
export function localVarsFiles(env?: string, root = projectRoot): string[] {
  const at = (name: string) => path.join(root, name);
  const devVars = [env && at(`.dev.vars.${env}`), at(".dev.vars")].find(
    (file): file is string => !!file && existsSync(file),
  );
  if (devVars) return [devVars];
  const dotEnv = [".env", ".env.local", ...(env ? [`.env.${env}`, `.env.${env}.local`] : [])];
  return dotEnv.map(at).filter((file) => existsSync(file));
}

export interface LocalVar {
  value: string;
  /** The file it came from, relative to the project root. */
  file: string;
}

/** A variable as wrangler dev would set it from the local files, and where it came from. */
export function localVar(name: string, env?: string, root = projectRoot): LocalVar | undefined {
  let found: LocalVar | undefined;
  for (const file of localVarsFiles(env, root)) {
    const value = parseEnv(readFileSync(file, "utf8"))[name];
    if (value !== undefined) found = { value, file: path.relative(root, file) };
  }
  return found;
}
