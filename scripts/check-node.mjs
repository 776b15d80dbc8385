// Runs first in every npm script that needs Node 22 (wrangler, vitest, the
// scripts), so an older Node gets one clear line instead of wrangler's error
// followed by misleading ones. Plain JavaScript: any Node can run it.
const REQUIRED_MAJOR = 22;
const major = Number(process.versions.node.split(".")[0]);
if (major < REQUIRED_MAJOR) {
  console.error(
    `error: Hearth needs Node.js ${REQUIRED_MAJOR} or newer, and this is Node.js ${process.versions.node}: run \`nvm use\` (it reads .nvmrc) or install Node.js ${REQUIRED_MAJOR}.`,
  );
  process.exit(1);
}
