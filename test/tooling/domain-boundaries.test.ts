/**
 * Domains meet only at their index.ts (docs/architecture.md §2): a file under
 * src/domains/<a>/ may import another domain <b> through src/domains/<b>/index.ts
 * and nothing else of it, and the rest of src/ reaches a domain only from
 * src/app.ts (which mounts the routers) and src/package/ (what the npm package
 * exports), through index.ts too. Imports are read with TypeScript's own
 * pre-processor (static, type-only, re-exports and dynamic `import()` alike).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/paths";

/** Files outside src/domains that may import a domain (its index.ts). */
const DOMAIN_IMPORTERS = ["app.ts", "package/"];

interface Crossing {
  file: string;
  specifier: string;
  target: string;
  rule: string;
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The file a relative specifier names, as the bundler resolves it (undefined: not a source file). */
function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  return candidates.find((candidate) =>
    fs.statSync(candidate, { throwIfNoEntry: false })?.isFile(),
  );
}

/** The relative specifiers a file imports or re-exports. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((imported) => imported.fileName).filter((s) => s.startsWith("."));
}

/** Every import under `srcRoot` that crosses into a domain other than through its index.ts. */
function domainCrossings(srcRoot: string): Crossing[] {
  const domainsRoot = path.join(srcRoot, "domains");
  const rel = (file: string) =>
    path.relative(path.dirname(srcRoot), file).split(path.sep).join("/");
  /** The domain a file of src/ belongs to (undefined: outside src/domains). */
  const domainOf = (file: string) => {
    const inside = path.relative(domainsRoot, file);
    return inside.startsWith("..") || !inside.includes(path.sep)
      ? undefined
      : inside.split(path.sep)[0];
  };
  const crossings: Crossing[] = [];
  for (const file of sourceFiles(srcRoot)) {
    const own = domainOf(file);
    const fromSrc = path.relative(srcRoot, file).split(path.sep).join("/");
    for (const specifier of importsOf(file)) {
      const target = resolve(file, specifier);
      const other = target && domainOf(target);
      if (!target || other === undefined || other === own) continue;
      const index = path.join(domainsRoot, other, "index.ts");
      const crossing = { file: rel(file), specifier, target: rel(target) };
      if (own !== undefined && target !== index) {
        crossings.push({
          ...crossing,
          rule: `domain ${own} may import domain ${other} only through ${rel(index)}`,
        });
      } else if (own === undefined && !DOMAIN_IMPORTERS.some((p) => fromSrc.startsWith(p))) {
        crossings.push({
          ...crossing,
          rule: `outside src/domains only ${DOMAIN_IMPORTERS.map((p) => `src/${p}`).join(" and ")} import a domain`,
        });
      } else if (own === undefined && target !== index) {
        crossings.push({
          ...crossing,
          rule: `${rel(file)} may import domain ${other} only through ${rel(index)}`,
        });
      }
    }
  }
  return crossings;
}

/** One line per crossing: the file, the import, what it reaches, and the rule it breaks. */
const report = (crossings: Crossing[]) =>
  crossings.map(
    ({ file, specifier, target, rule }) => `${file} imports ${specifier} (${target}): ${rule}`,
  );

describe("domain boundaries", () => {
  it("no file imports into another domain except through its index.ts", () => {
    const crossings = report(domainCrossings(path.join(projectRoot, "src")));
    expect(crossings, "imports into another domain past its index.ts").toEqual([]);
  });

  describe("the rule itself, on a small tree", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-boundaries-"));
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write("src/domains/b/index.ts", 'export { b } from "./b.queries";\n');
    write("src/domains/b/b.queries.ts", "export const b = 1;\n");
    write("src/domains/b/b.handlers.ts", 'import { b } from "./b.queries";\nexport const h = b;\n');
    write(
      "src/domains/a/a.handlers.ts",
      [
        'import { b } from "../b";',
        'import type { b as c } from "../b/index";',
        'export { b as d } from "../b/index.ts";',
        'import { h } from "../b/b.handlers";',
        'export type { b as e } from "../b/b.queries";',
        'const later = () => import("../b/b.queries.ts");',
        "export const a = [b, h, later];",
      ].join("\n"),
    );
    write("src/app.ts", 'import { b } from "./domains/b";\nexport const app = b;\n');
    write("src/http/core.ts", 'import { b } from "../domains/b";\nexport const core = b;\n');
    write("src/package/app.ts", 'export { h } from "../domains/b/b.handlers";\n');

    it("lets imports through index.ts and within a domain pass, and names each deep one with its rule", () => {
      expect(report(domainCrossings(path.join(root, "src"))).sort()).toEqual([
        "src/domains/a/a.handlers.ts imports ../b/b.handlers (src/domains/b/b.handlers.ts): domain a may import domain b only through src/domains/b/index.ts",
        "src/domains/a/a.handlers.ts imports ../b/b.queries (src/domains/b/b.queries.ts): domain a may import domain b only through src/domains/b/index.ts",
        "src/domains/a/a.handlers.ts imports ../b/b.queries.ts (src/domains/b/b.queries.ts): domain a may import domain b only through src/domains/b/index.ts",
        "src/http/core.ts imports ../domains/b (src/domains/b/index.ts): outside src/domains only src/app.ts and src/package/ import a domain",
        "src/package/app.ts imports ../domains/b/b.handlers (src/domains/b/b.handlers.ts): src/package/app.ts may import domain b only through src/domains/b/index.ts",
      ]);
    });
  });
});
