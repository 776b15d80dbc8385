/**
 * The database scripts (npm run dev, db:seed, keys:create, db:migrate:url) act
 * on the database the worker will use: DATABASE_URL from the shell, else from
 * .dev.vars (or .env, as wrangler reads them), else local D1.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { targetFromFlags } from "../../scripts/lib/target";

const POSTGRES = "postgres://zoë:pässwörd@127.0.0.1:5432/創作者_dev";
const MYSQL = "mysql://hearth:hearth@127.0.0.1:3306/hearth_ünïcode";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "hearth-target-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(path.join(root, name), text);

describe("the target of a database script", () => {
  it("is DATABASE_URL from .dev.vars when the shell has none", () => {
    write(
      ".dev.vars",
      `JWT_SECRET="🔥 a secret of thirty-two characters"\nDATABASE_URL="${POSTGRES}"\n`,
    );
    expect(targetFromFlags({}, {}, root)).toEqual({
      kind: "url",
      url: POSTGRES,
      source: ".dev.vars",
    });
  });

  it("is the shell's DATABASE_URL before the file's", () => {
    write(".dev.vars", `DATABASE_URL=${POSTGRES}\n`);
    expect(targetFromFlags({}, { DATABASE_URL: MYSQL }, root)).toEqual({
      kind: "url",
      url: MYSQL,
      source: "the shell",
    });
  });

  it("reads .dev.vars.<env> for --env, and .env files when there is no .dev.vars", () => {
    write(".dev.vars.staging", `DATABASE_URL=${MYSQL}\n`);
    expect(targetFromFlags({ env: "staging" }, {}, root)).toMatchObject({
      url: MYSQL,
      source: ".dev.vars.staging",
    });
    write(".env", `DATABASE_URL=${MYSQL}\n`);
    write(".env.local", `DATABASE_URL=${POSTGRES}\n`);
    expect(targetFromFlags({}, {}, root)).toMatchObject({ url: POSTGRES, source: ".env.local" });
  });

  it("is local D1 with --local, or when nothing sets DATABASE_URL", () => {
    expect(targetFromFlags({}, {}, root)).toEqual({
      kind: "d1",
      location: { remote: false, env: undefined, persistTo: undefined },
    });
    write(".dev.vars", `DATABASE_URL=${POSTGRES}\n`);
    expect(targetFromFlags({ local: true }, { DATABASE_URL: MYSQL }, root)).toMatchObject({
      kind: "d1",
    });
    expect(targetFromFlags({ remote: true }, {}, root)).toMatchObject({
      kind: "d1",
      location: { remote: true, env: "production" },
    });
  });
});
