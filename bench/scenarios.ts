/**
 * What the benchmark measures: the runtime floor and six Hearth requests,
 * each built afresh per request so reads spread over many rows.
 */
import { type BenchHandles, RARE_WORD } from "./dataset";

/** The bare routes of bench/worker.ts. */
export const FLOOR_PATH = "/bench/floor";
export const D1_FLOOR_PATH = "/bench/d1-floor";

export interface BenchRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export type ScenarioKind =
  | "floor"
  | "reference"
  | "single-row read"
  | "list page"
  | "search page"
  | "read"
  | "write";

export interface Scenario {
  name: string;
  description: string;
  kind: ScenarioKind;
  /** Only meaningful where the worker runs on D1. */
  d1Only?: boolean;
  /** The n-th request of the scenario. */
  request(handles: BenchHandles, n: number): BenchRequest;
}

/** The limit of every list scenario. */
export const PAGE = 20;
const bearer = (handles: BenchHandles) => ({ authorization: `Bearer ${handles.memberKey}` });
const nth = (ids: string[], n: number) => ids[(n * 7919) % ids.length]!;

export const SCENARIOS: Scenario[] = [
  {
    name: "floor",
    description: "bare Hono route returning a constant",
    kind: "floor",
    request: () => ({ method: "GET", path: FLOOR_PATH }),
  },
  {
    name: "d1-floor",
    description: "bare Hono route reading one resource by id with one D1 statement",
    kind: "reference",
    d1Only: true,
    request: (handles, n) => ({
      method: "GET",
      path: `${D1_FLOOR_PATH}/${nth(handles.publicResourceIds, n)}`,
    }),
  },
  {
    name: "get-resource",
    description: "GET /v1/resources/{id} (guest)",
    kind: "single-row read",
    request: (handles, n) => ({
      method: "GET",
      path: `/v1/resources/${nth(handles.publicResourceIds, n)}`,
    }),
  },
  {
    name: "guest-list",
    description: `GET /v1/resources?limit=${PAGE} (guest)`,
    kind: "list page",
    request: () => ({ method: "GET", path: `/v1/resources?limit=${PAGE}` }),
  },
  {
    name: "member-list",
    description: `GET /v1/resources?limit=${PAGE} (API key, filtered by permission rows)`,
    kind: "list page",
    request: (handles) => ({
      method: "GET",
      path: `/v1/resources?limit=${PAGE}`,
      headers: bearer(handles),
    }),
  },
  ...(
    [
      ["search-common", "hearth", "a word in about two resources in three"],
      ["search-rare", RARE_WORD, "a word in one resource"],
      ["search-prefix", "lant", "the start of a common word"],
      ["search-none", "quasar", "a word in no resource"],
    ] as const
  ).map(
    ([name, q, what]): Scenario => ({
      name,
      description: `GET /v1/resources?q=${q}&limit=${PAGE} (guest; ${what})`,
      kind: "search page",
      request: () => ({ method: "GET", path: `/v1/resources?q=${q}&limit=${PAGE}` }),
    }),
  ),
  {
    name: "nested-collection",
    description: `GET /v1/collections/{id}/items?limit=${PAGE} (three levels deep, guest)`,
    kind: "list page",
    request: (handles) => ({
      method: "GET",
      path: `/v1/collections/${handles.nestedCollectionId}/items?limit=${PAGE}`,
    }),
  },
  {
    name: "resource-include",
    description: "GET /v1/resources/{id}?include=post,authors,links,counts (guest)",
    kind: "read",
    request: (handles, n) => ({
      method: "GET",
      path: `/v1/resources/${nth(handles.publicResourceIds, n)}?include=post,authors,links,counts`,
    }),
  },
  {
    name: "create-engagement",
    description: "POST /v1/engagements, a comment (API key)",
    kind: "write",
    request: (handles, n) => ({
      method: "POST",
      path: "/v1/engagements",
      headers: { ...bearer(handles), "content-type": "application/json" },
      body: JSON.stringify({
        action: "comment",
        object: { type: "resource", id: nth(handles.publicResourceIds, n) },
        text: `Benchmark comment ${n}`,
      }),
    }),
  },
];
