import { requireScope } from "../../access/engine";
import { type Caller, isAdmin } from "../../auth/caller";
import { forbidden } from "../../errors";

/** Writes in the features domain are for admins (after the features:write scope check). */
export function requireFeaturesAdmin(caller: Caller) {
  requireScope(caller, "features", "write");
  if (!isAdmin(caller)) throw forbidden("Only admins may change features and billing");
}
