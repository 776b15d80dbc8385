/**
 * Turns every failure into the error envelope: ApiErrors as they are, Hono's
 * HTTP exceptions (bad JSON, body limit) by status, database constraint
 * violations as 409/422, and anything else as a bare 500 (logged, never shown).
 */
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import { constraintViolation } from "../db/errors";
import { ApiError, ERROR_CODES, type ErrorStatus } from "../errors";
import type { AppEnv } from "./env";

export function errorResponse(c: Context<AppEnv>, error: ApiError): Response {
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
      request_id: c.get("requestId") ?? "",
    },
  };
  return c.json(body, error.status);
}

const CONSTRAINT_ERRORS = {
  unique: (columns: string[]) =>
    new ApiError(
      409,
      columns.length > 0
        ? `Already taken: ${columns.join(", ")}`
        : "A row with the same unique value already exists",
      columns.length > 0 ? { fields: columns } : undefined,
    ),
  foreign_key: (missingReference: boolean) =>
    missingReference
      ? new ApiError(422, "A referenced row does not exist")
      : new ApiError(409, "The change conflicts with related rows"),
  not_null: () => new ApiError(422, "A required value is missing"),
  check: () => new ApiError(422, "A value is not allowed"),
  too_long: () => new ApiError(422, "A value is too long"),
  contention: () => new ApiError(409, "A concurrent change got there first; try again"),
};

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException && error.status in ERROR_CODES && error.status < 500) {
    return new ApiError(error.status as ErrorStatus, error.message || "Bad request");
  }
  const violation = constraintViolation(error);
  if (violation) {
    if (violation.kind === "foreign_key") {
      return CONSTRAINT_ERRORS.foreign_key(violation.missingReference);
    }
    return violation.kind === "unique"
      ? CONSTRAINT_ERRORS.unique(violation.columns)
      : CONSTRAINT_ERRORS[violation.kind]();
  }
  return new ApiError(500, "Internal server error");
}

export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  const apiError = toApiError(error);
  // A deliberate 5xx (read-only mode's 503) is an answer, not a failure to log.
  if (apiError.status >= 500 && !(error instanceof ApiError)) {
    console.error(`[${c.get("requestId")}] ${c.req.method} ${c.req.path}`, error);
  }
  return errorResponse(c, apiError);
};

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  errorResponse(c, new ApiError(404, `No route for ${c.req.method} ${c.req.path}`));

/** Zod issues as `details`: where the problem is and what it is. */
export function validationError(
  error: z.ZodError,
  target: "json" | "query" | "param" | "header" | string,
): ApiError {
  const details = error.issues.map((issue) => ({
    location: target,
    path: issue.path.join("."),
    message: issue.message,
    code: issue.code,
  }));
  // A malformed URL is a bad request; a well-formed body with bad values is a validation failure.
  return target === "json"
    ? new ApiError(422, "The request body is not valid", details)
    : new ApiError(400, `Invalid ${target === "param" ? "path" : target} parameters`, details);
}
