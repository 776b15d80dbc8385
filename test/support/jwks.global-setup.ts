/**
 * Serves a JSON Web Key Set on loopback for the JWKS tests, and hands the
 * matching private key to them (Vitest `provide`/`inject`).
 */
import { createServer } from "node:http";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    jwksUrl: string;
    jwksPrivateKey: JsonWebKey;
  }
}

export default async function setup(project: TestProject) {
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
  const jwk = {
    ...(await crypto.subtle.exportKey("jwk", publicKey)),
    kid: "test-key",
    alg: "RS256",
    use: "sig",
  };
  const body = JSON.stringify({ keys: [jwk] });
  const server = createServer((request, response) => {
    response.writeHead(request.url === "/jwks.json" ? 200 : 404, {
      "content-type": "application/json",
    });
    response.end(request.url === "/jwks.json" ? body : "{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  project.provide("jwksUrl", `http://127.0.0.1:${port}/jwks.json`);
  const privateJwk = (await crypto.subtle.exportKey("jwk", privateKey)) as JsonWebKey;
  project.provide("jwksPrivateKey", { ...privateJwk, kid: "test-key" } as JsonWebKey);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
