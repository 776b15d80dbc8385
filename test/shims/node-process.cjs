// CommonJS stand-in for `require("node:process")` inside the Vitest plugin
// runtime, where workerd's CJS require cannot resolve it (see vitest.config.ts).
// With nodejs_compat the global `process` is workerd's own node:process object.
module.exports = globalThis.process;
