/**
 * Every operation of the OpenAPI document the app serves, and requests to
 * drive them with: malformed ones (bad path values, query strings, bodies)
 * and real ones (existing ids in the path, bodies made from the documented
 * schema), shared by the suites that call every operation.
 */
import { createApp } from "../../../src/app";

export type Schema = Record<string, any>;

export interface Operation {
  method: string;
  /** The documented path, with `{params}`. */
  path: string;
  spec: Record<string, any>;
}

export const openApiDocument = createApp().getOpenAPI31Document({
  openapi: "3.1.0",
  info: { title: "Hearth", version: "1" },
});

export const operations: Operation[] = Object.entries(openApiDocument.paths ?? {}).flatMap(
  ([path, item]) =>
    Object.entries(item as Record<string, Schema>).map(([method, spec]) => ({
      method: method.toUpperCase(),
      path,
      spec,
    })),
);

export const hasBody = (operation: Operation) => operation.spec.requestBody !== undefined;

/** The media type an operation's body is documented in (JSON, or e.g. NDJSON) and its schema. */
export const bodyContent = (operation: Operation): { type: string; schema: Schema } => {
  const [type, media] = Object.entries(
    operation.spec.requestBody.content as Record<string, Schema>,
  )[0]!;
  return { type, schema: media.schema };
};

/** The statuses an operation documents. */
export const documentedStatuses = (operation: Operation) =>
  new Set(Object.keys(operation.spec.responses ?? {}).map(Number));

/** The path with each `{param}` replaced by `value(param)`, URL-encoded. */
export const fillPath = (operation: Operation, value: (param: string) => string) =>
  operation.path.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(value(param)));

/** Malformed inputs: path values, bodies and query strings no client should send. */
export const malformedPathValues = [
  "not-a-uuid",
  crypto.randomUUID(),
  "%00",
  "..",
  "a".repeat(300),
];
export const malformedBodies = [
  "",
  "null",
  "[]",
  '"text"',
  "{}",
  '{"id":1,"name":{"nested":[1,2,3]},"slug":"A B","scopes":"admin","value":"maybe"}',
  JSON.stringify({
    name: "x".repeat(10_000),
    title: 7,
    type: "nope",
    status: "SOMETIMES",
    ids: ["x"],
  }),
  '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}',
];
export const malformedQueries = [
  "?limit=-1",
  "?limit=abc&cursor=%%%",
  "?sort=__proto__&count=maybe",
  "?include=everything&type=",
  "?created_at_from=yesterday",
  "?=false",
  "?limit=0x10",
];

const resolve = (schema: Schema): Schema => {
  if (schema.$ref) {
    const name = String(schema.$ref).split("/").pop()!;
    return resolve(openApiDocument.components!.schemas![name] as Schema);
  }
  if (schema.allOf) return resolve({ ...Object.assign({}, ...schema.allOf.map(resolve)) });
  return schema;
};

/**
 * A value the schema describes, as a client reading only the document would
 * write it: the first enum member, ids from `ids` by property name, unique
 * text each call. Whether the server accepts it is what the callers find out.
 */
export function exampleOf(input: Schema, ids: (name: string) => string, name = ""): unknown {
  const schema = resolve(input);
  if (schema.anyOf || schema.oneOf) {
    const branches = (schema.anyOf ?? schema.oneOf) as Schema[];
    return exampleOf(branches.find((b) => resolve(b).type !== "null") ?? branches[0]!, ids, name);
  }
  const type = Array.isArray(schema.type)
    ? schema.type.find((t: string) => t !== "null")
    : schema.type;
  if (schema.enum) return schema.enum[0];
  switch (type) {
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      return Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, exampleOf(value, ids, key)]),
      );
    }
    case "array": {
      const count = Math.max(1, schema.minItems ?? 1);
      const items = Array.from({ length: count }, () => exampleOf(schema.items ?? {}, ids, name));
      return schema.items?.format === "uuid" ? [...new Set(items)] : items;
    }
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    default: {
      if (schema.format === "uuid") return ids(name);
      if (schema.format === "uri") return "https://example.com/ü/页";
      if (schema.format === "email") return `${crypto.randomUUID().slice(0, 8)}@example.com`;
      if (schema.format === "date-time") return new Date(Date.now() + 86_400_000).toISOString();
      if (name === "email") return `${crypto.randomUUID().slice(0, 8)}@example.com`;
      const unique = crypto.randomUUID().slice(0, 8);
      if (schema.pattern) return `s-${unique}`;
      const text = `Café 🎉 ${unique}`;
      return text.slice(0, schema.maxLength ?? text.length);
    }
  }
}

/** The rows a walk over every operation names in its paths and bodies. */
export interface OperationWorld {
  person: { id: string };
  organization: { id: string };
  workspace: { id: string };
  resource: { id: string };
  team: { id: string };
  feature?: { id: string };
}

/** Rows made under their parent but read and changed at the top level. */
const CREATED_AT: Record<string, string> = {
  "/v1/links": "/v1/workspaces/{id}/links",
  "/v1/subscriptions": "/v1/users/{id}/subscriptions",
};

/**
 * Values for a walk over every operation: a path parameter is the id that
 * creating at its parent path made (the walk notes it in `created`), else the
 * world's row of that collection, else an unknown id; body ids by field name.
 */
export function operationValues(world: OperationWorld) {
  const created = new Map<string, string>();
  const fixtures: Record<string, string> = {
    users: world.person.id,
    workspaces: world.workspace.id,
    resources: world.resource.id,
    teams: world.team.id,
    organizations: world.organization.id,
  };
  const pathValue = (operation: Operation) => (param: string) => {
    if (param === "cycle") return "monthly";
    if (param === "table") return "features";
    if (param === "userId") return world.person.id;
    if (param === "featureId" && world.feature) return world.feature.id;
    const prefix = operation.path.slice(0, operation.path.indexOf(`{${param}}`) - 1);
    const createdAt = CREATED_AT[prefix] ?? prefix;
    return created.get(createdAt) ?? fixtures[prefix.split("/").pop()!] ?? crypto.randomUUID();
  };
  const bodyIds = (name: string) =>
    name.includes("workspace")
      ? world.workspace.id
      : name.includes("organization")
        ? world.organization.id
        : name.includes("user") || name === "id"
          ? world.person.id
          : world.resource.id;
  return { created, pathValue, bodyIds };
}

/** Deletions of rows whose deletion cascades to others: walked last. */
const CASCADING = /^\/v1\/(workspaces|resources|users|teams|collections|features)\/\{id\}$/;
const METHOD_ORDER: Record<string, number> = { GET: 0, POST: 1, PUT: 2, PATCH: 3, DELETE: 4 };

/**
 * The order of a walk: reads, then writes (which create the ids later paths
 * use), deletions after, and last of all the deletions that cascade.
 */
export const inWalkOrder = (operations: Operation[]) => {
  const rank = (operation: Operation) =>
    METHOD_ORDER[operation.method]! + (CASCADING.test(operation.path) ? 1 : 0);
  return [...operations].sort((a, b) => rank(a) - rank(b));
};
