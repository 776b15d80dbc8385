import type { IncomingMessage, ServerResponse } from "node:http";

export class WebhookVerificationError extends Error {}

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  options?: { toleranceSeconds?: number; now?: number },
): unknown;

export function webhookListener(
  secret: string,
  options?: {
    onEvent?: (payload: any, id: string) => unknown;
    log?: (line: string) => void;
  },
): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
