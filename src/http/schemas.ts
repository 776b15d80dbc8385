/** Zod building blocks shared by the route contracts. */
import { z } from "@hono/zod-openapi";

export const Id = z.uuid().openapi({ example: "01936f1e-7b7c-7d3a-9f4e-2b1c3d4e5f60" });
/** A timestamp the API answers: always UTC (`Z`). */
export const Timestamp = z.iso.datetime().openapi({ example: "2026-11-22T10:00:00.000Z" });
/** A timestamp a client sends: RFC 3339 `date-time`, with `Z` or any offset (`+01:00`). */
export const TimestampInput = z.iso
  .datetime({ offset: true })
  .openapi({ example: "2026-11-22T11:00:00+01:00" });
export const Slug = z
  .string()
  .min(2)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase letters, digits and single hyphens");
/**
 * Text a client types: surrounding whitespace is trimmed first, and the length
 * limits apply to what is left (what is stored), on creation and update alike.
 */
export const TrimmedText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .openapi({
      description: `Surrounding whitespace is trimmed; 1 to ${max} characters remain`,
    });
export const Url = z.url({ protocol: /^https?$/ }).max(2048);
export const Theme = z.record(z.string().max(64), z.string().max(256)).openapi("Theme");
type ThemeValue = z.infer<typeof Theme>;

/**
 * A stored theme as the API answers it: keys in one order on every database
 * (Postgres jsonb reorders an object's keys; D1 and MariaDB keep them as sent).
 */
export const answeredTheme = (theme: ThemeValue | null): ThemeValue | null =>
  theme && Object.fromEntries(Object.entries(theme).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * A named schema, or null. `.nullable()` on a schema registered with
 * `.openapi("Name")` makes the shared component itself nullable in the OpenAPI
 * document, for every use; a union says null only where it is allowed.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

/** `{id}` in the path. */
export const IdParams = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });

/** A query string that takes no parameters (so unknown ones are refused). */
export const NoQuery = z.strictObject({});

export const iso = (date: Date) => date.toISOString();
export const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
