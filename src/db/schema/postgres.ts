/**
 * Postgres tables, derived from the SQLite schema; read by drizzle-kit, which needs
 * each table as a named export. Never edited by hand: `test/tooling/schema-parity.test.ts`
 * proves every table is here and agrees with the SQLite definition.
 */
import { deriveTables } from "../dialects/derive";

export const {
  apiKeys,
  collectionItemFilters,
  collectionItems,
  collections,
  engagementComments,
  engagementMentions,
  engagements,
  eventSequence,
  events,
  externalLinks,
  feedPositions,
  featurePresets,
  featurePricing,
  features,
  idempotencyKeys,
  organizations,
  permissionActions,
  permissions,
  posts,
  resourceAuthors,
  resources,
  searchTerms,
  teamMembers,
  teams,
  userFeatures,
  userSubscriptions,
  userIdentities,
  users,
  webhookAttempts,
  webhookDeliveries,
  webhooks,
  workspaces,
} = deriveTables("postgres");
