/**
 * The API's errors. Anything thrown as an ApiError reaches the client as the
 * error envelope with its status; anything else becomes a 500 without details.
 * `errorChain` reads any error with its causes (the scripts print them; a
 * driver's reason is a cause of Drizzle's error).
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const ERROR_CODES = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  412: "precondition_failed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "validation_failed",
  428: "precondition_required",
  429: "rate_limited",
  500: "internal_error",
  503: "service_unavailable",
} as const satisfies Partial<Record<ContentfulStatusCode, string>>;

export type ErrorStatus = keyof typeof ERROR_CODES;

export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    message: string,
    readonly details?: unknown,
    readonly code: string = ERROR_CODES[status],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new ApiError(400, message, details);
export const notFound = (what = "Resource") => new ApiError(404, `${what} not found`);
export const forbidden = (message = "You may not do this") => new ApiError(403, message);
/**
 * A precondition that does not hold: by default an `If-Match` naming no
 * current version of the item (someone changed it since the caller read it).
 */
export const preconditionFailed = (
  message = "The item changed since you read it: read it again (If-Match names no current version)",
) => new ApiError(412, message);
export const conflict = (message: string, details?: unknown) => new ApiError(409, message, details);

/** The messages of an error and of its causes, outermost first (a driver's reason is often a cause). */
export function errorChain(error: unknown): string[] {
  const messages: string[] = [];
  for (let current = error; current !== undefined; ) {
    messages.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return messages;
}
