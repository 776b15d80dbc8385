/**
 * Builds the npm package's `dist/` (package.json `exports`): one ES module per
 * entry point, bundled with esbuild (the one wrangler ships) with the modules
 * they share split into chunks and every dependency left as an import, so a
 * consumer's bundler can drop what it does not use; and TypeScript declarations
 * beside them, from tsc. The same sources give the same files.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { projectRoot } from "./paths";

export const PACKAGE_DIST = path.join(projectRoot, "dist");

/** Entry points by the name of their output (`dist/<name>.js`): the package's `exports`. */
const ENTRY_POINTS = {
  schema: "src/package/schema.ts",
  "schema/postgres": "src/package/schema-postgres.ts",
  "schema/mysql": "src/package/schema-mysql.ts",
  db: "src/package/db.ts",
  client: "src/client/index.ts",
  app: "src/package/app.ts",
};

export async function buildPackage(): Promise<string[]> {
  await rm(PACKAGE_DIST, { recursive: true, force: true });
  await build({
    absWorkingDir: projectRoot,
    entryPoints: Object.entries(ENTRY_POINTS).map(([out, entry]) => ({ in: entry, out })),
    outdir: PACKAGE_DIST,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    packages: "external",
    chunkNames: "chunks/[name]-[hash]",
    logLevel: "warning",
  });
  execFileSync(
    path.join(projectRoot, "node_modules", ".bin", "tsc"),
    ["-p", path.join(projectRoot, "tsconfig.package.json")],
    { cwd: projectRoot, stdio: "inherit" },
  );
  await addDeclarationExtensions(path.join(PACKAGE_DIST, "types"));
  const entries = await readdir(PACKAGE_DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const RELATIVE_SPECIFIER = /((?:from|import)\s*\(?\s*")(\.\.?\/[^"]*)(")/g;

/**
 * tsc keeps the sources' extensionless relative imports; Node-style resolution
 * (`moduleResolution: "node16"`) needs the file named, so each becomes `./x.js`
 * or `./x/index.js`, whichever declaration exists.
 */
async function addDeclarationExtensions(typesDir: string): Promise<void> {
  const files = (await readdir(typesDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith(".d.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const file of files) {
    const text = await readFile(file, "utf8");
    const rewritten = text.replace(RELATIVE_SPECIFIER, (whole, before, specifier, after) => {
      const base = path.resolve(path.dirname(file), specifier);
      if (existsSync(`${base}.d.ts`)) return `${before}${specifier}.js${after}`;
      if (existsSync(path.join(base, "index.d.ts")))
        return `${before}${specifier}/index.js${after}`;
      return whole;
    });
    if (rewritten !== text) await writeFile(file, rewritten);
  }
}
