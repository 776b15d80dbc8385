import { relations } from "drizzle-orm";
import type { Tables } from "./index";

/**
 * Relations for Drizzle's relational queries, written against a table set so the
 * same definitions serve the SQLite tables and the derived Postgres/MySQL ones.
 * Only monomorphic links are relations; polymorphic (type, id) pairs are joined
 * explicitly by the queries that need them.
 */
export function defineRelations(t: Tables) {
  return {
    organizationsRelations: relations(t.organizations, ({ many }) => ({
      users: many(t.users),
      teams: many(t.teams),
    })),
    usersRelations: relations(t.users, ({ one, many }) => ({
      organization: one(t.organizations, {
        fields: [t.users.organizationId],
        references: [t.organizations.id],
      }),
      teamMemberships: many(t.teamMembers),
      ownedTeams: many(t.teams),
      features: many(t.userFeatures),
      subscriptions: many(t.userSubscriptions),
    })),
    resourcesRelations: relations(t.resources, ({ one, many }) => ({
      post: one(t.posts, { fields: [t.resources.id], references: [t.posts.resourceId] }),
      authors: many(t.resourceAuthors),
    })),
    resourceAuthorsRelations: relations(t.resourceAuthors, ({ one }) => ({
      resource: one(t.resources, {
        fields: [t.resourceAuthors.resourceId],
        references: [t.resources.id],
      }),
    })),
    postsRelations: relations(t.posts, ({ one }) => ({
      resource: one(t.resources, { fields: [t.posts.resourceId], references: [t.resources.id] }),
    })),
    permissionsRelations: relations(t.permissions, ({ one }) => ({
      permissionAction: one(t.permissionActions, {
        fields: [t.permissions.action],
        references: [t.permissionActions.slug],
      }),
    })),
    permissionActionsRelations: relations(t.permissionActions, ({ many }) => ({
      permissions: many(t.permissions),
    })),
    teamsRelations: relations(t.teams, ({ one, many }) => ({
      owner: one(t.users, { fields: [t.teams.ownerUserId], references: [t.users.id] }),
      organization: one(t.organizations, {
        fields: [t.teams.organizationId],
        references: [t.organizations.id],
      }),
      members: many(t.teamMembers),
    })),
    teamMembersRelations: relations(t.teamMembers, ({ one }) => ({
      team: one(t.teams, { fields: [t.teamMembers.teamId], references: [t.teams.id] }),
      user: one(t.users, { fields: [t.teamMembers.userId], references: [t.users.id] }),
    })),
    engagementsRelations: relations(t.engagements, ({ one, many }) => ({
      comment: one(t.engagementComments, {
        fields: [t.engagements.id],
        references: [t.engagementComments.engagementId],
      }),
      mentions: many(t.engagementMentions),
    })),
    engagementCommentsRelations: relations(t.engagementComments, ({ one }) => ({
      engagement: one(t.engagements, {
        fields: [t.engagementComments.engagementId],
        references: [t.engagements.id],
      }),
    })),
    engagementMentionsRelations: relations(t.engagementMentions, ({ one }) => ({
      engagement: one(t.engagements, {
        fields: [t.engagementMentions.engagementId],
        references: [t.engagements.id],
      }),
    })),
    collectionsRelations: relations(t.collections, ({ many }) => ({
      items: many(t.collectionItems),
      filters: many(t.collectionItemFilters),
    })),
    collectionItemsRelations: relations(t.collectionItems, ({ one }) => ({
      collection: one(t.collections, {
        fields: [t.collectionItems.collectionId],
        references: [t.collections.id],
      }),
    })),
    collectionItemFiltersRelations: relations(t.collectionItemFilters, ({ one }) => ({
      collection: one(t.collections, {
        fields: [t.collectionItemFilters.collectionId],
        references: [t.collections.id],
      }),
    })),
    featuresRelations: relations(t.features, ({ many }) => ({
      pricing: many(t.featurePricing),
      userFeatures: many(t.userFeatures),
    })),
    featurePricingRelations: relations(t.featurePricing, ({ one }) => ({
      feature: one(t.features, {
        fields: [t.featurePricing.featureId],
        references: [t.features.id],
      }),
    })),
    userFeaturesRelations: relations(t.userFeatures, ({ one }) => ({
      user: one(t.users, { fields: [t.userFeatures.userId], references: [t.users.id] }),
      feature: one(t.features, { fields: [t.userFeatures.featureId], references: [t.features.id] }),
    })),
    userSubscriptionsRelations: relations(t.userSubscriptions, ({ one }) => ({
      user: one(t.users, { fields: [t.userSubscriptions.userId], references: [t.users.id] }),
    })),
  };
}
