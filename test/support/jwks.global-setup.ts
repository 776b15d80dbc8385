/**
 * Serves JSON Web Key Sets on loopback for the JWKS tests, and hands the
 * matching private key to them (Vitest `provide`/`inject`).
 *
 * `/jwks.json` is a fixed set. A test that rotates keys makes its own set, so
 * files running side by side never see each other's keys:
 * - `POST /sets` → `{ jwksUrl, privateKey, rotateUrl, fetchesUrl }`, a new set with one key;
 * - `POST <rotateUrl>` → `{ privateKey }`: the set now publishes only a new key
 *   (new `kid`), as an identity provider does when it rotates;
 * - `GET <fetchesUrl>` → `{ fetches }`: how often the set's JWKS was fetched.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    jwksUrl: string;
    jwksPrivateKey: JsonWebKey;
  }
}

interface SigningKey {
  publicJwk: JsonWebKey & { kid: string };
  privateJwk: JsonWebKey & { kid: string };
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { publicKey, privateKey } = (await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair;
  return {
    publicJwk: {
      ...((await crypto.subtle.exportKey("jwk", publicKey)) as JsonWebKey),
      kid,
      alg: "RS256",
      use: "sig",
    },
    privateJwk: { ...((await crypto.subtle.exportKey("jwk", privateKey)) as JsonWebKey), kid },
  };
}

interface KeySet {
  key: SigningKey;
  generation: number;
  fetches: number;
}

export default async function setup(project: TestProject) {
  const fixed = await signingKey("test-key");
  const sets = new Map<string, KeySet>();
  let origin = "";

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = request.url ?? "";
    if (url === "/jwks.json") return send(response, 200, { keys: [fixed.publicJwk] });
    if (request.method === "POST" && url === "/sets") {
      const id = crypto.randomUUID();
      const set: KeySet = { key: await signingKey(`${id}-0`), generation: 0, fetches: 0 };
      sets.set(id, set);
      return send(response, 201, {
        jwksUrl: `${origin}/sets/${id}/jwks.json`,
        rotateUrl: `${origin}/sets/${id}/rotate`,
        fetchesUrl: `${origin}/sets/${id}/fetches`,
        privateKey: set.key.privateJwk,
      });
    }
    const [, prefix, id, action] = url.split("/");
    const set = prefix === "sets" && id ? sets.get(id) : undefined;
    if (!set) return send(response, 404, {});
    if (action === "jwks.json") {
      set.fetches += 1;
      return send(response, 200, { keys: [set.key.publicJwk] });
    }
    if (action === "rotate" && request.method === "POST") {
      set.generation += 1;
      set.key = await signingKey(`${id}-${set.generation}`);
      return send(response, 200, { privateKey: set.key.privateJwk });
    }
    if (action === "fetches") return send(response, 200, { fetches: set.fetches });
    return send(response, 404, {});
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error) => send(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  project.provide("jwksUrl", `${origin}/jwks.json`);
  project.provide("jwksPrivateKey", fixed.privateJwk);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
