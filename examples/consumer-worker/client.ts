/**
 * Hearth's typed client against a running Hearth (`npm run dev` in the Hearth
 * checkout): reads its health, creates a resource as the API key's user, then
 * pages through every listed resource, following next_cursor.
 *
 *   HEARTH_API_KEY=hk_… npm run client        (HEARTH_URL defaults to http://localhost:8787)
 */
import {
  createHearthClient,
  type ErrorEnvelope,
  HearthError,
  listAll,
  type Schemas,
} from "@hearth-data/hearth/client";

const token = process.env.HEARTH_API_KEY;
if (!token) throw new Error("Set HEARTH_API_KEY to an API key (npm run dev prints a demo key)");
const client = createHearthClient({
  baseUrl: process.env.HEARTH_URL ?? "http://localhost:8787",
  token,
});

// A 503 (the database does not answer) has the body of a 200; other failures, the envelope.
const health = await client.GET("/v1/health");
const answer = health.data ?? health.error;
if ("error" in answer) throw new HearthError(health.response.status, answer);
console.log(`health: ${answer.data.status} on ${answer.data.database.dialect}`);

const created = await client.POST("/v1/resources", {
  body: {
    type: "post",
    title: process.env.HEARTH_TITLE ?? "Crème brûlée 🍮 を作る — from the typed client",
    post: { body: "Written through @hearth-data/hearth/client." },
  },
});
if (created.error) {
  const envelope: ErrorEnvelope = created.error;
  throw new HearthError(created.response.status, envelope);
}
const resource: Schemas["Resource"] = created.data.data;
console.log(`created: ${resource.id} ${resource.title}`);

let count = 0;
for await (const listed of listAll(client, "/v1/resources", {
  params: { query: { limit: 5, sort: "-created_at" } },
})) {
  count += 1;
  if (listed.id === resource.id) console.log(`listed: ${listed.id} ${listed.title}`);
}
console.log(`resources: ${count}`);
