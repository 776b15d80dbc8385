/**
 * A second worker on Hearth's database: Hearth's tables and row types from
 * @hearth-data/hearth/schema, and the database Hearth itself opens per request
 * from @hearth-data/hearth/db (D1 here; DATABASE_URL or HYPERDRIVE would point
 * both workers at Postgres or MySQL instead).
 *
 *   GET /resources?title=<text>   the newest listed resources, with their owners' names
 */
import { openDatabase } from "@hearth-data/hearth/db";
import { type Resource, resources, type User, users } from "@hearth-data/hearth/schema";
import { and, desc, eq, like } from "drizzle-orm";

type Listed = Pick<Resource, "id" | "type" | "title" | "createdAt"> & {
  owner: User["displayName"] | null;
};

export default {
  async fetch(request, env, ctx): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== "/resources") return new Response("Not found", { status: 404 });
    const db = openDatabase(env);
    try {
      const title = url.searchParams.get("title");
      const rows: Listed[] = await db.orm
        .select({
          id: resources.id,
          type: resources.type,
          title: resources.title,
          createdAt: resources.createdAt,
          owner: users.displayName,
        })
        .from(resources)
        .leftJoin(users, and(eq(resources.ownerType, "user"), eq(resources.ownerId, users.id)))
        .where(
          and(
            eq(resources.status, "LISTED"),
            title ? like(resources.title, `%${title}%`) : undefined,
          ),
        )
        .orderBy(desc(resources.id))
        .limit(10);
      return Response.json({ dialect: db.dialect, resources: rows });
    } finally {
      ctx.waitUntil(db.close());
    }
  },
} satisfies ExportedHandler<Env>;
