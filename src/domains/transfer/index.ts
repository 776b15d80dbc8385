/**
 * Transfer: a deployed Hearth as one side of db:transfer, db:verify,
 * db:export, db:import and db:status (admin only; docs/architecture.md §15).
 */
import { createRouter } from "../../http/router";
import {
  exportTransferRows,
  getTransferStatus,
  importTransferRows,
  linkTransferRows,
} from "./transfer.handlers";
import {
  exportTransferRowsRoute,
  getTransferStatusRoute,
  importTransferRowsRoute,
  linkTransferRowsRoute,
} from "./transfer.routes";

export const transferRouter = createRouter()
  .openapi(getTransferStatusRoute, getTransferStatus)
  .openapi(exportTransferRowsRoute, exportTransferRows)
  .openapi(importTransferRowsRoute, importTransferRows)
  .openapi(linkTransferRowsRoute, linkTransferRows);

/** What the tool's deployed side (scripts/lib/transfer/remote.ts) speaks. */
export { NDJSON, type TransferStatus } from "./transfer.routes";
