/** Every table of the schema, keyed by its export name. The one source of truth. */
export * from "./collections";
export * from "./engagements";
export * from "./events";
export * from "./features";
export * from "./idempotency";
export * from "./identity";
export * from "./links";
export * from "./permissions";
export * from "./resources";
export * from "./search";
export * from "./teams";
export * from "./webhooks";
export * from "./workspaces";
