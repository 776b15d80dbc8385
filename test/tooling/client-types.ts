/**
 * Type test (checked by `npm run typecheck`, nothing to run): the generated
 * client's types say what the server's Zod contracts say. A route whose
 * response shape changes while src/client/openapi.ts stays as it was fails to
 * compile here; `npm run client:generate` brings the client along (and
 * client-sync.test.ts fails until it is committed).
 */
import type { z } from "@hono/zod-openapi";
import type { paths, Schemas } from "../../src/client";
import type { User } from "../../src/domains/identity";
import type { Resource } from "../../src/domains/resources/resources.shapes";
import type { ErrorEnvelope, ListMeta } from "../../src/http/envelopes";

/** True when each type is assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(verdict: Same<A, B>) => verdict;

type Json<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends {
  responses: { [K in S]: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

type Data<Body> = Body extends { data: infer Item } ? Item : never;

export const clientMatchesServer = [
  same<Schemas["Resource"], z.output<typeof Resource>>(true),
  same<Data<Json<"/v1/resources/{id}", "get", 200>>, z.output<typeof Resource>>(true),
  same<Data<Json<"/v1/resources", "get", 200>>[number], z.output<typeof Resource>>(true),
  same<Schemas["User"], z.output<typeof User>>(true),
  same<Schemas["Me"]["user"], z.output<typeof User> | null>(true),
  same<Schemas["Error"], z.output<typeof ErrorEnvelope>>(true),
  same<Schemas["ListMeta"], z.output<typeof ListMeta>>(true),
  same<Json<"/v1/resources/{id}", "get", 404>, z.output<typeof ErrorEnvelope>>(true),
];
